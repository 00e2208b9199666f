/**
 * The directory's addresses. Each filter combination is served from a page rendered once for it and
 * cached like the other pages (`/{locale}/stod/{key}`, expired by tag when a service is published):
 * Next's own rewrites pick it (src/supportServices/filterValues.ts), or for "open now" the proxy, whose
 * key also names the stretch of the week in which the open services stay the same, so the page
 * changes at the very minute one opens or closes, and caches in front may keep it only until then.
 * A known filter with an unknown value is redirected to the canonical query (known filters with
 * known values in a fixed order, which the site's own links use).
 */
import { freshForSeconds } from '@/edge/headers'

import { parseFilter, type DirectoryFilter } from './filter'
import { filterNames, keySeparator } from './filterValues'
import { days, openPeriod, stockholmClock, weekMinute } from './openNow'

/** Of a repeated parameter the last, as Next's routes read it. */
const lastValues = (search: URLSearchParams) => Object.fromEntries(filterNames.map((name) => [name, search.getAll(name).at(-1)]))

/** The canonical query of a directory address (`?who=…&open=now`, or '' for the whole list). */
export function canonicalQuery(search: URLSearchParams): string {
  const filter = parseFilter(lastValues(search))
  const query = new URLSearchParams()
  for (const name of filterNames) if (filter[name]) query.set(name, filter[name])
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The filters of a directory address, and whether one has a value it does not know (to be redirected). */
export function readQuery(search: URLSearchParams): { filter: DirectoryFilter; unknownValue: boolean } {
  const values = lastValues(search)
  const filter = parseFilter(values)
  return { filter, unknownValue: filterNames.some((name) => Boolean(values[name]) && !filter[name]) }
}

/**
 * The cached page's key: `alla`, or `who-worried~open-now~t-5580` (t: the minute of the week the
 * stretch began), with `~h-frisat` when today or yesterday is a day off (their weekdays). No dots:
 * the proxy does not run for an address that looks like a file's.
 */
export function directoryKey(filter: DirectoryFilter, since?: number, daysOff: string[] = []): string {
  const parts = filterNames.filter((name) => filter[name]).map((name) => `${name}-${filter[name]}`)
  if (filter.open === 'now') parts.push(`t-${since ?? 0}`)
  if (filter.open === 'now' && daysOff.length) parts.push(`h-${daysOff.join('')}`)
  return parts.join(keySeparator) || 'alla'
}

/** A key back to its filters; undefined for anything directoryKey would not have made. */
export function parseDirectoryKey(key: string): { filter: DirectoryFilter; since: number; daysOff: string[] } | undefined {
  const pairs = key === 'alla' ? [] : key.split(keySeparator).map((p) => [p.slice(0, p.indexOf('-')), p.slice(p.indexOf('-') + 1)])
  const values = Object.fromEntries(pairs)
  const since = Number(values.t ?? 0)
  const daysOff = String(values.h ?? '').match(/.{1,3}/g) ?? []
  const filter = parseFilter(values)
  const known = Number.isInteger(since) && daysOff.every((d) => days.includes(d))
  return known && directoryKey(filter, since, daysOff) === key ? { filter, since, daysOff } : undefined
}

// The minutes of the week at which some service opens or closes, as the directory last read them.
// Shared through globalThis: the proxy and the pages are separate bundles in one server process.
const shared = globalThis as { __directoryHoursChanges?: number[] }

export function rememberHoursChanges(changes: number[]) {
  shared.__directoryHoursChanges = changes
}

/** After a service's change: its hours may split a stretch, so until the next render, the minute. */
export function forgetHoursChanges() {
  shared.__directoryHoursChanges = undefined
}

/**
 * What the proxy serves for a canonical directory address: the page's key, and for "open now" how
 * long a cache may keep it (never past the minute the list changes, never stale). Until the
 * directory has been rendered once in this process, the stretch is the current minute.
 */
export function directoryTarget(filter: DirectoryFilter, now: Date): { key: string; cacheControl?: string } {
  if (filter.open !== 'now') return { key: directoryKey(filter) }
  const clock = stockholmClock(now)
  const minute = weekMinute(clock)
  const { start, minutesLeft } = openPeriod(shared.__directoryHoursChanges, minute)
  // A day off begins or ends at midnight, too.
  const secondsLeft = Math.min(minutesLeft, 1440 - clock.minutes) * 60 - now.getUTCSeconds()
  return {
    key: directoryKey(filter, start, clock.daysOff),
    cacheControl: `public, s-maxage=${Math.max(0, Math.min(freshForSeconds, secondsLeft - 1))}, must-revalidate`,
  }
}
