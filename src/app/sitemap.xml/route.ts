import { sitemapIndex } from '@/sitemap/files'

/** The sitemap index (src/sitemap/files.ts); robots.txt names it. */
export async function GET() {
  return new Response(await sitemapIndex(), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
