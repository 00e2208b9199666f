/**
 * Key dates of the year (UN days, national weeks) as the seed takes them from helplines.json:
 * "MM-DD", optionally "until" "MM-DD", or "week NN" (an ISO week). Resolved to Malmö calendar days
 * of a given year for the wheel, the list and the feed.
 */
export interface KeyDate {
  name: string
  date: string
  until?: string | null
  source?: string | null
}

export interface ResolvedKeyDate {
  name: string
  firstDay: string
  lastDay: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

export const keyDatePattern = /^(\d{2}-\d{2}|week \d{1,2})$/

/** Monday of ISO week `week` of `year`: the week with 4 January is week 1. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const monday1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000
  return new Date(monday1 + (week - 1) * 7 * 86_400_000)
}

export function resolveKeyDate(k: KeyDate, year: number): ResolvedKeyDate | undefined {
  const week = /^week (\d{1,2})$/.exec(k.date)
  if (week) {
    const monday = isoWeekMonday(year, Number(week[1]))
    return { name: k.name, firstDay: day(monday), lastDay: day(new Date(monday.getTime() + 6 * 86_400_000)) }
  }
  if (!/^\d{2}-\d{2}$/.test(k.date)) return undefined
  const first = `${year}-${k.date}`
  const last = k.until && /^\d{2}-\d{2}$/.test(k.until) ? `${year}-${k.until}` : first
  // 29 February exists only in leap years.
  if (Number.isNaN(Date.parse(`${first}T00:00:00Z`)) || day(new Date(`${first}T00:00:00Z`)) !== first) return undefined
  return { name: k.name, firstDay: first, lastDay: last < first ? first : last }
}
