import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { pick } from '@/content/localized'
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
  const select = (name: keyof EventFilter, label: string, options: { value: string; label: string; lang?: string }[]) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={filter[name] ?? ''}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <PageFrame locale={locale} alternates={sameInEveryLocale(paths.events, localeCodes)} breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form method="get" action={paths.events(locale)} className="filters" aria-labelledby="filters">
        <h2 id="filters">{t('filterTitle')}</h2>
        <div className="filters__fields">
          {select('audience', t('filterAudience'), audiences.map((a) => ({ value: a.value, label: t(`audience.${a.value}`) })))}
          {select('language', t('filterLanguage'), locales.map((l) => ({ value: l.code, label: l.nativeName, lang: l.code })))}
          {select('about', t('filterAbout'), focusAreas.filter((x) => x.value !== 'general').map((x) => ({ value: x.value, label: fa(x.value) })))}
          {select('month', t('filterMonth'), (filter.month && !months.includes(filter.month) ? [filter.month, ...months] : months).map((m) => ({ value: m, label: formatMonth(m, locale) })))}
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">{t('apply')}</button>
          <a href={paths.events(locale)}>{t('reset')}</a>
        </div>
      </form>
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
                  <a href={paths.event(locale, e.slug)} lang={title?.fellBack ? title.lang : undefined}>
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
