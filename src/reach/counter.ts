/**
 * Page views gathered in memory and written in batches, so that reading never turns into writing
 * load: each process keeps a count per key (day, page, language, variant) and writes all of them in
 * one statement at most once per interval. While a write is in flight new views go into a fresh
 * batch (none is lost); a failed write (the database is away) puts its counts back for the next
 * one; a graceful stop writes what is left (./shutdown.ts); only a crash loses what was gathered
 * since the last write: at most one batch.
 */
import type { Variant } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'

export interface ViewKey {
  /** Malmö calendar day, YYYY-MM-DD. */
  day: string
  collection: string
  id: number
  language: Locale
  variant: Variant
}

export interface ViewRow extends ViewKey {
  count: number
}

export interface CounterOptions {
  /** Writes the rows (adding their counts to what is stored); rejects when it could not. */
  write: (rows: ViewRow[]) => Promise<void>
  /** Milliseconds, from the site's clock in production and a variable in tests. */
  clock: () => number
  everyMs: number
  /** Told once when writes start failing, and once when they work again. */
  onTrouble?: (error: unknown | undefined) => void
}

const keyOf = (k: ViewKey) => `${k.day}|${k.collection}|${k.id}|${k.language}|${k.variant}`

export class BatchedCounter {
  private pending = new Map<string, ViewRow>()
  private inFlight: Promise<void> | undefined
  private lastWrite = Number.NEGATIVE_INFINITY
  private failing = false

  constructor(private readonly options: CounterOptions) {}

  /** Counts one view; never throws, never waits for the database. */
  add(key: ViewKey, n = 1): void {
    const k = keyOf(key)
    const row = this.pending.get(k)
    if (row) row.count += n
    else this.pending.set(k, { ...key, count: n })
    void this.flushIfDue()
  }

  /** Views gathered and not yet written. */
  pendingViews(): number {
    let sum = 0
    for (const row of this.pending.values()) sum += row.count
    return sum
  }

  /** Writes the gathered counts when the interval since the last write has passed and no write is in flight. */
  flushIfDue(): Promise<void> {
    if (this.inFlight) return this.inFlight
    if (this.pending.size === 0 || this.options.clock() - this.lastWrite < this.options.everyMs) return Promise.resolve()
    return this.flushNow()
  }

  /**
   * The last write, at a graceful stop: waits for a write in flight and writes the rest, for
   * `withinMs` at most. True when everything is written; false when the bound ended it first (a
   * database that does not answer) or the write failed.
   */
  flushWithin(withinMs: number, timer = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref())): Promise<boolean> {
    const written = this.flushNow().then(() => this.pending.size === 0)
    return Promise.race([written, timer(withinMs).then(() => false)])
  }

  /** Writes now; waits for a write in flight first. */
  async flushNow(): Promise<void> {
    if (this.inFlight) await this.inFlight
    if (this.pending.size === 0) return
    const batch = this.pending
    this.pending = new Map()
    this.lastWrite = this.options.clock()
    this.inFlight = this.options
      .write([...batch.values()])
      .then(
        () => {
          if (this.failing) this.options.onTrouble?.(undefined)
          this.failing = false
        },
        (error: unknown) => {
          // Keep the counts for the next write: the map holds one row per key, so memory stays
          // bounded by the pages and days, not by the views, however long the database is away.
          for (const [k, row] of batch) {
            const now = this.pending.get(k)
            if (now) now.count += row.count
            else this.pending.set(k, row)
          }
          if (!this.failing) this.options.onTrouble?.(error)
          this.failing = true
        },
      )
      .finally(() => {
        this.inFlight = undefined
      })
    return this.inFlight
  }
}
