/**
 * Reach reports. A campaign's: views of its linked pages (topics, brochures and its events' pages)
 * per language per day during the campaign, beside the same number of days just before it (the
 * baseline). An event's: views of its page per language per day in the weeks that lead up to it
 * (no baseline: the page exists for the event). Real counts only, unless there are none at all in
 * the window: then the seed's demo numbers, marked as such.
 */
import type { BasePayload } from 'payload'
import type { Pool } from 'pg'

import { occurrencesInYear, yearOf, type Schedule } from '@/campaigns/schedule'
import { localeCodes, type Locale } from '@/i18n/locales'

import { malmoDay } from './store'

export interface CampaignPages extends Schedule {
  id: number
  topics?: unknown[] | null
  brochures?: unknown[] | null
}

export interface ReachReport {
  /** The campaign's days shown (its occurrence this year, or the one it was planned for). */
  days: string[]
  /** As many days, just before the first. */
  baselineDays: string[]
  languages: Locale[]
  /** Views per language, one number per day of `days` / `baselineDays`. */
  during: Partial<Record<Locale, number[]>>
  before: Partial<Record<Locale, number[]>>
  demo: boolean
  pages: number
}

/** A counted document: its collection and id. */
export type PageRef = readonly [collection: string, id: number]

/** Days of an event's report: this many before its first day, through its last day. */
export const eventLeadDays = 27

const idOf = (v: unknown): number | undefined => (typeof v === 'number' ? v : v && typeof v === 'object' && 'id' in v ? Number((v as { id: unknown }).id) : undefined)

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

export function daysFrom(first: string, last: string): string[] {
  const out: string[] = []
  for (let d = first; d <= last && out.length < 400; d = addDays(d, 1)) out.push(d)
  return out
}

/** The occurrence to report: this year's (the latest begun, else the first), else the planned one. */
export function reportWindow(c: Schedule, now: Date): { firstDay: string; lastDay: string } | undefined {
  const today = malmoDay(now)
  const thisYear = occurrencesInYear(c, yearOf(now))
  return thisYear.filter((o) => o.firstDay <= today).pop() ?? thisYear[0] ?? occurrencesInYear(c, yearOf(new Date(c.startsAt)))[0]
}

export async function campaignReach(payload: BasePayload, c: CampaignPages, now: Date): Promise<ReachReport> {
  const window = reportWindow(c, now)
  const days = window ? daysFrom(window.firstDay, window.lastDay) : []
  const baselineDays = days.length ? daysFrom(addDays(days[0], -days.length), addDays(days[0], -1)) : []
  // The campaign's events are its pages too (staff-only ones have no page and count nothing).
  const { docs: events } = await payload.find({ collection: 'events', where: { campaign: { equals: c.id } }, depth: 0, pagination: false, overrideAccess: true, select: { slug: true } })
  const pages: PageRef[] = [
    ...(c.topics ?? []).map(idOf).filter((x): x is number => x !== undefined).map((id) => ['topics', id] as const),
    ...(c.brochures ?? []).map(idOf).filter((x): x is number => x !== undefined).map((id) => ['brochures', id] as const),
    ...events.map((e) => ['events', e.id] as const),
  ]
  return pagesReach(payload, pages, days, baselineDays)
}

export interface EventDays {
  id: number
  startsAt: string
  endsAt: string
}

/**
 * An event page's days: the four weeks up to its first day (when readers decide to come and
 * planners can still push it) through its last, in Malmö days. No baseline.
 */
export function eventWindow(e: Pick<EventDays, 'startsAt' | 'endsAt'>): string[] {
  const first = malmoDay(new Date(e.startsAt))
  return daysFrom(addDays(first, -eventLeadDays), malmoDay(new Date(e.endsAt)))
}

export function eventReach(payload: BasePayload, e: EventDays): Promise<ReachReport> {
  return pagesReach(payload, [['events', e.id]], eventWindow(e), [])
}

/** Views of the pages per language on `days` and on `baselineDays` (real, else demo, never both). */
export async function pagesReach(payload: BasePayload, pages: PageRef[], days: string[], baselineDays: string[]): Promise<ReachReport> {
  const empty: ReachReport = { days, baselineDays, languages: [], during: {}, before: {}, demo: false, pages: pages.length }
  if (!days.length || !pages.length) return empty
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query<{ day: string; language: Locale; demo: boolean; views: string }>(
    `SELECT day, language, demo, SUM(count) AS views FROM page_views
      WHERE day BETWEEN $1 AND $2 AND (doc_collection, doc_id) IN (SELECT * FROM unnest($3::text[], $4::numeric[]))
      GROUP BY day, language, demo`,
    [baselineDays[0] ?? days[0], days[days.length - 1], pages.map((p) => p[0]), pages.map((p) => p[1])],
  )
  const demo = !rows.some((r) => !r.demo) && rows.length > 0
  const used = rows.filter((r) => r.demo === demo)
  const languages = localeCodes.filter((l) => used.some((r) => r.language === l))
  const series = (list: string[]) =>
    Object.fromEntries(languages.map((l) => [l, list.map((d) => used.filter((r) => r.day === d && r.language === l).reduce((a, r) => a + Number(r.views), 0))]))
  return { ...empty, languages, during: series(days), before: series(baselineDays), demo }
}

/** The report as CSV: one line per language and day, with the baseline day beside it (empty without one). */
export function reachCsv(r: ReachReport): string {
  const lines = ['language,day,views,baseline_day,baseline_views,demo']
  const baseline = r.baselineDays.length > 0
  for (const l of r.languages)
    r.days.forEach((d, i) => lines.push([l, d, r.during[l]?.[i] ?? 0, baseline ? r.baselineDays[i] : '', baseline ? (r.before[l]?.[i] ?? 0) : '', r.demo].join(',')))
  return lines.join('\r\n') + '\r\n'
}

export interface YearReach {
  languages: Locale[]
  /** Views per language, twelve numbers (January first). */
  months: Partial<Record<Locale, number[]>>
  demo: boolean
}

/** All counted pages' views in a Malmö year per month and language (demo numbers only when no real ones). */
export async function yearReach(payload: BasePayload, year: number): Promise<YearReach> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query<{ month: string; language: Locale; demo: boolean; views: string }>(
    `SELECT substr(day, 6, 2) AS month, language, demo, SUM(count) AS views FROM page_views
      WHERE day BETWEEN $1 AND $2 GROUP BY 1, language, demo`,
    [`${year}-01-01`, `${year}-12-31`],
  )
  const demo = rows.length > 0 && !rows.some((r) => !r.demo)
  const used = rows.filter((r) => r.demo === demo)
  const languages = localeCodes.filter((l) => used.some((r) => r.language === l))
  const months = Object.fromEntries(languages.map((l) => [l, Array.from({ length: 12 }, (_, m) => used.filter((r) => r.language === l && Number(r.month) === m + 1).reduce((a, r) => a + Number(r.views), 0))]))
  return { languages, months, demo }
}
