/**
 * What public responses tell the caches in front of them (our nginx edge, a city's CDN, a proxy).
 * Nothing purges those caches, so the app says how long a page may be kept: a publish, unpublish or
 * campaign boundary shows through any cache within `freshForSeconds + revalidateForSeconds` (10 s),
 * and a cache may keep serving what it has for a day while the app is down or failing.
 */
import type { NextConfig } from 'next'

import { localeCodes } from '../i18n/locales'
import { sitemapRewrite } from '../sitemap/address'

export const freshForSeconds = 5
export const revalidateForSeconds = 5
export const staleIfErrorSeconds = 24 * 60 * 60

export const publicCacheControl = `public, s-maxage=${freshForSeconds}, stale-while-revalidate=${revalidateForSeconds}, stale-if-error=${staleIfErrorSeconds}`

/**
 * The public addresses a cache may keep: every page under a locale prefix, the robots file, the
 * sitemap's index and files, and the icon. Not `/` nor an address without a locale: those redirect
 * by Accept-Language.
 * Set here, Next keeps it instead of its own (a year for pages rendered once, no-store for those
 * rendered per request). The directory's "open now" says less (src/supportServices/address.ts).
 */
export const publicCacheHeaders = [
  { source: `/:locale(${localeCodes.join('|')})`, headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: `/:locale(${localeCodes.join('|')})/:path*`, headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: '/:file(robots.txt|sitemap.xml|favicon.ico)', headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: sitemapRewrite.source, headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: '/sitemap/:path*', headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  // Named by their content (scripts/fonts.ts), like Next's build files.
  { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
]

/**
 * Payload's `withPayload` sends `Accept-CH`, `Vary` and `Critical-CH: Sec-CH-Prefers-Color-Scheme` on
 * every route (payloadcms/payload#17906) for the admin's colour scheme. On public pages Critical-CH
 * makes Chromium throw away and retry every first navigation, and the Vary splits every cache by the
 * reader's colour scheme: keep them for the admin only.
 */
export function clientHintsForAdminOnly(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    async headers() {
      return (await headers()).map((rule) =>
        rule.headers.some((h) => h.key.toLowerCase() === 'critical-ch') ? { ...rule, source: '/admin/:path*' } : rule,
      )
    },
  }
}
