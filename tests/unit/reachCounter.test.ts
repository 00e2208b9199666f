import { EventEmitter } from 'node:events'

import { describe, expect, it } from 'vitest'

import { BatchedCounter, type ViewKey, type ViewRow } from '@/reach/counter'
import { isRobot } from '@/reach/robots'
import { flushViewsOnStop, type StoppingProcess } from '@/reach/shutdown'

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

/** A bound the test ends itself: the time a stop may wait for the database, without waiting in real time. */
function bound() {
  const asked: number[] = []
  let end!: () => void
  const over = new Promise<void>((r) => (end = r))
  return { asked, end, timer: (ms: number) => (asked.push(ms), over) }
}

/** A writer like a database that accepted the connection and never answers. */
const hanging = () => new Promise<void>(() => {})

describe('the last batch at a graceful stop', () => {
  it('writes what was gathered since the last write, though the interval has not passed', async () => {
    const { clock, counter, total } = setup({ everyMs: 10_000 })
    for (let v = 0; v < 100; v++) counter.add(page(v % 4))
    clock.ms += 3000
    for (let v = 0; v < 50; v++) counter.add(page(v % 4, 'ar'))
    await counter.flushIfDue()
    expect(counter.pendingViews()).toBeGreaterThan(0)
    const { timer } = bound()
    expect(await counter.flushWithin(3000, timer)).toBe(true)
    expect(total()).toBe(150)
    expect(counter.pendingViews()).toBe(0)
  })

  it('waits for a write in flight and writes what came meanwhile', async () => {
    const stored: ViewRow[] = []
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const counter = new BatchedCounter({ everyMs: 10_000, clock: () => 0, write: async (rows) => (await gate, void stored.push(...rows)) })
    counter.add(page(1))
    counter.add(page(1))
    const stopping = counter.flushWithin(3000, bound().timer)
    release()
    expect(await stopping).toBe(true)
    expect(stored.reduce((a, r) => a + r.count, 0)).toBe(2)
  })

  it('gives up when the bound is over: a database that never answers does not hold up the stop', async () => {
    const counter = new BatchedCounter({ everyMs: 10_000, clock: () => 0, write: hanging })
    counter.add(page(1))
    counter.add(page(2))
    const b = bound()
    const stopping = counter.flushWithin(3000, b.timer)
    expect(b.asked).toEqual([3000])
    b.end()
    expect(await stopping).toBe(false)
  })
})

/** A process as Next's server sees it: signal listeners and an exit the test watches. */
function fakeProcess() {
  const events = new EventEmitter()
  const exits: number[] = []
  const proc = Object.assign(events, { exit: (code?: number) => void exits.push(code ?? 0) }) as unknown as StoppingProcess & EventEmitter
  return { proc, exits }
}

describe('a SIGTERM or SIGINT', () => {
  it('lets Next close the server first, then writes the views of the last requests before Next’s exit ends the process', async () => {
    const { proc, exits } = fakeProcess()
    const stored: ViewRow[] = []
    const counter = new BatchedCounter({ everyMs: 10_000, clock: () => 0, write: async (rows) => void stored.push(...rows) })
    counter.add(page(1))
    counter.add(page(1))
    // Next's own handler (start-server.js): registered first; closes the server, then exits with 128 + 15.
    let nextExit!: () => void
    proc.on('SIGTERM', () => (nextExit = () => proc.exit(143)))
    flushViewsOnStop({ proc, counter: () => counter, timer: bound().timer })
    proc.emit('SIGTERM', 'SIGTERM')
    // A request still in flight while the server closes counts its view.
    counter.add(page(2))
    nextExit()
    expect(exits).toEqual([])
    await expect.poll(() => exits).toEqual([143])
    expect(stored.reduce((a, r) => a + r.count, 0)).toBe(3)
  })

  it('ends the process within the bound when the database does not answer', async () => {
    const { proc, exits } = fakeProcess()
    const counter = new BatchedCounter({ everyMs: 10_000, clock: () => 0, write: hanging })
    counter.add(page(1))
    counter.add(page(1))
    proc.on('SIGINT', () => proc.exit(130))
    const b = bound()
    flushViewsOnStop({ proc, counter: () => counter, timer: b.timer, withinMs: 2500 })
    proc.emit('SIGINT', 'SIGINT')
    expect(exits).toEqual([])
    expect(b.asked).toEqual([2500])
    b.end()
    await expect.poll(() => exits).toEqual([130])
  })

  it('ends the process itself, as Node would, when nothing else listens for the signal', async () => {
    const { proc, exits } = fakeProcess()
    const stored: ViewRow[] = []
    const counter = new BatchedCounter({ everyMs: 10_000, clock: () => 0, write: async (rows) => void stored.push(...rows) })
    counter.add(page(1))
    counter.add(page(1))
    flushViewsOnStop({ proc, counter: () => counter, timer: bound().timer })
    proc.emit('SIGTERM', 'SIGTERM')
    await expect.poll(() => exits).toEqual([143])
    expect(stored.reduce((a, r) => a + r.count, 0)).toBe(2)
  })

  it('leaves any other exit alone, and a process without a counter stops at once', async () => {
    const { proc, exits } = fakeProcess()
    flushViewsOnStop({ proc, counter: () => undefined, timer: bound().timer })
    proc.exit(1)
    expect(exits).toEqual([1])
    proc.on('SIGTERM', () => proc.exit(143))
    proc.emit('SIGTERM', 'SIGTERM')
    await expect.poll(() => exits).toEqual([1, 143])
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
