import { pick, fallbackAttributes } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import type { SupportServiceCard } from '@/supportServices/queries'

import { PhoneNumber, telHref } from './PhoneNumber'

/** Numbers to call, each a large tap-to-call link with the service's name. */
export function CallList({ services, locale }: { services: SupportServiceCard[]; locale: Locale }) {
  return (
    <ul className="call-list">
      {services
        .filter((s) => s.phone)
        .map((s) => {
          const name = pick(s.name, locale)
          const description = pick(s.description, locale)
          return (
            <li key={s.id}>
              <a className="call-list__link" href={telHref(s.phone!)}>
                <span className="call-list__name" {...fallbackAttributes(name)}>{name?.value}</span>
                <PhoneNumber number={s.phone!} />
              </a>
              {description && <span className="call-list__text" {...fallbackAttributes(description)}>{description.value}</span>}
            </li>
          )
        })}
    </ul>
  )
}
