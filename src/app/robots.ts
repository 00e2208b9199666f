import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/metadata'

// Made per request, never at build: the image is built once and run under any address, and the
// sitemap line names the running site's SITE_URL. Caches keep it as a page (src/edge/headers.ts).
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/*/sok'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
