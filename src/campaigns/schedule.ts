/**
 * When a campaign runs: its occurrences in a year and whether it is live at an instant. Campaign
 * times are wall-clock times in Malmö (Europe/Stockholm); recurrences keep the wall-clock time
 * across daylight-saving changes. Pure functions: "now" and the year are always parameters.
 *
 * Recurrence is computed by `rrule` in its "floating" mode (local wall times written as UTC dates,
 * as its README advises), then each wall time is placed in Europe/Stockholm by `@date-fns/tz`.
 */
import { TZDate } from '@date-fns/tz'
import * as rruleModule from 'rrule'

import { cityTimeZone } from '@/site/timeZone'

// rrule's Node entry is a UMD bundle: Node's ESM loader puts its exports on `default`, bundlers
// read its ES module build with named exports.
const { RRule } = 'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default

export const zone = cityTimeZone

export const recurrences = ['none', 'yearly', 'weekOf'] as const
export type Recurrence = (typeof recurrences)[number]

export interface Schedule {
  startsAt: Date | string
  endsAt: Date | string
  /** Whole days: from the start day's midnight to the midnight after the end day (Malmö time). */
  allDay?: boolean | null
  recurrence?: Recurrence | null
}

export interface Occurrence {
  /** First instant of the occurrence. */
  start: Date
  /** First instant after it (exclusive). */
  end: Date
  /** Malmö calendar days of the first and the last day (inclusive), YYYY-MM-DD. */
  firstDay: string
  lastDay: string
}

interface Wall {
  y: number
  m: number // 1-12
  d: number
  hh: number
  mm: number
}

const dayMs = 24 * 60 * 60 * 1000

/** The wall-clock time in Malmö of an instant. */
export function wallTime(instant: Date | string): Wall {
  const t = new TZDate(new Date(instant).getTime(), zone)
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate(), hh: t.getHours(), mm: t.getMinutes() }
}

/**
 * The instant of a wall-clock time in Malmö, read as RFC 5545 §3.3.5 reads a local time: one skipped
 * by the spring change is taken at the offset before the gap (02:30 becomes 03:30), one that occurs
 * twice in the autumn is the first of the two (summer time). `TZDate` gives the second.
 */
export function instantOf(w: Wall): Date {
  const t = new TZDate(w.y, w.m - 1, w.d, w.hh, w.mm, zone).getTime()
  const hourBefore = wallTime(new Date(t - 3600_000))
  const same = (['y', 'm', 'd', 'hh', 'mm'] as const).every((k) => hourBefore[k] === w[k])
  return new Date(same ? t - 3600_000 : t)
}

const floating = (w: Wall) => new Date(Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm))
const fromFloating = (f: Date): Wall => ({ y: f.getUTCFullYear(), m: f.getUTCMonth() + 1, d: f.getUTCDate(), hh: f.getUTCHours(), mm: f.getUTCMinutes() })
const dayString = (w: Pick<Wall, 'y' | 'm' | 'd'>) => `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`
const addDays = (w: Wall, days: number): Wall => fromFloating(new Date(floating(w).getTime() + days * dayMs))

/** Monday of the ISO week containing this day. */
function mondayOf(w: Wall): Wall {
  const weekday = (floating(w).getUTCDay() + 6) % 7 // Monday = 0
  return { ...addDays(w, -weekday), hh: 0, mm: 0 }
}

/** Why a schedule cannot be used, or undefined when it can. */
export function scheduleProblem(s: Schedule): string | undefined {
  const start = new Date(s.startsAt)
  const end = new Date(s.endsAt)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return 'invalid-date'
  const ws = wallTime(start)
  const we = wallTime(end)
  if (s.allDay ? dayString(we) < dayString(ws) : end <= start) return 'end-before-start'
  if (s.recurrence === 'weekOf' && ws.d < 7) return 'week-of-needs-day-7'
  if (s.recurrence && s.recurrence !== 'none' && floating(we).getTime() - floating(ws).getTime() > 300 * dayMs) return 'too-long-to-recur'
  return undefined
}

/**
 * The recurrence rule in iCalendar form (without DTSTART), or undefined for a one-off campaign.
 * "The week of 25 November" is the Monday among 19–25 November, every year.
 */
export function rruleOf(s: Schedule): string | undefined {
  const ws = wallTime(s.startsAt)
  if (s.recurrence === 'yearly') return 'FREQ=YEARLY'
  if (s.recurrence === 'weekOf') {
    const days = Array.from({ length: 7 }, (_, i) => ws.d - 6 + i).join(',')
    return `FREQ=YEARLY;BYMONTH=${ws.m};BYMONTHDAY=${days};BYDAY=MO`
  }
  return undefined
}

/** The first occurrence, as entered (a "week of" campaign fills the whole week). */
function firstWalls(s: Schedule): { start: Wall; end: Wall } {
  const ws = wallTime(s.startsAt)
  const we = wallTime(s.endsAt)
  if (s.recurrence === 'weekOf') {
    const monday = mondayOf(ws)
    return { start: monday, end: addDays(monday, 7) }
  }
  if (s.allDay) return { start: { ...ws, hh: 0, mm: 0 }, end: addDays({ ...we, hh: 0, mm: 0 }, 1) }
  return { start: ws, end: we }
}

/**
 * `exact`: the instants as entered, for the occurrence they were entered for. A wall time does not
 * name an instant in the autumn change's repeated hour, so only later years are read from it.
 */
function toOccurrence(start: Wall, end: Wall, allDay: boolean, exact?: { start: Date; end: Date }): Occurrence {
  const startInstant = exact?.start ?? instantOf(start)
  const endInstant = exact?.end ?? instantOf(end)
  // For whole days the last day is the one before the exclusive end; for times, the end's own day.
  const last = allDay ? addDays(end, -1) : wallTime(new Date(endInstant.getTime() - 1))
  return { start: startInstant, end: endInstant, firstDay: dayString(start), lastDay: dayString(last) }
}

/** Every occurrence that touches the interval [from, to). */
export function occurrencesBetween(s: Schedule, from: Date, to: Date): Occurrence[] {
  if (scheduleProblem(s)) return []
  const first = firstWalls(s)
  const allDay = Boolean(s.allDay) || s.recurrence === 'weekOf'
  const rule = rruleOf(s)
  const exact = allDay ? undefined : { start: new Date(s.startsAt), end: new Date(s.endsAt) }
  let result: Occurrence[]
  if (!rule) {
    result = [toOccurrence(first.start, first.end, allDay, exact)]
  } else {
    const span = floating(first.end).getTime() - floating(first.start).getTime()
    const rrule = new RRule({ ...RRule.parseString(rule), dtstart: floating(first.start) })
    // Floating bounds, widened by the occurrence length and a day for the zone offset.
    const starts = rrule.between(new Date(from.getTime() - span - 2 * dayMs), new Date(to.getTime() + 2 * dayMs), true)
    const firstStart = floating(first.start).getTime()
    result = starts.map((f) => {
      const start = fromFloating(f)
      return toOccurrence(start, fromFloating(new Date(f.getTime() + span)), allDay, f.getTime() === firstStart ? exact : undefined)
    })
  }
  return result.filter((o) => o.start < to && o.end > from)
}

/** The first instant of a Malmö calendar year. */
export function yearStart(year: number): Date {
  return instantOf({ y: year, m: 1, d: 1, hh: 0, mm: 0 })
}

/** Occurrences that touch a Malmö calendar year. */
export function occurrencesInYear(s: Schedule, year: number): Occurrence[] {
  return occurrencesBetween(s, yearStart(year), yearStart(year + 1))
}

/** The occurrence running at this instant, if any. */
export function occurrenceAt(s: Schedule, now: Date): Occurrence | undefined {
  return occurrencesBetween(s, now, new Date(now.getTime() + 1))[0]
}

/** Malmö's calendar year of an instant. */
export const yearOf = (now: Date) => wallTime(now).y
