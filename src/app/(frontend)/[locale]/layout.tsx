// The site's font files, all from public/fonts/ (src/fonts/): ours, subset for Latin and for Arabic
// and Persian, tried first, and fontsource's other Noto Sans files for any other character, each
// with its unicode-range, so a browser fetches only the files a page's text uses.
import '@/fonts/faces.css'
import '../styles.css'

import type { Viewport } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { preload } from 'react-dom'

import { EmergencyBar } from '@/components/EmergencyBar'
import { fontFiles } from '@/fonts/files'
import { QuickExit, QuickExitHint, QuickExitSkipLink } from '@/components/QuickExit'
import { defaultLocale, dirOf, isLocale, type Locale } from '@/i18n/locales'
import { getSiteSettings } from '@/site/settings'

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d3557' }

// Pages are rendered on first request and cached; publishing revalidates them.
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const requested = (await params).locale
  // An unknown locale renders the Swedish frame; the page itself answers 404.
  const locale: Locale = isLocale(requested) ? requested : defaultLocale
  setRequestLocale(locale)
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations({ locale, namespace: 'site' })])
  const dir = dirOf(locale)
  // Every page of a script uses these files: fetched with the stylesheet, the text is drawn once in
  // its font instead of moving when the font arrives (layout shift).
  for (const file of fontFiles.filter((f) => f.dir === dir && !f.fallback)) preload(file.url, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' })
  return (
    <html lang={locale} dir={dir}>
      <body>
        <QuickExitSkipLink url={settings.quickExitUrl} />
        <a href="#main" className="skip-link">{t('skipToContent')}</a>
        <div className="top-bar">
          <EmergencyBar number={settings.emergencyNumber} />
          <QuickExit url={settings.quickExitUrl} />
        </div>
        <QuickExitHint locale={locale} />
        {children}
        <script src="/quick-exit.js" defer />
        <script src="/reach.js" defer />
      </body>
    </html>
  )
}
