import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The shared secret of the jobs tick: JOBS_SECRET when set (a separate worker's cron needs it),
 * otherwise derived from PAYLOAD_SECRET so the single-machine setup needs no configuration.
 */
export function tickSecret(): string {
  return process.env.JOBS_SECRET || createHmac('sha256', process.env.PAYLOAD_SECRET || '').update('jobs-tick').digest('hex')
}

/** Does this Authorization header carry the tick secret? (Constant-time comparison.) */
export function isTickAuthorized(header: string | null | undefined): boolean {
  const expected = Buffer.from(`Bearer ${tickSecret()}`)
  const given = Buffer.from(header ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
