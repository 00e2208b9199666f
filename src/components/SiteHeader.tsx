import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'

import { LanguagePicker } from './LanguagePicker'

export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Partial<Record<Locale, string>> }) {
  const t = await getTranslations('site')
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={paths.home(locale)} className="site-header__name">
          <span className="site-header__title">{t('name')}</span>
          <span className="site-header__tagline">{t('tagline')}</span>
        </a>
        <LanguagePicker locale={locale} alternates={alternates} />
      </div>
      <nav className="site-nav" aria-label={t('mainNav')}>
        <ul>
          <li><a href={paths.home(locale)}>{t('home')}</a></li>
          <li><a href={paths.support(locale)}>{t('support')}</a></li>
          <li><a href={paths.children(locale)}>{t('children')}</a></li>
          <li><a href={paths.search(locale)}>{t('search')}</a></li>
        </ul>
      </nav>
    </header>
  )
}
