import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'

import { sameInEveryLocale } from './paths'

export const siteUrl = () => (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/**
 * Title, description, canonical URL, hreflang alternates (only the languages the page exists in,
 * plus x-default to the Swedish source) and Open Graph, from one call.
 */
export function pageMetadata({
  locale,
  title,
  description,
  alternates,
  siteName,
}: {
  locale: Locale
  title: string
  description?: string
  alternates: Partial<Record<Locale, string>>
  siteName: string
}): Metadata {
  const languages = hreflangAlternates(alternates)
  const canonical = alternates[locale]
  return {
    metadataBase: new URL(siteUrl()),
    title: title === siteName ? siteName : `${title} – ${siteName}`,
    description,
    alternates: { canonical, languages },
    openGraph: { title, description, siteName, locale, type: 'website', url: canonical },
    robots: { index: true, follow: true },
    // No third-party icons or manifests; the browser gets nothing it would fetch elsewhere.
    referrer: 'no-referrer',
    formatDetection: { telephone: false },
  }
}

/**
 * Metadata for a page whose address is the same in every language and whose title and description
 * are interface strings (`<namespace>.title`, `<namespace>.intro`).
 */
export async function fixedPageMetadata(
  params: Promise<{ locale: string }>,
  path: (l: Locale) => string,
  namespace: string,
  keys: { title: string; description?: string } = { title: 'title', description: 'intro' },
): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace }), getTranslations({ locale, namespace: 'site' })])
  return pageMetadata({
    locale,
    title: t(keys.title),
    description: keys.description ? t(keys.description) : undefined,
    alternates: sameInEveryLocale(path, localeCodes),
    siteName: site('name'),
  })
}

/**
 * A page's hreflang alternates, for its HTML head and the sitemap alike: each language it exists in,
 * and x-default to the Swedish source for a reader whose language has none.
 */
export function hreflangAlternates(alternates: Partial<Record<Locale, string>>): Record<string, string> {
  const languages: Record<string, string> = { ...alternates } as Record<string, string>
  if (alternates[defaultLocale]) languages['x-default'] = alternates[defaultLocale]
  return languages
}
