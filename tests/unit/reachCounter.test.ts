import { describe, expect, it } from 'vitest'

import { BatchedCounter, type ViewKey, type ViewRow } from '@/reach/counter'
import { isRobot } from '@/reach/robots'

const page = (i: number, language: ViewKey['language'] = 'sv'): ViewKey => ({ day: '2026-11-25', collection: 'topics', id: i, language, variant: 'adult' })

/** A counter against a fake database and a clock the test moves. */
function setup({ everyMs = 10_000, fail = () => false }: { everyMs?: number; fail?: () => boolean } = {}) {
  const clock = { ms: 0 }
  const stored = new Map<string, number>()
  const writes: ViewRow[][] = []
  const counter = new BatchedCounter({
    everyMs,
    clock: () => clock.ms,
    write: async (rows) => {
      writes.push(rows)
      if (fail()) throw new Error('database away')
      for (const r of rows) stored.set(`${r.id}:${r.language}`, (stored.get(`${r.id}:${r.language}`) ?? 0) + r.count)
    },
  })
  const total = () => [...stored.values()].reduce((a, b) => a + b, 0)
  return { clock, stored, writes, counter, total }
}

describe('the batched page-view counter', () => {
  it('turns 1,000 views a second into one write per interval, and loses none', async () => {
    const { clock, writes, counter, total } = setup({ everyMs: 10_000 })
    for (let second = 0; second < 60; second++) {
      for (let v = 0; v < 1000; v++) counter.add(page(v % 7, v % 3 ? 'sv' : 'ar'))
      clock.ms += 1000
      await counter.flushIfDue()
    }
    await counter.flushNow()
    // 60 simulated seconds at a write per 10 s (the first view writes at once) plus the final flush.
    expect(writes.length).toBeLessThanOrEqual(8)
    expect(writes.length / 60).toBeLessThan(1)
    expect(total()).toBe(60_000)
    // Each write is one row per key, not one per view.
    for (const w of writes) expect(w.length).toBeLessThanOrEqual(14)
  })

  it('never loses views counted while a write is in flight', async () => {
    const clock = { ms: 0 }
    const stored: ViewRow[] = []
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const counter = new BatchedCounter({
      everyMs: 1000,
      clock: () => clock.ms,
      write: async (rows) => {
        await gate
        stored.push(...rows)
      },
    })
    counter.add(page(1))
    const first = counter.flushIfDue()
    // The write is waiting on the database; views keep arriving, from many requests at once.
    await Promise.all(Array.from({ length: 500 }, async () => counter.add(page(1))))
    expect(counter.pendingViews()).toBe(500)
    release()
    await first
    clock.ms += 1000
    await counter.flushIfDue()
    expect(stored.reduce((a, r) => a + r.count, 0)).toBe(501)
    expect(counter.pendingViews()).toBe(0)
  })

  it('a crash between batches loses at most the one batch gathered since the last write', async () => {
    const { clock, counter, total } = setup({ everyMs: 10_000 })
    let counted = 0
    let sinceWrite = 0
    let batchMax = 0
    for (let second = 0; second < 95; second++) {
      for (let v = 0; v < 50; v++) counter.add(page(v % 5))
      counted += 50
      sinceWrite += 50
      clock.ms += 1000
      const before = total()
      await counter.flushIfDue()
      if (total() !== before) {
        batchMax = Math.max(batchMax, sinceWrite)
        sinceWrite = 0
      }
    }
    // The process dies here: what is in memory is gone, the database keeps the rest.
    const lost = counted - total()
    expect(lost).toBe(counter.pendingViews())
    expect(lost).toBeGreaterThan(0)
    expect(lost).toBeLessThanOrEqual(batchMax)
  })

  it('a stopped database fails no view and loses nothing: the counts wait for the next write', async () => {
    let away = true
    const { clock, writes, counter, total } = setup({ everyMs: 5000, fail: () => away })
    for (let second = 0; second < 30; second++) {
      expect(() => counter.add(page(2))).not.toThrow()
      clock.ms += 1000
      await counter.flushIfDue()
    }
    expect(total()).toBe(0)
    expect(writes.length).toBeLessThanOrEqual(7)
    away = false
    clock.ms += 5000
    await counter.flushIfDue()
    expect(total()).toBe(30)
  })
})

describe('robots', () => {
  it('are known by their user agent; browsers are counted', () => {
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0 Safari/537.36', 'curl/8.5.0', '', undefined, 'python-requests/2.31'])
      expect(isRobot(ua)).toBe(true)
    for (const ua of ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'])
      expect(isRobot(ua)).toBe(false)
  })
})
