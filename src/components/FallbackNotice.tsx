import { getTranslations } from 'next-intl/server'

import { localeInfo, type Locale } from '@/i18n/locales'

/**
 * Shown above a text that is not yet translated into the reader's language: says so in their
 * language, and links to the languages it does exist in.
 */
export async function FallbackNotice({ links }: { links: { locale: Locale; href: string }[] }) {
  const t = await getTranslations('fallback')
  return (
    <div className="notice notice--fallback" role="note">
      <p>{t('notice')}</p>
      {links.length > 0 && (
        <p>
          {t('availableIn')}{' '}
          {links.map(({ locale, href }, i) => (
            <span key={locale}>
              {i > 0 && ', '}
              <a href={href} hrefLang={locale} lang={locale} dir={localeInfo(locale).dir}>
                {localeInfo(locale).nativeName}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
