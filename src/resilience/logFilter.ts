/**
 * While the database is away, every request that needs it fails, and Next and Payload log each
 * failure in full: the SQL, the parameters, the stack. These filters drop exactly those (the
 * failures that say the database could not be reached) and count them instead; the outage itself is
 * logged once (src/resilience/outage.ts). Every other error is logged as before.
 */
import type { LogFn } from 'pino'

import { databaseFailed } from './databaseWatch'
import { outageActive } from './outage'

const carriesDatabaseFailure = (arg: unknown) => arg instanceof Error ? databaseFailed(arg) : Boolean(arg && typeof arg === 'object' && 'err' in arg && databaseFailed((arg as { err: unknown }).err))

/** For console.error: Next logs a page's or a route's failure there. Installed once per process. */
export function filterConsoleDuringOutages() {
  const marked = globalThis as { __outageConsoleFilter?: boolean }
  if (marked.__outageConsoleFilter) return
  marked.__outageConsoleFilter = true
  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    if (args.some(carriesDatabaseFailure)) return
    original(...args)
  }
}

/** For Payload's logger (pino): its API errors, and its adapter's "Reconnecting to postgres" each second. */
export function logMethod(this: unknown, args: Parameters<LogFn>, method: LogFn) {
  if (args.some(carriesDatabaseFailure)) return
  if (outageActive() && args.some((a) => typeof a === 'string' && /reconnecting to postgres/i.test(a))) return
  ;(method as (...a: unknown[]) => void).apply(this, args)
}
