/**
 * Which document a public address shows: the page's address is all the reach request carries, and
 * only the pages of documents are counted (a topic in either variant, a brochure, a public event, a
 * film). Lists, a film's conversation material and unknown or malformed addresses count nothing.
 */
import { listBrochures } from '@/brochures/queries'
import { findBySlug } from '@/content/localized'
import type { Variant } from '@/content/taxonomy'
import { findPublicEvent } from '@/events/queries'
import { findFilm } from '@/films/site/queries'
import { isLocale, type Locale } from '@/i18n/locales'
import { findTopicBySlug } from '@/topics/queries'

export interface CountedPage {
  collection: string
  id: number
  language: Locale
  variant: Variant
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

export async function pageAt(pathname: string): Promise<CountedPage | undefined> {
  if (pathname.length > 400) return undefined
  const parts = pathname.split('/').filter(Boolean)
  const [language, ...rest] = parts
  if (!language || !isLocale(language)) return undefined
  const child = rest[0] === 'barn'
  const [kind, raw, extra] = child ? rest.slice(1) : rest
  const slug = raw === undefined ? undefined : decode(raw)
  if (!slug || extra !== undefined) return undefined
  if (kind === 'amne') {
    const topic = await findTopicBySlug(slug, language)
    return topic ? { collection: 'topics', id: topic.id, language, variant: child ? 'child' : 'adult' } : undefined
  }
  if (kind === 'broschyr' && !child) {
    const brochure = findBySlug(await listBrochures(), slug, language)
    return brochure ? { collection: 'brochures', id: brochure.id, language, variant: 'adult' } : undefined
  }
  // Events and films have one page per language, for everyone: counted as the adult variant.
  if (kind === 'evenemang' && !child) {
    const event = await findPublicEvent(slug)
    return event ? { collection: 'events', id: event.id, language, variant: 'adult' } : undefined
  }
  if (kind === 'film' && !child) {
    const film = await findFilm(slug)
    return film ? { collection: 'films', id: film.id, language, variant: 'adult' } : undefined
  }
  return undefined
}
