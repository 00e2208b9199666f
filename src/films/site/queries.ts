/**
 * What the public pages read about films, cached under the films' tags (and their files' and
 * posters'). One read holds every published film in every language: there are few films, and their
 * captions and conversation material are small texts.
 */
import { unstable_cache } from 'next/cache'

import { availableIn, type AllLocales } from '@/content/localized'
import { localeCodes, type Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'

export interface FilmFileRef {
  id: number
  url?: string | null
  filename?: string | null
  filesize?: number | null
  mimeType?: string | null
}

export interface FilmPoster {
  id: number
  url?: string | null
  alt?: AllLocales<string>
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null }>
}

export interface FilmConversation {
  before?: AllLocales<string>
  during?: AllLocales<string>
  after?: AllLocales<string>
  questions?: { id?: string | null; question?: AllLocales<string> }[] | null
  help?: AllLocales<string>
}

export interface FilmDoc {
  id: number
  slug: string
  title: AllLocales<string>
  summary?: AllLocales<string>
  video?: FilmFileRef | number | null
  videoWebm?: FilmFileRef | number | null
  poster?: FilmPoster | number | null
  durationSeconds: number
  focusAreas?: string[] | null
  readers?: string[] | null
  audience?: string[] | null
  participants?: { id?: string | null; name: string; role?: AllLocales<string> }[] | null
  topics?: (number | { id: number })[] | null
  captions?: AllLocales<string>
  conversation?: FilmConversation | null
  updatedAt: string
}

/** Every published film with its files and poster, all languages, newest first. */
export const listFilms = unstable_cache(
  async (): Promise<FilmDoc[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'films',
      locale: 'all' as Locale,
      where: { _status: { equals: 'published' } },
      depth: 1,
      pagination: false,
      sort: '-createdAt',
      // The topics are ids only: a film links back to them through the topics' own cached list.
      populate: { topics: { slug: true } },
    })
    return docs as unknown as FilmDoc[]
  },
  ['films:list'],
  { tags: [tags.collection('films'), tags.collection('film-files'), tags.collection('media')] },
)

export async function findFilm(slug: string): Promise<FilmDoc | undefined> {
  return (await listFilms()).find((f) => f.slug === slug)
}

/** The published films that name a topic. */
export async function filmsOfTopic(topicId: number): Promise<FilmDoc[]> {
  return (await listFilms()).filter((f) => (f.topics ?? []).some((t) => (typeof t === 'object' ? t.id : t) === topicId))
}

/** The languages a film has captions in, in the order of the locale list. */
export function captionLanguages(film: FilmDoc): Locale[] {
  return availableIn(film.captions, localeCodes)
}

export const fileOf = (ref: FilmFileRef | number | null | undefined): FilmFileRef | undefined =>
  ref && typeof ref === 'object' && ref.url ? ref : undefined

export const posterOf = (ref: FilmPoster | number | null | undefined): FilmPoster | undefined =>
  ref && typeof ref === 'object' && ref.url ? ref : undefined

/** The poster's address at about the player's width: the 640 px WebP, else the original. */
export function posterUrl(poster: FilmPoster | undefined): string | undefined {
  return poster?.sizes?.card?.url ?? poster?.url ?? undefined
}

/** The languages a film's pages exist in (those its title is written in), each page's address. */
export function filmAlternates(film: FilmDoc, path: (l: Locale, slug: string) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(availableIn(film.title, localeCodes).map((l) => [l, path(l, film.slug)]))
}
