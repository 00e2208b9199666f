import type { Locale } from '@/i18n/locales'

import { filterValues } from './filterValues'
import { isOpenAt, type WeekClock } from './openNow'
import type { SupportServiceCard } from './queries'

export interface DirectoryFilter {
  who?: string
  about?: string
  group?: string
  language?: Locale
  open?: 'now' | '24h'
}

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined

/** The directory's filters from a query string; anything unknown is ignored, never an error. */
export function parseFilter(params: Record<string, string | string[] | undefined>): DirectoryFilter {
  // Of a repeated parameter the last, as Next's routes read it (src/supportServices/filterValues.ts).
  const last = (k: string) => (Array.isArray(params[k]) ? params[k].at(-1) : params[k])
  return {
    who: oneOf(last('who'), filterValues.who),
    about: oneOf(last('about'), filterValues.about),
    group: oneOf(last('group'), filterValues.group),
    language: oneOf(last('language'), filterValues.language as readonly Locale[]),
    open: oneOf(last('open'), ['now', '24h'] as const),
  }
}

/**
 * Services that match every chosen filter, "open now" meaning open at `at` (Swedish time). A service
 * not tagged with any focus area helps with all.
 */
export function filterServices(services: SupportServiceCard[], f: DirectoryFilter, at: WeekClock): SupportServiceCard[] {
  return services.filter(
    (s) =>
      (!f.who || (s.readers ?? []).includes(f.who as never)) &&
      (!f.about || (s.focusAreas ?? []).length === 0 || (s.focusAreas ?? []).includes(f.about as never)) &&
      (!f.group || (s.groups ?? []).includes(f.group as never)) &&
      (!f.language || f.language === 'sv' || (s.languages ?? []).includes(f.language) || Boolean(s.interpreters)) &&
      (!f.open || (f.open === '24h' ? Boolean(s.alwaysOpen) : isOpenAt(s, at))),
  )
}
