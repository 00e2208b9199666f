import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { clientHintsForAdminOnly, publicCacheHeaders } from './src/edge/headers'
import { commonSecurityHeaders, publicContentSecurityPolicy } from './src/site/security'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The tests build into their own folder, so their cache never mixes with a running demo's.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: '/:path*', headers: commonSecurityHeaders },
      // Staff are not the readers at risk; their admin's own form posts need a same-origin Origin header.
      { source: '/admin/:path*', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
      // Everything but the admin and the API is public: lock it to our own host.
      { source: '/((?!admin|api).*)', headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy() }] },
      ...publicCacheHeaders,
    ]
  },
  experimental: {
    serverActions: {
      // With Referrer-Policy: no-referrer, browsers send `Origin: null` on form posts. The public
      // actions (search, feedback) need no cookie, so a null origin can do nothing a reader cannot;
      // staff sessions are SameSite=Strict and never travel with such a request.
      allowedOrigins: ['null'],
    },
  },
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
