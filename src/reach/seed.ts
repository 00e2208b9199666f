/**
 * Demo reach numbers for the demo year's campaigns and the seeded events, so the charts show
 * something on first start: views of each campaign's linked pages in its languages, during each
 * occurrence and as many days before; views of each public event's page in its spoken languages,
 * growing towards its day. Stored with `demo` set: shown only where no real count exists, and
 * marked as demo there.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { occurrencesInYear, yearOf, type Schedule } from '@/campaigns/schedule'
import type { Variant } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'

import { daysFrom, eventWindow, type CampaignPages } from './campaignReach'
import type { ViewRow } from './counter'
import { addCounts } from './store'

/** A steady made-up number per key (the seed is the same on every machine). */
function noise(key: string): number {
  let h = 2166136261
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
  return (h >>> 0) / 2 ** 32
}

const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

export async function seedDemoReach(payload: Payload, now: Date): Promise<number> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  if ((await pool.query('SELECT 1 FROM page_views WHERE demo LIMIT 1')).rowCount) return 0
  const { docs } = await payload.find({ collection: 'campaigns', depth: 0, pagination: false, overrideAccess: true })
  const rows = new Map<string, ViewRow>()
  const year = yearOf(now)
  for (const doc of docs) {
    const c = doc as unknown as CampaignPages & Schedule & { languages?: Locale[]; variant?: Variant; status?: string }
    if (c.status === 'idea' || c.status === 'cancelled') continue
    const pages = [
      ...(c.topics ?? []).map((t) => ['topics', Number(typeof t === 'object' && t ? (t as { id: number }).id : t)] as const),
      ...(c.brochures ?? []).map((b) => ['brochures', Number(typeof b === 'object' && b ? (b as { id: number }).id : b)] as const),
    ]
    for (const o of occurrencesInYear(c, year)) {
      const during = daysFrom(o.firstDay, o.lastDay)
      const before = daysFrom(shift(o.firstDay, -during.length), shift(o.firstDay, -1))
      for (const [collection, id] of pages)
        for (const language of c.languages ?? ['sv']) {
          const base = 1 + Math.floor(noise(`${collection}${id}${language}`) * (language === 'sv' ? 30 : 8))
          for (const [days, lift] of [[before, 1], [during, 2.2]] as const)
            for (const day of days) {
              const count = Math.round(base * lift * (0.6 + noise(`${day}${collection}${id}${language}`) * 0.8))
              if (!count) continue
              const variant = c.variant ?? 'adult'
              const key = `${day}|${collection}|${id}|${language}|${variant}`
              const row = rows.get(key)
              if (row) row.count = Math.max(row.count, count)
              else rows.set(key, { day, collection, id, language, variant, count })
            }
        }
    }
  }
  const { docs: events } = await payload.find({ collection: 'events', depth: 0, pagination: false, overrideAccess: true, where: { and: [{ public: { equals: true } }, { _status: { equals: 'published' } }] } })
  for (const row of demoEventRows(events as unknown as DemoEvent[])) rows.set(`${row.day}|${row.collection}|${row.id}|${row.language}|${row.variant}`, row)
  await addCounts(payload, [...rows.values()], true)
  return rows.size
}

export interface DemoEvent {
  id: number
  startsAt: string
  endsAt: string
  languages?: Locale[] | null
}

/** An event page's made-up views: in its spoken languages, over its report's days, more as the day nears. */
export function demoEventRows(events: DemoEvent[]): ViewRow[] {
  const rows: ViewRow[] = []
  for (const e of events) {
    const days = eventWindow(e)
    for (const language of e.languages?.length ? e.languages : (['sv'] as Locale[]))
      days.forEach((day, i) => {
        const nearness = (i + 1) / days.length
        const count = Math.round((language === 'sv' ? 6 : 2) * (0.3 + 1.7 * nearness ** 2) * (0.6 + noise(`${day}events${e.id}${language}`) * 0.8))
        if (count) rows.push({ day, collection: 'events', id: e.id, language, variant: 'adult', count })
      })
  }
  return rows
}
