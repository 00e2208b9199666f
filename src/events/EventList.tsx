import { getTranslations } from 'next-intl/server'

import { FilterForm } from '@/components/FilterForm'
import { PageFrame } from '@/components/PageFrame'
import { pick, fallbackAttributes } from '@/content/localized'
import { focusAreas } from '@/content/taxonomy'
import { localeCodes, locales, type Locale } from '@/i18n/locales'
import { paths, sameInEveryLocale } from '@/site/paths'

import { monthsAhead, upcomingEvents, type EventFilter } from './filters'
import { formatMonth, formatWhen } from './format'
import type { PublicEvent } from './types'
import { audiences } from './vocabulary'

/** The upcoming public events, soonest first, with filters as a plain GET form (no JavaScript needed). */
export async function EventList({ locale, events, filter, now }: { locale: Locale; events: PublicEvent[]; filter: EventFilter; now: Date }) {
  const [t, site, fa] = await Promise.all([getTranslations('events'), getTranslations('site'), getTranslations('focusAreas')])
  const shown = upcomingEvents(events, filter, now)
  const months = monthsAhead(now)
  return (
    <PageFrame locale={locale} alternates={sameInEveryLocale(paths.events, localeCodes)} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <FilterForm
        action={paths.events(locale)}
        labels={{ title: t('filterTitle'), any: t('any'), apply: t('apply'), reset: t('reset') }}
        selects={[
          { name: 'audience', label: t('filterAudience'), value: filter.audience, options: audiences.map((a) => ({ value: a.value, label: t(`audience.${a.value}`) })) },
          { name: 'language', label: t('filterLanguage'), value: filter.language, options: locales.map((l) => ({ value: l.code, label: l.nativeName, lang: l.code })) },
          { name: 'about', label: t('filterAbout'), value: filter.about, options: focusAreas.filter((x) => x.value !== 'general').map((x) => ({ value: x.value, label: fa(x.value) })) },
          {
            name: 'month',
            label: t('filterMonth'),
            value: filter.month,
            options: (filter.month && !months.includes(filter.month) ? [filter.month, ...months] : months).map((m) => ({ value: m, label: formatMonth(m, locale) })),
          },
        ]}
      />
      <p role="status" className="result-count">{t('count', { count: shown.length })}</p>
      {shown.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="event-list">
          {shown.map((e) => {
            const title = pick(e.title, locale)
            return (
              <li key={e.id} className={e.cancelled ? 'event-item event-item--cancelled' : 'event-item'}>
                <h2 className="event-item__title">
                  <a href={paths.event(locale, e.slug)} {...fallbackAttributes(title)}>
                    {title?.value}
                  </a>
                </h2>
                {e.cancelled && <p className="event-cancelled">{t('cancelled')}</p>}
                <p className="event-item__when">
                  <time dateTime={e.startsAt}>{formatWhen(e.startsAt, e.endsAt, locale)}</time>
                </p>
                <p className="event-item__where">{e.place.venueName}</p>
              </li>
            )
          })}
        </ul>
      )}
    </PageFrame>
  )
}
