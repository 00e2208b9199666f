import { getTranslations } from 'next-intl/server'

import { locales, localeInfo, type Locale } from '@/i18n/locales'

/**
 * Each language named in its own script, leading to this page in that language. A <details>
 * disclosure, so it opens without JavaScript. Languages the page does not exist in lead to that
 * language's home page.
 */
export async function LanguagePicker({ locale, alternates }: { locale: Locale; alternates: Partial<Record<Locale, string>> }) {
  const t = await getTranslations('languagePicker')
  return (
    <details className="language-picker">
      <summary>
        {t('summary', { language: localeInfo(locale).nativeName })}
      </summary>
      <ul className="language-picker__list">
        {locales.map((l) => (
          <li key={l.code}>
            <a
              href={alternates[l.code] ?? `/${l.code}`}
              hrefLang={l.code}
              lang={l.code}
              dir={l.dir}
              aria-current={l.code === locale ? 'page' : undefined}
            >
              {l.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
