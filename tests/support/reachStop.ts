/**
 * A server process in small, for tests/integration/reach.test.ts: it counts VIEWS page views of the
 * topic DOC_ID with the real counter and store (REACH_FLUSH_SECONDS an hour, so all but the first
 * wait in memory), hooks the stop in as src/instrumentation.ts does, says "ready" and waits to be
 * stopped. Its own SIGTERM/SIGINT handler does what Next's does (start-server.js): close the server
 * (here, a turn of the event loop), then `process.exit(128 + signal)` without waiting for anything.
 */
import pg from 'pg'
import type { BasePayload } from 'payload'

import { flushViewsOnStop } from '@/reach/shutdown'
import { counterFor } from '@/reach/store'

for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
  process.on(signal, () => void new Promise((r) => setImmediate(r)).then(() => process.exit(code)))
}
flushViewsOnStop()

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
const counter = counterFor({ db: { pool }, logger: console } as unknown as BasePayload)
const views = Number(process.env.VIEWS)
for (let i = 0; i < views; i++) counter.add({ day: '2031-03-10', collection: 'topics', id: Number(process.env.DOC_ID), language: 'sv', variant: 'adult' })
// The first view went out at once (nothing was written before); wait for that write, if it can be made.
await Promise.race([counter.flushIfDue(), new Promise((r) => setTimeout(r, 2000))])
console.log(`ready ${counter.pendingViews()}`)
setInterval(() => {}, 60_000)
