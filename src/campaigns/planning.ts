/**
 * The plan seen as a whole: which campaigns run in a year, which are live now, where campaigns
 * crowd the same target group and where a focus area or a language has nothing. Pure functions
 * over plain campaign records; "now" and the year are parameters.
 */
import type { CampaignStatus, Channel, FocusArea, TargetGroup, Variant } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'

import { occurrenceAt, occurrencesInYear, wallTime, type Occurrence, type Schedule } from './schedule'

export interface PlannedCampaign extends Schedule {
  id: number
  title: string
  status: CampaignStatus
  focusAreas: FocusArea[]
  targetGroups: TargetGroup[]
  languages: Locale[]
  channels: Channel[]
  variant: Variant
  owner?: number | null
}

/** Campaigns that count in the plan: not mere ideas, not cancelled. */
export const runs = (c: Pick<PlannedCampaign, 'status'>) => c.status !== 'idea' && c.status !== 'cancelled'

/** Statuses whose campaigns go live on the site by themselves; "done" ends a campaign early. */
export const liveStatuses: readonly CampaignStatus[] = ['planned', 'production', 'live']

export interface YearOccurrence<C extends PlannedCampaign = PlannedCampaign> extends Occurrence {
  campaign: C
}

/** Every occurrence of every campaign in a Malmö calendar year, in order of start. */
export function yearPlan<C extends PlannedCampaign>(campaigns: C[], year: number): YearOccurrence<C>[] {
  return campaigns
    .flatMap((campaign) => occurrencesInYear(campaign, year).map((o) => ({ ...o, campaign })))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.campaign.id - b.campaign.id)
}

/** The campaigns running at this instant (by their dates and a live status). */
export function liveCampaigns<C extends PlannedCampaign>(campaigns: C[], now: Date): C[] {
  return campaigns.filter((c) => liveStatuses.includes(c.status) && occurrenceAt(c, now) !== undefined)
}

/** ISO week key (e.g. 2026-W48) of every Malmö day an occurrence touches. */
export function weeksOf(o: Pick<Occurrence, 'firstDay' | 'lastDay'>): string[] {
  const weeks = new Set<string>()
  const last = Date.parse(`${o.lastDay}T00:00:00Z`)
  for (let t = Date.parse(`${o.firstDay}T00:00:00Z`); t <= last; t += 86_400_000) weeks.add(isoWeek(new Date(t)))
  return [...weeks]
}

/** ISO 8601 week of a UTC-midnight date: the week belongs to the year of its Thursday. */
export function isoWeek(day: Date): string {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000))
  return `${year}-W${String(week).padStart(2, '0')}`
}

export interface Overlap {
  a: PlannedCampaign
  b: PlannedCampaign
  targetGroups: TargetGroup[]
  weeks: string[]
}

/** Pairs of running campaigns that reach the same target group in the same weeks of the year. */
export function overlaps(campaigns: PlannedCampaign[], year: number): Overlap[] {
  const plan = yearPlan(campaigns.filter(runs), year)
  const found = new Map<string, Overlap>()
  for (let i = 0; i < plan.length; i++) {
    for (let j = i + 1; j < plan.length; j++) {
      const a = plan[i]
      const b = plan[j]
      if (a.campaign.id === b.campaign.id) continue
      const groups = a.campaign.targetGroups.filter((g) => b.campaign.targetGroups.includes(g))
      if (groups.length === 0) continue
      const bWeeks = new Set(weeksOf(b))
      const weeks = weeksOf(a).filter((w) => bWeeks.has(w))
      if (weeks.length === 0) continue
      const [x, y] = a.campaign.id < b.campaign.id ? [a.campaign, b.campaign] : [b.campaign, a.campaign]
      const key = `${x.id}:${y.id}`
      const prev = found.get(key)
      found.set(key, {
        a: x,
        b: y,
        targetGroups: [...new Set([...(prev?.targetGroups ?? []), ...groups])],
        weeks: [...new Set([...(prev?.weeks ?? []), ...weeks])].sort(),
      })
    }
  }
  return [...found.values()]
}

export interface EmptyMonths<V extends string> {
  value: V
  /** Months (1-12) in which no running campaign has this value. */
  months: number[]
}

/**
 * Months of the year in which no running campaign reaches a value (a focus area, a language, a
 * target group). The caller chooses the values to check, for instance all focus areas but "general".
 */
export function emptyMonths<V extends string>(campaigns: PlannedCampaign[], year: number, valuesOf: (c: PlannedCampaign) => readonly string[], check: readonly V[]): EmptyMonths<V>[] {
  const plan = yearPlan(campaigns.filter(runs), year)
  return check.map((value) => ({
    value,
    months: Array.from({ length: 12 }, (_, i) => i + 1).filter((month) => !plan.some((o) => valuesOf(o.campaign).includes(value) && touchesMonth(o, year, month))),
  }))
}

function touchesMonth(o: Pick<Occurrence, 'firstDay' | 'lastDay'>, year: number, month: number): boolean {
  const first = `${year}-${String(month).padStart(2, '0')}-01`
  const last = `${year}-${String(month).padStart(2, '0')}-31`
  return o.firstDay <= last && o.lastDay >= first
}

/** Today's Malmö date, for the wheel's hand. */
export function todayIn(now: Date) {
  const w = wallTime(now)
  return { year: w.y, month: w.m, day: w.d }
}
