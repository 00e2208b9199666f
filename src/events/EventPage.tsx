import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/components/FallbackNotice'
import { PageFrame } from '@/components/PageFrame'
import { pick } from '@/content/localized'
import { localeInfo, type Locale } from '@/i18n/locales'
import { siteUrl } from '@/site/metadata'
import { paths } from '@/site/paths'

import { eventAlternates } from './alternates'
import { formatWhen, postalCodeTogether } from './format'
import { eventJsonLd, scriptJson } from './jsonLd'
import type { PublicEvent } from './types'
import { fallbackAttributes } from '@/content/localized'

/** One event: when, where (a public venue), for whom, in which languages, how to sign up; cancelled said first. */
export async function EventPage({ locale, event }: { locale: Locale; event: PublicEvent }) {
  const [t, site, fa] = await Promise.all([getTranslations('events'), getTranslations('site'), getTranslations('focusAreas')])
  const alternates = eventAlternates(event)
  const title = pick(event.title, locale)!
  const description = pick(event.description, locale)
  const practical = pick(event.practical, locale)
  const directions = pick(event.place.directions, locale)
  const access = pick(event.place.accessibility, locale)
  const fellBack = [title, description, practical, directions, access].some((x) => x?.fellBack)
  const signUp = event.signUp ?? {}
  return (
    <PageFrame
      locale={locale}
      alternates={alternates}
      breadcrumbs={[{ label: site('home'), href: paths.home(locale) }, { label: t('title'), href: paths.events(locale) }, { label: title.value }]}
    >
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(eventJsonLd(event, locale, siteUrl() + paths.event(locale, event.slug))) }} />
      {fellBack && <FallbackNotice links={Object.entries(alternates).filter(([l]) => l !== locale).map(([l, href]) => ({ locale: l as Locale, href: href! }))} />}
      {event.cancelled && (
        <div className="notice notice--cancelled" role="note">
          <p><strong>{t('cancelledNotice')}</strong></p>
        </div>
      )}
      <h1 {...fallbackAttributes(title)}>
        {event.cancelled && <span className="event-cancelled">{t('cancelled')}: </span>}
        {title.value}
      </h1>
      {description && <p className="lead" {...fallbackAttributes(description)}>{description.value}</p>}
      <dl className="event-facts">
        <dt>{t('when')}</dt>
        <dd><time dateTime={event.startsAt}>{formatWhen(event.startsAt, event.endsAt, locale)}</time></dd>
        <dt>{t('where')}</dt>
        <dd>{event.place.venueName}, {postalCodeTogether(event.place.address)}</dd>
        <dt>{t('languages')}</dt>
        <dd>
          {event.languages.map((l, i) => (
            <span key={l}>{i > 0 && ', '}<span lang={l}>{localeInfo(l as Locale)?.nativeName ?? l}</span></span>
          ))}
          {event.interpreter && <>. {t('interpreter')}</>}
        </dd>
        <dt>{t('filterAudience')}</dt>
        <dd>{event.audiences.map((a) => t(`audience.${a}`)).join(', ')}</dd>
        {(event.focusAreas ?? []).length > 0 && (
          <>
            <dt>{t('filterAbout')}</dt>
            <dd>{(event.focusAreas ?? []).map((f) => fa(f)).join(', ')}</dd>
          </>
        )}
        <dt>{t('cost')}</dt>
        <dd>{event.free ? t('free') : t('notFree')}</dd>
        <dt>{t('signUp')}</dt>
        <dd>
          {signUp.method === 'phone' && signUp.phone ? (
            <>{t('signUpPhone')} <a className="tel-link" href={`tel:${signUp.phone.replace(/[^0-9+]/g, '')}`}><span className="phone-number">{signUp.phone}</span></a></>
          ) : signUp.method === 'email' && signUp.email ? (
            <>{t('signUpEmail')} <a href={`mailto:${signUp.email}`}>{signUp.email}</a></>
          ) : signUp.method === 'link' && signUp.url ? (
            <a href={signUp.url} rel="noreferrer noopener external">{t('signUpLink')}</a>
          ) : (
            t('signUpNone')
          )}
        </dd>
        <dt>{t('organiser')}</dt>
        <dd>{event.organiser}</dd>
      </dl>
      {directions && (
        <section aria-labelledby="directions">
          <h2 id="directions">{t('directions')}</h2>
          <p {...fallbackAttributes(directions)}>{directions.value}</p>
        </section>
      )}
      {access && (
        <section aria-labelledby="venue-access">
          <h2 id="venue-access">{t('venueAccessibility')}</h2>
          <p {...fallbackAttributes(access)}>{access.value}</p>
        </section>
      )}
      {practical && (
        <section aria-labelledby="practical">
          <h2 id="practical">{t('practical')}</h2>
          <p {...fallbackAttributes(practical)}>{practical.value}</p>
        </section>
      )}
      <p>
        <a className="button" href={paths.eventIcs(locale, event.slug)} type="text/calendar" download>
          {t('addToCalendar')}
        </a>
      </p>
      <p><a href={paths.events(locale)}>{t('allEvents')}</a></p>
    </PageFrame>
  )
}
