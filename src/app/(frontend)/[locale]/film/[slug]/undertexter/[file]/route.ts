import { rightToLeftCaptions } from '@/films/captions'
import { findFilm } from '@/films/site/queries'
import { dirOf, isLocale } from '@/i18n/locales'

/**
 * A film's captions in one language, as a WebVTT file for the player's `<track>` and for download.
 * Under the locale prefix, so it is cached as a page is (src/edge/headers.ts) and its data expires
 * with the film's tag when the film is saved. Arabic and Persian lines get a right-to-left mark here
 * (captions/direction.ts), not in the stored text.
 */
// Made on first request and kept, like the pages; saving the film expires it (the films' tag).
export const dynamic = 'force-static'
export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params
  const lang = /^([a-z]{2})\.vtt$/.exec(file)?.[1]
  const film = await findFilm(decodeURIComponent(slug))
  const vtt = film && lang && isLocale(lang) ? film.captions?.[lang] : undefined
  if (!vtt?.trim() || !isLocale(lang)) return new Response('Not found: no such captions file.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const body = dirOf(lang) === 'rtl' ? rightToLeftCaptions(vtt) : vtt
  return new Response(body, { headers: { 'content-type': 'text/vtt; charset=utf-8', 'content-language': lang } })
}
