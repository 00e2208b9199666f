import { sitemapFile } from '@/sitemap/files'

/** One file of the sitemap (src/sitemap/files.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const xml = await sitemapFile((await params).file)
  if (!xml) return new Response('Not found: no such sitemap file.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
