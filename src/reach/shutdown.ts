/**
 * The last batch of page views at a graceful stop: SIGTERM (Docker, systemd, `npm start`'s own stop)
 * or SIGINT (Ctrl+C). Next's handler for both (`next start` and the standalone `server.js` alike,
 * next/dist/server/lib/start-server.js) closes the HTTP server, waits for the requests in flight,
 * closes the Next server and then calls `process.exit(128 + signal)`, without waiting for anything
 * of ours. So the write is made at that exit: after the last request has counted its view, and
 * bounded, so that a database that does not answer cannot hold up the stop.
 */
import { constants } from 'node:os'

import type { BatchedCounter } from './counter'
import { runningCounter } from './store'

/** The longest a stop waits for the last write (Docker kills after 10 s; Next's own close comes first). */
export const stopFlushMs = 3000

export type StoppingProcess = Pick<NodeJS.Process, 'prependOnceListener' | 'listenerCount'> & { exit: (code?: number) => void }

export function flushViewsOnStop({
  proc = process as StoppingProcess,
  counter = runningCounter,
  withinMs = stopFlushMs,
  timer,
}: {
  proc?: StoppingProcess
  counter?: () => BatchedCounter | undefined
  withinMs?: number
  timer?: (ms: number) => Promise<void>
} = {}): void {
  let stopping = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    const exit = proc.exit.bind(proc)
    let exiting = false
    proc.exit = (code?: number) => {
      if (exiting) return
      exiting = true
      const c = counter()
      void (c ? c.flushWithin(withinMs, timer) : Promise.resolve(true))
        .then((written) => {
          if (!written) console.warn(`Page views: ${c?.pendingViews() ?? 0} could not be written before the stop (the database refused them or did not answer within ${withinMs / 1000} s).`)
        })
        .finally(() => exit(code))
    }
    // Our listener replaced Node's own ending of the process; with no other (Next's), end it as Node would.
    if (proc.listenerCount(signal) === 0) proc.exit(128 + constants.signals[signal])
  }
  // First in line, so the exit is deferred before any other listener (Next's) could call it.
  proc.prependOnceListener('SIGTERM', onSignal)
  proc.prependOnceListener('SIGINT', onSignal)
}
