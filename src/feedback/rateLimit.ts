import { createHmac, randomBytes } from 'node:crypto'

/** Enough for a reader with several problems to report; too few to fill the database. */
export const perClientPerHour = 5
/** All readers together: bounds the writes even when addresses cannot be told apart or are forged. */
export const totalPerHour = 100
const hourMs = 3_600_000

/**
 * How many feedback messages each client has sent this hour, in memory only. A client is known by
 * an HMAC of its address under a salt made at random each hour and forgotten with the hour's
 * counts, so no address is kept, and a key from one hour cannot be linked to the next.
 */
export class FeedbackLimiter {
  private hour = Number.NaN
  private salt = Buffer.alloc(0)
  private counts = new Map<string, number>()
  private total = 0

  constructor(
    private readonly perClient = perClientPerHour,
    private readonly perHour = totalPerHour,
  ) {}

  /** Count one message from this address, or answer false when it is over a limit. */
  take(address: string, nowMs: number): boolean {
    const hour = Math.floor(nowMs / hourMs)
    if (hour !== this.hour) {
      this.hour = hour
      this.salt = randomBytes(32)
      this.counts.clear()
      this.total = 0
    }
    if (this.total >= this.perHour) return false
    const key = createHmac('sha256', this.salt).update(address).digest('base64url')
    const sent = this.counts.get(key) ?? 0
    if (sent >= this.perClient) return false
    this.counts.set(key, sent + 1)
    this.total++
    return true
  }

  /** What the limiter holds (for tests: keys, never addresses). */
  held(): string[] {
    return [...this.counts.keys()]
  }
}

/** One limiter per server process, even if bundling gives this module more than one copy. */
export function feedbackLimiter(): FeedbackLimiter {
  const slot = globalThis as { [key: symbol]: FeedbackLimiter | undefined }
  const key = Symbol.for('fri-fran-vald.feedbackLimiter')
  return (slot[key] ??= new FeedbackLimiter())
}
