import { getTranslations } from 'next-intl/server'

import { fill, MARK, PhoneNumber, telHref } from './PhoneNumber'

/** "Akut fara? Ring 112" at the top of every page, as a tap-to-call link. */
export async function EmergencyBar({ number }: { number: string }) {
  const t = await getTranslations('emergency')
  return (
    <div className="emergency-bar">
      <span className="emergency-bar__label">{t('label')}</span>{' '}
      <a className="emergency-bar__call" href={telHref(number)} aria-label={t('ariaLabel', { number })}>
        {fill(t('call', { number: MARK }), <PhoneNumber key="n" number={number} />)}
      </a>
    </div>
  )
}
