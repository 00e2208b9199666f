import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/metadata'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/*/sok'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
