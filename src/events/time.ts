/** Malmö wall-clock readings of instants, for event pages, filters and addresses. Pure functions. */
import { TZDate } from '@date-fns/tz'

import { zone } from './vocabulary'

const pad = (n: number) => String(n).padStart(2, '0')

/** The Malmö calendar day of an instant, YYYY-MM-DD. */
export function malmoDay(at: Date): string {
  const d = new TZDate(at.getTime(), zone)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The Malmö month `n` months after the month of `at`, YYYY-MM. */
export function monthAfter(at: Date, n: number): string {
  const d = new TZDate(at.getTime(), zone)
  const m = d.getFullYear() * 12 + d.getMonth() + n
  return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`
}

/** The first instant of a Malmö month (YYYY-MM). */
export function monthStart(month: string): Date {
  const [y, m] = month.split('-').map(Number)
  return new Date(new TZDate(y, m - 1, 1, 0, 0, 0, zone).getTime())
}

/**
 * Whether an event is on during a Malmö month (YYYY-MM): it starts before the month ends and ends
 * after it begins, so an exhibition across the turn of a month is in both months.
 */
export function onInMonth(event: { startsAt: string; endsAt: string }, month: string): boolean {
  const from = monthStart(month)
  return new Date(event.startsAt) < monthStart(monthAfter(from, 1)) && new Date(event.endsAt) > from
}
