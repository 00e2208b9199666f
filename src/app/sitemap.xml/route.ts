import { sitemapIndex } from '@/sitemap/files'

// Made from the database on request (and cached with the content), never at build time.
export const dynamic = 'force-dynamic'

/** The sitemap index (src/sitemap/files.ts); robots.txt names it. */
export async function GET() {
  return new Response(await sitemapIndex(), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
