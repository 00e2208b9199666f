/**
 * Whether the database answers, known without asking it on a reader's request: a TCP connect to its
 * port once a second, off the request path (PostgreSQL logs nothing for a connection that sends
 * nothing). Pages already in Next's cache keep being served while it is away; only the proxy reads
 * this, to answer a calm 503 for the pages that would need the database.
 */
import net from 'node:net'

const everyMs = 1_000

interface Watch {
  up: boolean
  timer?: NodeJS.Timeout
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
  const done = (up: boolean) => {
    state.up = up
    socket.destroy()
  }
  socket.once('connect', () => done(true))
  socket.once('timeout', () => done(false))
  socket.once('error', () => done(false))
}

/** True unless the last probe found the database unreachable. Starts the watch on first call. */
export function databaseIsUp(): boolean {
  if (!state.timer) {
    const t = target()
    if (!t) return true
    state.timer = setInterval(() => probe(t.host, t.port), everyMs)
    state.timer.unref()
  }
  return state.up
}
