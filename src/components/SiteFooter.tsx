import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations('footer')
  return (
    <footer className="site-footer">
      <p>{t('about')}</p>
      <ul className="site-footer__links">
        <li><a href={paths.safety(locale)}>{t('safety')}</a></li>
        <li><a href={paths.accessibility(locale)}>{t('accessibility')}</a></li>
        <li><a href={paths.feedback(locale)}>{t('feedback')}</a></li>
      </ul>
      {locale !== 'sv' && <p className="site-footer__note">{t('machineTranslated')}</p>}
    </footer>
  )
}
