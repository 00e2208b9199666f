/**
 * The five demo films' texts (content/<key>.json, content/guide.json): read by the script that makes
 * the films (`npm run films`, make.ts) and by the seed. Every language but Swedish is machine-drafted.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Locale } from '@/i18n/locales'
import { localeCodes } from '@/i18n/locales'

export type Localized = Record<Locale, string>

export interface FilmSegment {
  /** 'narrator', or a participant's name (their WebVTT voice). */
  speaker: string
  /** The heading drawn on the card while this is said (Swedish: the film's own language). */
  card: string
  text: Localized
}

export interface DemoFilm {
  key: string
  slug: string
  order: number
  focusAreas: string[]
  readers: string[]
  audience: string[]
  /** Topic keys (src/seed/content/topics). */
  topics: string[]
  /** Ids in shared/data/helplines.json: the closing card, and "where to get help". */
  helplines: string[]
  participants: { name: string; role: Localized }[]
  title: Localized
  summary: Localized
  posterAlt: Localized
  segments: FilmSegment[]
  questions: Record<Locale, string[]>
}

export interface Guide {
  narrator: Localized
  onScreen: Localized
  before: Localized
  during: Localized
  after: Localized
  help: Localized
  notFree: Localized
}

export interface Helpline {
  id: string
  name: string
  phone: string
  free?: boolean
  status: string
}

export const contentDir = path.resolve(import.meta.dirname, 'content')
export const assetsDir = path.resolve(import.meta.dirname, 'assets')
const helplinesFile = path.resolve(import.meta.dirname, '../../seed/content/helplines.json')

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

export function loadDemoFilms(): DemoFilm[] {
  return fs
    .readdirSync(contentDir)
    .filter((f) => f.endsWith('.json') && f !== 'guide.json')
    .map((f) => readJson<DemoFilm>(path.join(contentDir, f)))
    .sort((a, b) => a.order - b.order)
}

export function loadGuide(): Guide {
  return readJson<Guide>(path.join(contentDir, 'guide.json'))
}

/**
 * The film's numbers, from the seed's copy of shared/data/helplines.json. Only confirmed numbers:
 * a demo must never teach a number an editor has not checked.
 */
export function helplinesOf(film: DemoFilm): Helpline[] {
  const all = readJson<{ helplines: Helpline[] }>(helplinesFile).helplines
  return film.helplines.map((id) => {
    const found = all.find((h) => h.id === id)
    if (!found) throw new Error(`${film.key}: no helpline "${id}" in helplines.json`)
    if (found.status !== 'confirmed') throw new Error(`${film.key}: helpline "${id}" is not confirmed`)
    return found
  })
}

/** Where the made files of a film live (committed, so the seed needs no ffmpeg). */
export function filmAssets(film: Pick<DemoFilm, 'slug'>) {
  const dir = path.join(assetsDir, film.slug)
  return {
    dir,
    video: path.join(dir, 'film.mp4'),
    poster: path.join(dir, 'poster.jpg'),
    manifest: path.join(dir, 'film.json'),
    captions: (locale: Locale) => path.join(dir, 'captions', `${locale}.vtt`),
  }
}

export interface FilmManifest {
  durationSeconds: number
}

/** The conversation material of a film in one language, in the shape of the films collection. */
export function conversationOf(film: DemoFilm, guide: Guide, locale: Locale) {
  const lines = helplinesOf(film).map((h) => `${h.name}: ${h.phone}${h.free === false ? ` (${guide.notFree[locale]})` : ''}`)
  return {
    before: guide.before[locale],
    during: guide.during[locale],
    after: guide.after[locale],
    questions: film.questions[locale].map((question) => ({ question })),
    help: [guide.help[locale], ...lines].join('\n'),
  }
}

export function checkComplete(film: DemoFilm) {
  const missing: string[] = []
  const fields = { title: film.title, summary: film.summary, posterAlt: film.posterAlt, questions: film.questions }
  for (const locale of localeCodes) {
    for (const [name, value] of Object.entries(fields)) if (!value[locale]?.length) missing.push(`${name}.${locale}`)
    film.segments.forEach((s, i) => !s.text[locale] && missing.push(`segments[${i}].${locale}`))
    film.participants.forEach((p, i) => !p.role[locale] && missing.push(`participants[${i}].role.${locale}`))
  }
  if (missing.length) throw new Error(`${film.key}: missing ${missing.join(', ')}`)
}
