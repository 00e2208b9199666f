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

/**
 * `max-age=0` is for the reader's browser, which ignores s-maxage: without it a browser takes a 308
 * (the directory's and events' canonical addresses, a renamed topic) as fresh for ever, and would
 * keep redirecting away from a filter value that later became known.
 */
export const publicCacheControl = `public, max-age=0, s-maxage=${freshForSeconds}, stale-while-revalidate=${revalidateForSeconds}, stale-if-error=${staleIfErrorSeconds}`

/** The upload collections' file routes, under /api: they say how long their files keep. */
const uploadFileRoutes = ['media/file/', 'film-files/file/']

/**
 * What every answer tells a cache. The public addresses a cache may keep: every page under a locale
 * prefix, the robots file, the sitemap's index and files, and the icon. Not `/` nor an address
 * without a locale that the proxy redirects by Accept-Language (it says nothing: a redirect that
 * varies so is not stored). The last rule that matches wins.
 * Set here, Next keeps it instead of its own (a year for pages rendered once, no-store for those
 * rendered per request), and instead of a route's own. The directory's "open now" says less (set by
 * the proxy, src/supportServices/address.ts).
 */
export const publicCacheHeaders = [
  // Next's own not-found page, for an address outside the locales that no proxy redirect answers (an
  // unknown two-letter prefix, `/manifest.webmanifest`, `/.well-known/…`), is built once and would
  // say `s-maxage=31536000`: nothing purges a cache, so such a 404 would outlive a language or file
  // added later by a year. The rules below give the files that exist their own.
  { source: '/:path((?!(?:admin|api|_next)(?:/|$))(?:[a-z]{2}(?:/.*)?|.*\\..*))', headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: `/:locale(${localeCodes.join('|')})`, headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: `/:locale(${localeCodes.join('|')})/:path*`, headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: '/:file(robots.txt|sitemap.xml|favicon.ico)', headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: sitemapRewrite.source, headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  { source: '/sitemap/:path*', headers: [{ key: 'Cache-Control', value: publicCacheControl }] },
  // Named by their content (scripts/fonts.ts), like Next's build files.
  { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
  // Payload's REST and GraphQL answers say nothing, so a shared cache could keep one by heuristics (a
  // signed-in editor's `/api/users/me`, a draft). A rule here wins over a route's own header, so the
  // uploads' files, named by their version (Media/hooks/versionedUrls.ts), are left out.
  // (A build file that is not there is seen to in src/site/beforeNext.ts: a rule for `/_next/static`
  // would be taken for those that are, too.)
  { source: `/api/:path((?!${uploadFileRoutes.join('|')}).*)`, headers: [{ key: 'Cache-Control', value: 'no-store' }] },
  // Next's router requests (RSC) are answered at the page's own address with another body, and some
  // by a redirect that says no Vary: no cache may keep them for the page (the edge never does).
  { source: '/:path*', has: [{ type: 'header' as const, key: 'rsc' }], headers: [{ key: 'Cache-Control', value: 'private, no-store' }] },
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
