import { getTranslations } from 'next-intl/server'

import { fill, MARK, PhoneNumber, telHref } from './PhoneNumber'

/**
 * "Akut fara? Ring 112" at the top of every page, as a tap-to-call link. The link is named by what
 * it shows ("Ring 112"), so a voice-control user can say it (WCAG 2.5.3); the question describes it.
 */
export async function EmergencyBar({ number }: { number: string }) {
  const t = await getTranslations('emergency')
  return (
    <div className="emergency-bar">
      <span className="emergency-bar__label" id="emergency-label">{t('label')}</span>{' '}
      <a className="emergency-bar__call" href={telHref(number)} aria-describedby="emergency-label">
        {fill(t('call', { number: MARK }), <PhoneNumber key="n" number={number} />)}
      </a>
    </div>
  )
}
