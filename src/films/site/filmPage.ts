import type { Locale } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'

import { filmAlternates, findFilm, type FilmDoc } from './queries'

/**
 * What a film's pages (the film, its conversation material) read from their params: the page's
 * locale, the published film the slug names (none: undefined, the page answers not found) and the
 * addresses of that page in the film's languages (`path` names the page).
 */
export async function loadFilmPage(
  params: Promise<{ locale: string; slug: string }>,
  path: (l: Locale, slug: string) => string,
): Promise<{ locale: Locale; film?: FilmDoc; alternates: Partial<Record<Locale, string>> }> {
  const locale = await pageLocale(params)
  const film = await findFilm(decodeURIComponent((await params).slug))
  return { locale, film, alternates: film ? filmAlternates(film, path) : {} }
}
