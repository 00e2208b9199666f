import { cityTimeZone } from '@/site/timeZone'

import { dayBefore, isDayOff } from './holidays'
import type { OpeningHours } from './queries'

/** The weekdays as opening hours name them, from Sunday (the week's minutes count from Sunday 00:00). */
export const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const minutesPerWeek = 7 * 24 * 60

/**
 * A moment in the week, as opening hours name it: weekday and minutes since midnight, and which of
 * today and yesterday are days off (./holidays.ts; yesterday's night hours may still be running).
 */
export interface WeekClock { day: string; minutes: number; daysOff?: string[] }

/** Made once: making an Intl.DateTimeFormat costs more than using it, and the directory asks on every request. */
const weekClockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: cityTimeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** Weekday, minutes since midnight and days off in Swedish time, whatever the server's time zone. */
export function stockholmClock(now: Date): WeekClock {
  const parts = weekClockFormat.formatToParts(now)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  const name = get('weekday').toLowerCase().slice(0, 3)
  const day = days.includes(name) ? name : 'mon'
  const today = `${get('year')}-${get('month')}-${get('day')}`
  const yesterday = days[(days.indexOf(day) + 6) % 7]
  const daysOff = [...(isDayOff(dayBefore(today)) ? [yesterday] : []), ...(isDayOff(today) ? [day] : [])]
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')), daysOff }
}

/** Minutes since Sunday 00:00 (Swedish time), and back. */
export const weekMinute = (c: WeekClock) => days.indexOf(c.day) * 1440 + c.minutes
export const clockAt = (weekMinute: number): WeekClock => {
  const m = ((weekMinute % minutesPerWeek) + minutesPerWeek) % minutesPerWeek
  return { day: days[Math.floor(m / 1440)], minutes: m % 1440 }
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

type Hours = { alwaysOpen?: boolean | null; openOnHolidays?: boolean | null; openingHours?: OpeningHours[] | null }

/**
 * A row's stretches of the week, [start, end) in minutes since Sunday 00:00, one for each of its
 * days, with that day. Hours that close at or before they open run past midnight into the next day,
 * as a night line's do (22:00–02:00; 18:00–00:00), so `end` may lie past the end of the week.
 */
function stretches(h: OpeningHours): [number, number, string][] {
  const opens = toMinutes(h.opens)
  const closes = toMinutes(h.closes)
  const length = closes > opens ? closes - opens : closes + 1440 - opens
  return h.days.filter((day) => days.includes(day)).map((day) => {
    const start = weekMinute({ day, minutes: opens })
    return [start, start + length, day]
  })
}

/**
 * Is a service open at this moment of the week? Always-open services are; services without hours
 * are not known to be. On a day off, the hours that begin that day count only for a service marked
 * open on holidays.
 */
export function isOpenAt(service: Hours, clock: WeekClock): boolean {
  if (service.alwaysOpen) return true
  const m = weekMinute(clock)
  const off = service.openOnHolidays ? [] : (clock.daysOff ?? [])
  // Saturday night's hours reach into Sunday, the start of the next week.
  return (service.openingHours ?? []).some((h) =>
    stretches(h).some(([start, end, day]) => !off.includes(day) && ((m >= start && m < end) || (m + minutesPerWeek >= start && m + minutesPerWeek < end))),
  )
}

export const isOpenNow = (service: Hours, now: Date) => isOpenAt(service, stockholmClock(now))

/** The minutes of the week at which some service opens or closes: between two of them, "open now" stays the same. */
export function hoursChanges(services: Hours[]): number[] {
  const out = new Set<number>()
  for (const s of services) {
    if (s.alwaysOpen) continue
    for (const h of s.openingHours ?? []) for (const [start, end] of stretches(h)) for (const t of [start, end]) out.add(t % minutesPerWeek)
  }
  return [...out].sort((a, b) => a - b)
}

/**
 * The stretch of the week around `minute` in which "open now" stays the same: it began at `start`
 * (a minute of the week) and ends in `minutesLeft` minutes. Without known changes, just this minute.
 */
export function openPeriod(changes: number[] | undefined, minute: number): { start: number; minutesLeft: number } {
  if (!changes) return { start: minute, minutesLeft: 1 }
  if (changes.length === 0) return { start: 0, minutesLeft: minutesPerWeek }
  const before = changes.filter((c) => c <= minute)
  const start = before.length ? before[before.length - 1] : changes[changes.length - 1]
  const next = changes.find((c) => c > minute) ?? changes[0] + minutesPerWeek
  return { start, minutesLeft: next - minute }
}
