import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { clientHintsForAdminOnly, publicCacheHeaders } from './src/edge/headers'
import { sitemapRewrite } from './src/sitemap/address'
import { directoryRewrites } from './src/supportServices/filterValues'
import { adminContentSecurityPolicy, commonSecurityHeaders, publicContentSecurityPolicy } from './src/site/security'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The tests build into their own folder, so their cache never mixes with a running demo's.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next hashes every HTML answer, character by character, for its ETag: a quarter of the server's
  // time on a cached page (CPU profile, issue #12). Nothing here sends If-None-Match to the app (the
  // edge stores whole answers for seconds), and a reader's browser gains little from a 304 of a page
  // that may be kept 5 s: no ETag.
  generateEtags: false,
  // The image's build (Dockerfile) ships `.next/standalone`: the server and only the node_modules it
  // traces. Not for `npm start`, whose `next start` would warn that it does not fit that output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Next's cache: its own files on one machine, one Redis for several (REDIS_URL; see the handler).
  cacheHandler: path.resolve(import.meta.dirname, 'src/sharedCache/cacheHandler.mjs'),
  // Shared: no copy in a process's memory that another instance's revalidateTag could not reach.
  ...(process.env.REDIS_URL ? { cacheMaxMemorySize: 0 } : {}),
  // `npm test` type-checks the whole project once (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: '/:path*', headers: commonSecurityHeaders },
      // Staff are not the readers at risk; their admin's own form posts need a same-origin Origin header.
      {
        source: '/admin/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Content-Security-Policy', value: adminContentSecurityPolicy() },
        ],
      },
      // Everything but the admin and the API is public: lock it to our own host.
      { source: '/((?!admin|api).*)', headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy() }] },
      ...publicCacheHeaders,
    ]
  },
  // The support directory's filtered addresses, served from the page cached for their filters without
  // running the proxy, which would cost them half their speed (issue #12); the sitemap's files.
  async rewrites() {
    return { beforeFiles: [...directoryRewrites(), sitemapRewrite], afterFiles: [], fallback: [] }
  },
  // No `serverActions.allowedOrigins`: the public forms' `Origin: null` (no-referrer) is let through
  // by src/proxy.ts for public pages only, without credentials; Next refuses it everywhere else.
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default clientHintsForAdminOnly(withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false }))
