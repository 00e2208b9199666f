/**
 * The process's one counter and its database writes. One statement per batch adds every gathered
 * count to its row (INSERT … ON CONFLICT DO UPDATE SET count = count + n), so several processes
 * and concurrent batches add up instead of overwriting each other.
 */
import type { BasePayload } from 'payload'
import type { Pool } from 'pg'

import { wallTime } from '@/campaigns/schedule'
import { now } from '@/site/clock'

import { BatchedCounter, type ViewRow } from './counter'

/** How often a process writes its counts (REACH_FLUSH_SECONDS, default 10). */
export function flushSeconds(): number {
  const n = Number(process.env.REACH_FLUSH_SECONDS)
  return Number.isFinite(n) && n > 0 ? n : 10
}

/** The Malmö calendar day of an instant, YYYY-MM-DD. */
export function malmoDay(instant: Date): string {
  const w = wallTime(instant)
  return `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`
}

const poolOf = (payload: BasePayload) => (payload.db as unknown as { pool: Pool }).pool

/** Adds rows' counts to the stored ones (real counts unless `demo`). */
export async function addCounts(payload: BasePayload, rows: ViewRow[], demo = false): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000)
    const params: unknown[] = []
    const values = chunk.map((r) => {
      params.push(r.day, r.collection, r.id, r.language, r.variant, demo, r.count)
      const b = params.length - 7
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7})`
    })
    await poolOf(payload).query(
      `INSERT INTO page_views (day, doc_collection, doc_id, language, variant, demo, count) VALUES ${values.join(', ')}
       ON CONFLICT (day, doc_collection, doc_id, language, variant, demo) DO UPDATE SET count = page_views.count + EXCLUDED.count`,
      params,
    )
  }
}

const slot = globalThis as unknown as { __reachCounter?: BatchedCounter }

/** This process's counter, if it counted anything yet. */
export const runningCounter = (): BatchedCounter | undefined => slot.__reachCounter

/** This process's counter, made on first use with a timer that writes what a quiet minute leaves. */
export function counterFor(payload: BasePayload): BatchedCounter {
  if (slot.__reachCounter) return slot.__reachCounter
  const everyMs = flushSeconds() * 1000
  const counter = new BatchedCounter({
    everyMs,
    clock: () => Date.now(),
    write: (rows) => addCounts(payload, rows),
    onTrouble: (error) =>
      error === undefined
        ? payload.logger.info('Page views are written again.')
        : payload.logger.warn(`Page views could not be written; kept in memory for the next try (${error instanceof Error ? error.message : String(error)}).`),
  })
  setInterval(() => void counter.flushIfDue(), everyMs).unref()
  slot.__reachCounter = counter
  return counter
}

export const today = () => malmoDay(now())
