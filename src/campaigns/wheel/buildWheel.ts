/**
 * From the plan to what the wheel, the list and the exports show, for one year and one set of
 * filters. Pure: the plan, the key dates and "now" are parameters.
 */
import { campaignStatuses, channels, focusAreas, targetGroups, type FocusArea, type TargetGroup } from '@/content/taxonomy'
import { eventMarks, type EventMark, type PlannedEvent } from '@/events/planning'
import { localeCodes, locales } from '@/i18n/locales'

import { matches, type WheelOptions } from '../filters'
import { resolveKeyDate, type KeyDate, type ResolvedKeyDate } from '../keyDates'
import { emptyMonths, overlaps, todayIn, yearPlan, type EmptyMonths, type YearOccurrence } from '../planning'
import type { CampaignRecord } from '../queries'
import { wallTime } from '../schedule'

import type { WheelData } from './svg'

export type Lang = 'sv' | 'en'

const text = {
  sv: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
    monthsLong: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    title: (y: number) => `Årshjul ${y} – kampanjer`,
    today: 'Idag',
    week: 'v.',
    owner: 'Ansvarig',
    groups: 'Målgrupper',
    empty: (ring: string, month: string) => `Ingen kampanj för ${ring} i ${month}`,
    languageGap: (month: string, langs: string) => `Språk utan kampanj i ${month}: ${langs}`,
    overlap: 'Överlapp',
    recurring: 'återkommer',
    allDay: 'hela dagar',
    event: 'Evenemang',
    cancelled: 'Inställt',
    notPublic: 'visas inte på webbplatsen',
  },
  en: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    monthsLong: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    title: (y: number) => `Annual wheel ${y} – campaigns`,
    today: 'Today',
    week: 'w.',
    owner: 'Owner',
    groups: 'Target groups',
    empty: (ring: string, month: string) => `No campaign for ${ring} in ${month}`,
    languageGap: (month: string, langs: string) => `Languages without a campaign in ${month}: ${langs}`,
    overlap: 'Overlap',
    recurring: 'recurring',
    allDay: 'whole days',
    event: 'Event',
    cancelled: 'Cancelled',
    notPublic: 'not shown on the site',
  },
}

export const wheelText = (lang: Lang) => text[lang]

const label = (list: readonly { value: string; label: { sv: string; en: string } }[], value: string, lang: Lang) => list.find((x) => x.value === value)?.label[lang] ?? value

export const labels = {
  focusArea: (v: string, lang: Lang) => label(focusAreas, v, lang),
  targetGroup: (v: string, lang: Lang) => label(targetGroups, v, lang),
  channel: (v: string, lang: Lang) => label(channels, v, lang),
  status: (v: string, lang: Lang) => label(campaignStatuses, v, lang),
  language: (v: string) => locales.find((l) => l.code === v)?.nativeName ?? v,
}

/** "25 nov 2026 – 10 dec 2026", or with times for campaigns that have them. */
export function formatWhen(o: { start: Date; end: Date; firstDay: string; lastDay: string }, allDay: boolean): string {
  if (allDay) return o.firstDay === o.lastDay ? o.firstDay : `${o.firstDay} – ${o.lastDay}`
  const t = (d: Date) => {
    const w = wallTime(d)
    return `${String(w.hh).padStart(2, '0')}:${String(w.mm).padStart(2, '0')}`
  }
  return `${o.firstDay} ${t(o.start)} – ${o.lastDay} ${t(o.end)}`
}

export interface WheelModel {
  data: WheelData
  occurrences: YearOccurrence<CampaignRecord>[]
  gaps: { focusAreas: EmptyMonths<FocusArea>[]; languages: EmptyMonths<string>[]; targetGroups: EmptyMonths<TargetGroup>[] }
  overlaps: ReturnType<typeof overlaps>
  keyDates: ResolvedKeyDate[]
  /** Events of the year shown: those of the campaigns chosen, and those of no campaign. */
  events: EventMark[]
}

export function buildWheel(
  plan: CampaignRecord[],
  opts: WheelOptions,
  keyDates: KeyDate[],
  now: Date,
  lang: Lang,
  href: (id: number) => string,
  events: PlannedEvent[] = [],
  eventHref: (id: number) => string = (id) => `/admin/collections/events/${id}`,
): WheelModel {
  const t = text[lang]
  const chosen = plan.filter((c) => matches(c, opts))
  const occurrences = yearPlan(chosen, opts.year)
  const ringsByFocus = opts.rings === 'focusAreas'
  const ringList = ringsByFocus ? focusAreas : targetGroups
  const rings = ringList.map((r) => ({ value: r.value, label: r.label[lang] }))
  const ringValues = ringList.map((r) => r.value)
  const ringsOf = (c: CampaignRecord) => (ringsByFocus ? c.focusAreas : c.targetGroups)

  const checkedFocus = focusAreas.map((f) => f.value).filter((f) => f !== 'general')
  const gapsFocus = emptyMonths(chosen, opts.year, (c) => c.focusAreas, checkedFocus)
  const gapsGroups = emptyMonths(chosen, opts.year, (c) => c.targetGroups, targetGroups.map((g) => g.value))
  const gapsLanguages = emptyMonths(chosen, opts.year, (c) => c.languages, localeCodes)
  const ringGaps = ringsByFocus ? gapsFocus : gapsGroups

  const found = overlaps(chosen, opts.year)
  const overlapBands = found.flatMap((o) =>
    o.weeks.map((week) => {
      const monday = mondayOfWeek(week)
      return {
        firstDay: monday,
        lastDay: addDays(monday, 6),
        text: `${o.a.title} / ${o.b.title} (${o.targetGroups.map((g) => labels.targetGroup(g, lang)).join(', ')}, ${t.week} ${Number(week.slice(-2))})`,
      }
    }),
  )

  const chosenIds = new Set(chosen.map((c) => c.id))
  const marks = eventMarks(events, opts.year).filter((e) => e.campaign === null || chosenIds.has(e.campaign))

  const today = todayIn(now)
  const resolved = keyDates.map((k) => resolveKeyDate(k, opts.year)).filter((k): k is ResolvedKeyDate => Boolean(k))
  const data: WheelData = {
    year: opts.year,
    title: t.title(opts.year),
    today: today.year === opts.year ? `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}` : undefined,
    todayLabel: t.today,
    monthNames: t.months,
    weekLabel: t.week,
    rings,
    arcs: occurrences.map((o) => ({
      id: o.campaign.id,
      title: o.campaign.title,
      firstDay: o.firstDay,
      lastDay: o.lastDay,
      status: o.campaign.status,
      statusLabel: labels.status(o.campaign.status, lang),
      details: [
        formatWhen(o, Boolean(o.campaign.allDay) || o.campaign.recurrence === 'weekOf') + (o.campaign.recurrence !== 'none' ? ` (${t.recurring})` : ''),
        `${t.groups}: ${o.campaign.targetGroups.map((g) => labels.targetGroup(g, lang)).join(', ')}`,
        o.campaign.ownerName ? `${t.owner}: ${o.campaign.ownerName}` : '',
      ].filter(Boolean),
      href: href(o.campaign.id),
      rings: ringsOf(o.campaign).filter((r) => (ringValues as string[]).includes(r)),
    })),
    keyDates: resolved,
    events: marks.map((e) => ({
      id: e.id,
      day: e.day,
      href: eventHref(e.id),
      label: [`${t.event}: ${e.cancelled ? `${t.cancelled}: ` : ''}${e.title}`, e.day, e.venueName, e.public && e.published ? '' : t.notPublic].filter(Boolean).join('. '),
    })),
    emptyMonths: Object.fromEntries(ringGaps.map((g) => [g.value, g.months])),
    emptyLabel: (ring, month) => t.empty(rings.find((r) => r.value === ring)?.label ?? ring, t.monthsLong[month - 1]),
    overlaps: overlapBands,
    overlapLabel: t.overlap,
    languageGaps: Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [i + 1, gapsLanguages.filter((g) => g.months.includes(i + 1)).map((g) => g.value)]),
    ),
    languageGapLabel: (month, langs) => t.languageGap(t.monthsLong[month - 1], langs.map(labels.language).join(', ')),
  }
  return { data, occurrences, gaps: { focusAreas: gapsFocus, languages: gapsLanguages, targetGroups: gapsGroups }, overlaps: found, keyDates: resolved, events: marks }
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
}

/** Monday of an ISO week key such as 2026-W48. */
function mondayOfWeek(key: string): string {
  const [year, week] = [Number(key.slice(0, 4)), Number(key.slice(-2))]
  const jan4 = Date.UTC(year, 0, 4)
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000
  return new Date(monday1 + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10)
}
