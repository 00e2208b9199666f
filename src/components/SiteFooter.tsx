import { getTranslations } from 'next-intl/server'

import { pick, fallbackAttributes } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'
import { getSiteSettings } from '@/site/settings'

/** The footer: what the portal is (editors may rewrite it), the fixed pages, and editors' links. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, settings] = await Promise.all([getTranslations('footer'), getSiteSettings()])
  const about = pick(settings.footerText, locale)
  return (
    <footer className="site-footer">
      <p {...fallbackAttributes(about)}>{about?.value ?? t('about')}</p>
      <ul className="site-footer__links">
        <li><a href={paths.films(locale)}>{t('films')}</a></li>
        <li><a href={paths.events(locale)}>{t('events')}</a></li>
        <li><a href={paths.safety(locale)}>{t('safety')}</a></li>
        <li><a href={paths.accessibility(locale)}>{t('accessibility')}</a></li>
        <li><a href={paths.feedback(locale)}>{t('feedback')}</a></li>
        {settings.footerLinks.map((link) => {
          const label = pick(link.label, locale)
          if (!label) return null
          const external = link.href.startsWith('https://')
          return (
            <li key={link.href}>
              <a href={link.href} {...fallbackAttributes(label)} rel={external ? 'noreferrer noopener external' : undefined}>
                {label.value}
              </a>
            </li>
          )
        })}
      </ul>
      {locale !== 'sv' && <p className="site-footer__note">{t('machineTranslated')}</p>}
    </footer>
  )
}
