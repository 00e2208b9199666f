import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'

/**
 * Quick exit, after GOV.UK's "Exit this page": a button that stays at the top while scrolling, and
 * a skip link that is the page's first stop for keyboard and screen-reader users. Both are plain
 * links to a neutral site, so they work without JavaScript; /quick-exit.js adds the blank overlay,
 * replaces this page in the history and listens for three presses of Shift.
 */
export async function QuickExitSkipLink({ url }: { url: string }) {
  const t = await getTranslations('quickExit')
  return (
    <a href={url} className="skip-link quick-exit-skip" data-quick-exit rel="nofollow noreferrer">
      {t('skipLink')}
    </a>
  )
}

export async function QuickExit({ url }: { url: string }) {
  const t = await getTranslations('quickExit')
  return (
    <a href={url} className="quick-exit__button" data-quick-exit rel="nofollow noreferrer">
      <span aria-hidden="true" className="quick-exit__icon">✕</span> {t('button')}
    </a>
  )
}

/** Below the sticky bar (so it does not take a cheap phone's screen): Shift ×3 and where to read more. */
export async function QuickExitHint({ locale }: { locale: Locale }) {
  const t = await getTranslations('quickExit')
  return (
    <p className="quick-exit__hint">
      {t('shiftHint')} <a href={paths.safety(locale)}>{t('aboutLink')}</a>
    </p>
  )
}
