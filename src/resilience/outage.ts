/**
 * The database's outages in the server log: one line when it goes, a running count while it stays
 * away (every OUTAGE_REPORT_SECONDS, a minute by default) and one line when it is back. Without this,
 * every request that failed meanwhile logged the SQL and a stack trace, about 30 lines each.
 */

interface Outage {
  since?: number
  /** Requests answered 503 during this outage. */
  answered: number
  /** Failed database calls not logged during this outage. */
  silenced: number
  timer?: NodeJS.Timeout
}

// One record per server process, also when this module is bundled more than once (proxy, routes).
const state = ((globalThis as { __databaseOutage?: Outage }).__databaseOutage ??= { answered: 0, silenced: 0 })

/** Error codes and messages of a database that cannot be reached (not of a query it refused). */
const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03'])
const unreachableMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection|the database system is (shutting down|starting up|in recovery mode)|connect ECONNREFUSED/i

/**
 * Whether an error, or one it was caused by, says the database could not be reached. GraphQL keeps
 * the error it wraps as `originalError`, not as `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; e = underlying(e), depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && (unreachableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
    if (typeof message === 'string' && unreachableMessages.test(message)) return true
  }
  return false
}

function underlying(error: object): unknown {
  const { cause, originalError } = error as { cause?: unknown; originalError?: unknown }
  return cause ?? originalError
}

const reportEveryMs = () => Math.max(1, Number(process.env.OUTAGE_REPORT_SECONDS) || 60) * 1000
const clockTime = (ms: number) => new Date(ms).toISOString().slice(11, 19)
const duration = (ms: number) => (ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`)

export function outageActive(): boolean {
  return state.since !== undefined
}

/** The database went away: logged once, however many requests notice it. */
export function outageBegins(reason: string) {
  if (state.since !== undefined) return
  state.since = Date.now()
  state.answered = 0
  state.silenced = 0
  console.error(`Database unavailable (${reason}). Cached pages are still served; what needs the database is answered 503 until it is back.`)
  state.timer = setInterval(() => {
    if (state.since === undefined) return
    console.error(
      `Database still unavailable (since ${clockTime(state.since)} UTC, ${duration(Date.now() - state.since)}): ${state.answered} requests answered 503 so far, ${state.silenced} failed database calls not logged.`,
    )
  }, reportEveryMs())
  state.timer.unref()
}

export function outageEnds() {
  if (state.since === undefined) return
  clearInterval(state.timer)
  console.error(`Database available again after ${duration(Date.now() - state.since)}; ${state.answered} requests answered 503 meanwhile.`)
  state.since = undefined
  state.timer = undefined
}

/** A request answered 503 because the database is away. */
export function countUnavailableAnswer() {
  state.answered += 1
}

/** A failed database call left out of the log (it is part of the outage already logged). */
export function countSilenced() {
  state.silenced += 1
}
