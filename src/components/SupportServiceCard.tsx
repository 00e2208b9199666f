import { getTranslations } from 'next-intl/server'

import { pick, fallbackAttributes } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import type { SupportServiceCard as Card } from '@/supportServices/queries'

import { fill, MARK, PhoneNumber, telHref } from './PhoneNumber'

/** One support service: what it is, a big tap-to-call link, when it is open, what it promises. */
export async function SupportServiceCard({ service, locale, headingLevel = 3 }: { service: Card; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('support')
  const name = pick(service.name, locale)
  const description = pick(service.description, locale)
  const hours = pick(service.hours, locale)
  const Heading = `h${headingLevel}` as 'h2' | 'h3'
  const promises = [
    service.free && t('free'),
    service.anonymous && t('anonymous'),
    service.notOnBill && t('notOnBill'),
    service.interpreters && t('interpreters'),
  ].filter(Boolean) as string[]
  return (
    <article className="service-card">
      <Heading className="service-card__name" {...fallbackAttributes(name)}>
        {name?.value}
      </Heading>
      {description && <p {...fallbackAttributes(description)}>{description.value}</p>}
      {service.phone && (
        <p>
          <a className="call-button" href={telHref(service.phone)}>
            {fill(t('call', { phone: MARK }), <PhoneNumber key="n" number={service.phone} />)}
          </a>
        </p>
      )}
      <dl className="service-card__facts">
        {(service.alwaysOpen || hours) && (
          <>
            <dt>{t('hours')}</dt>
            <dd {...(service.alwaysOpen ? {} : fallbackAttributes(hours))}>{service.alwaysOpen ? t('alwaysOpen') : hours?.value}</dd>
          </>
        )}
        <dt className="visually-hidden">{t('filterAbout')}</dt>
        <dd>{service.scope === 'malmo' ? t('malmo') : t('national')}</dd>
      </dl>
      {promises.length > 0 && (
        <ul className="service-card__promises">
          {promises.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {(service.website || service.chatUrl) && (
        <p className="service-card__links">
          {service.website && (
            <a href={service.website} rel="noreferrer noopener external">
              {t('website')}
            </a>
          )}
          {service.chatUrl && (
            <a href={service.chatUrl} rel="noreferrer noopener external">
              {t('chat')}
            </a>
          )}
        </p>
      )}
    </article>
  )
}
