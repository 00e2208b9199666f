/**
 * Whether the database answers, known without asking it on a reader's request: a TCP connect to its
 * port once a second, off the request path (PostgreSQL logs nothing for a connection that sends
 * nothing). Pages already in Next's cache keep being served while it is away; the proxy and the API
 * read this to answer a calm 503 for what would need the database. The watch also logs the outage's
 * end (src/resilience/outage.ts).
 */
import net from 'node:net'

import { countSilenced, isDatabaseUnavailable, outageActive, outageBegins, outageEnds } from './outage'

const everyMs = 1_000

interface Watch {
  up: boolean
  timer?: NodeJS.Timeout
  /** A query through the app's pool (src/db/pool.ts), and whether one is under way. */
  check?: () => Promise<unknown>
  checking?: boolean
}

// One watch per server process, also when the proxy bundle is loaded more than once.
const state = ((globalThis as { __databaseWatch?: Watch }).__databaseWatch ??= { up: true })

function target(): { host: string; port: number } | undefined {
  try {
    const url = new URL(process.env.DATABASE_URL ?? '')
    return { host: url.hostname || '127.0.0.1', port: Number(url.port || 5432) }
  } catch {
    return undefined
  }
}

function probe(host: string, port: number) {
  const socket = net.connect({ host, port })
  socket.setTimeout(everyMs)
  const done = (open: boolean) => {
    socket.destroy()
    if (!open) {
      state.up = false
      outageBegins(`nothing answers on ${host}:${port}`)
    } else if (!outageActive() || !state.check) {
      state.up = true
      outageEnds()
    } else if (!state.checking) {
      // While it shuts down or starts, its port is open but it refuses queries: the outage is over
      // when one succeeds (an error that is not about reaching it means it answered too).
      state.checking = true
      const noAnswer = new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error('No answer to a query within 5 s'), { code: 'ETIMEDOUT' })), 5 * everyMs).unref())
      Promise.race([state.check(), noAnswer]).then(
        () => back(),
        (error) => (databaseFailed(error) ? (state.up = false) : back()),
      ).finally(() => (state.checking = false))
    }
  }
  socket.once('connect', () => done(true))
  socket.once('timeout', () => done(false))
  socket.once('error', () => done(false))
}

function back() {
  state.up = true
  outageEnds()
}

/** How the watch tells that the database works again after an outage: a query through the app's pool. */
export function confirmRecoveryWith(check: () => Promise<unknown>) {
  state.check = check
}

/** True unless the last probe found the database unreachable. Starts the watch on first call. */
export function databaseIsUp(): boolean {
  watch()
  return state.up
}

/**
 * For an error from a database call: true when it says the database could not be reached. Then
 * the outage is logged (once) instead of the error, and the watch logs its end.
 */
export function databaseFailed(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false
  watch()
  outageBegins(innermostMessage(error))
  countSilenced()
  return true
}

/** The driver's own words (the outer errors carry the SQL, which stays out of the log). */
function innermostMessage(error: unknown): string {
  let message = 'connection lost'
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const m = (e as { message?: unknown }).message
    if (typeof m === 'string' && m) message = m
  }
  return message.split('\n')[0].slice(0, 120)
}

function watch() {
  if (!state.timer) {
    const t = target()
    if (!t) return
    state.timer = setInterval(() => probe(t.host, t.port), everyMs)
    state.timer.unref()
  }
}
