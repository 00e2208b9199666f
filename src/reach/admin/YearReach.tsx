import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { hasRole } from '@/access/roles'
import { localeInfo } from '@/i18n/locales'

import { yearReach } from '../campaignReach'
import { reachText } from '../words'

/** On the wheel, for planners: which months and languages reached readers (views of the counted pages). */
export async function YearReach({ payload, year, i18n, user }: { payload: Payload; year: number; i18n: I18nClient; user: TypedUser }) {
  if (!hasRole(user, 'admin', 'editor', 'communicator')) return null
  const t = reachText(i18n)
  const r = await yearReach(payload, year)
  const month = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'sv', { month: 'short', timeZone: 'UTC' })
  const max = Math.max(1, ...r.languages.flatMap((l) => r.months[l] ?? []))
  return (
    <section className="wheel-view__reach" aria-labelledby="wheel-reach">
      <h2 id="wheel-reach">{t('yearHeading', { year })}</h2>
      {r.demo && (
        <p data-demo="true">
          <strong>{t('demo')}</strong>
        </p>
      )}
      {r.languages.length === 0 ? (
        <p>{t('noViews')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              {Array.from({ length: 12 }, (_, m) => (
                <th scope="col" key={m}>
                  {month.format(new Date(Date.UTC(year, m, 1)))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.languages.map((l) => (
              <tr key={l}>
                <th scope="row" lang={l}>
                  {localeInfo(l).nativeName}
                </th>
                {(r.months[l] ?? []).map((v, m) => (
                  // The shade repeats the number for a quick look; the number is what is read out. It stays
                  // light (at most 30 %) so the text keeps its contrast in the busiest month (WCAG 1.4.3).
                  <td key={m} style={{ background: `rgba(29, 53, 87, ${(0.04 + (0.26 * v) / max).toFixed(2)})`, textAlign: 'end' }}>
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
