/**
 * The events list's filters (audience, language spoken, focus area, month), read from a plain GET
 * form. Each combination has one canonical query (known filters in a fixed order, nothing empty or
 * unknown), as the directory's (src/supportServices/address.ts); the page redirects any other query
 * to it. Pure functions: "now" is always a parameter.
 */
import { focusAreas } from '@/content/taxonomy'
import { isLocale, type Locale } from '@/i18n/locales'

import { monthAfter, onInMonth } from './time'
import type { PublicEvent } from './types'
import { audiences, type Audience } from './vocabulary'

export const filterNames = ['audience', 'language', 'about', 'month'] as const

export interface EventFilter {
  audience?: Audience
  language?: Locale
  about?: string
  /** A Malmö month, YYYY-MM. */
  month?: string
}

const month = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The filters a query names; anything unknown or malformed is left out. */
export function parseEventFilter(values: Partial<Record<string, string | string[] | undefined>>): EventFilter {
  const one = (name: string) => {
    const v = values[name]
    return typeof v === 'string' ? v : undefined
  }
  const out: EventFilter = {}
  const a = one('audience')
  if (audiences.some((x) => x.value === a)) out.audience = a as Audience
  const l = one('language')
  if (isLocale(l)) out.language = l
  const f = one('about')
  if (focusAreas.some((x) => x.value === f)) out.about = f
  const m = one('month')
  if (m && month.test(m)) out.month = m
  return out
}

/** The canonical query of a filter (`?audience=…&month=…`, or '' for the whole list). */
export function canonicalEventQuery(filter: EventFilter): string {
  const query = new URLSearchParams()
  for (const name of filterNames) if (filter[name]) query.set(name, filter[name])
  const text = query.toString()
  return text ? `?${text}` : ''
}

/**
 * The events a reader is shown: not yet over at `now`, matching every filter, soonest first.
 * An event for everyone matches any audience. A cancelled event stays, marked as such.
 */
export function upcomingEvents<T extends Pick<PublicEvent, 'startsAt' | 'endsAt' | 'audiences' | 'languages' | 'focusAreas'>>(events: T[], filter: EventFilter, now: Date): T[] {
  return events
    .filter((e) => new Date(e.endsAt).getTime() > now.getTime())
    .filter((e) => !filter.audience || e.audiences.includes(filter.audience) || e.audiences.includes('everyone'))
    .filter((e) => !filter.language || e.languages.includes(filter.language))
    .filter((e) => !filter.about || (e.focusAreas ?? []).includes(filter.about))
    .filter((e) => !filter.month || onInMonth(e, filter.month))
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
}

/** The months the month filter offers: this Malmö month and the next eleven. */
export function monthsAhead(now: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => monthAfter(now, i))
}
