/**
 * The filters of the wheel, the list and the calendar feed, read from query parameters. The same
 * parameters work in all three, so a filtered wheel's address gives the matching feed. Unknown
 * values are errors (a clear 400), never silently ignored.
 */
import { campaignStatuses, channels, focusAreas, targetGroups, type CampaignStatus, type Channel, type FocusArea, type TargetGroup } from '@/content/taxonomy'
import { isLocale, type Locale } from '@/i18n/locales'

import type { PlannedCampaign } from './planning'

export interface CampaignFilters {
  focusArea?: FocusArea
  targetGroup?: TargetGroup
  language?: Locale
  channel?: Channel
  status?: CampaignStatus
  owner?: number
}

export interface WheelOptions extends CampaignFilters {
  year: number
  rings: 'focusAreas' | 'targetGroups'
}

type Params = { get(name: string): string | null }

const oneOf = <T extends string>(list: readonly { value: T }[], value: string): value is T => list.some((x) => x.value === value)

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] }

export function parseFilters(params: Params): Parsed<CampaignFilters> {
  const errors: string[] = []
  const out: CampaignFilters = {}
  const read = (name: string) => {
    const v = params.get(name)
    return v == null || v === '' ? undefined : v
  }
  const focus = read('focusArea')
  if (focus !== undefined) oneOf(focusAreas, focus) ? (out.focusArea = focus) : errors.push(`focusArea: unknown value "${focus}"`)
  const group = read('targetGroup')
  if (group !== undefined) oneOf(targetGroups, group) ? (out.targetGroup = group) : errors.push(`targetGroup: unknown value "${group}"`)
  const language = read('language')
  if (language !== undefined) isLocale(language) ? (out.language = language) : errors.push(`language: unknown value "${language}"`)
  const channel = read('channel')
  if (channel !== undefined) oneOf(channels, channel) ? (out.channel = channel) : errors.push(`channel: unknown value "${channel}"`)
  const status = read('status')
  if (status !== undefined) oneOf(campaignStatuses, status) ? (out.status = status) : errors.push(`status: unknown value "${status}"`)
  const owner = read('owner')
  if (owner !== undefined) /^[1-9]\d{0,9}$/.test(owner) ? (out.owner = Number(owner)) : errors.push(`owner: not a user id "${owner}"`)
  return errors.length ? { ok: false, errors } : { ok: true, value: out }
}

export function parseWheelOptions(params: Params, currentYear: number): Parsed<WheelOptions> {
  const filters = parseFilters(params)
  const errors = filters.ok ? [] : [...filters.errors]
  const yearText = params.get('year')
  let year = currentYear
  if (yearText) {
    if (/^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100) year = Number(yearText)
    else errors.push(`year: not a year between 2000 and 2100 "${yearText}"`)
  }
  const ringsText = params.get('rings') || 'focusAreas'
  if (ringsText !== 'focusAreas' && ringsText !== 'targetGroups') errors.push(`rings: unknown value "${ringsText}"`)
  if (errors.length || !filters.ok) return { ok: false, errors }
  return { ok: true, value: { ...filters.value, year, rings: ringsText as WheelOptions['rings'] } }
}

export function matches(c: PlannedCampaign, f: CampaignFilters): boolean {
  return (
    (!f.focusArea || c.focusAreas.includes(f.focusArea)) &&
    (!f.targetGroup || c.targetGroups.includes(f.targetGroup)) &&
    (!f.language || c.languages.includes(f.language)) &&
    (!f.channel || c.channels.includes(f.channel)) &&
    (!f.status || c.status === f.status) &&
    (!f.owner || c.owner === f.owner)
  )
}

/** The query string of these options (for links between the wheel, the list and the exports). */
export function toQuery(o: Partial<WheelOptions>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(o)) if (v !== undefined && String(v) !== '') q.set(k, String(v))
  return q.toString()
}
