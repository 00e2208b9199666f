/**
 * PostgreSQL going away under the running app: it ends every connection, and pg reports that for a
 * connection idling in the pool (or checked out between two statements) as an 'error' event. Left
 * unheard, Node throws it as an uncaughtException: Next only logs it, a stricter runner exits.
 * Here the server ends this process's connections (as it does when it stops) while several idle in
 * the adapter's pool and one is checked out, and nothing may reach the process's last-resort handlers.
 */
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'

/** Names this process's connections, so that only they are ended (the files share one server). */
const application = `pool-errors-${process.pid}`
const uncaught: unknown[] = []
const note = (error: unknown) => void uncaught.push(error)
let payload: Payload
let admin: pg.Client

beforeAll(async () => {
  const plain = process.env.DATABASE_URL!
  const named = new URL(plain)
  named.searchParams.set('application_name', application)
  process.env.DATABASE_URL = named.toString()
  // Imported only now: the adapter reads DATABASE_URL when the config is loaded.
  const { getTestPayload } = await import('../support/payload')
  payload = await getTestPayload()
  admin = new pg.Client({ connectionString: plain })
  await admin.connect()
  process.on('uncaughtException', note)
  process.on('unhandledRejection', note)
})

afterAll(async () => {
  process.off('uncaughtException', note)
  process.off('unhandledRejection', note)
  await admin?.end()
})

it('connections the server ends while they idle in the pool are handled, and the next query works', async () => {
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  // Reads at once open several connections, which then idle in the pool.
  await Promise.all(Array.from({ length: 4 }, () => payload.find({ collection: 'topics', limit: 1, overrideAccess: true })))
  expect(pool.idleCount).toBeGreaterThan(1)
  // And one checked out, as in a transaction between two statements.
  const checkedOut = await pool.connect()

  const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [application])
  expect(ended.rowCount).toBeGreaterThan(pool.idleCount)
  // The pool drops each connection once pg has seen it end.
  await expect.poll(() => pool.idleCount, { timeout: 10_000 }).toBe(0)
  await expect.poll(() => (checkedOut as unknown as { _ending: boolean; _ended?: boolean })._ended, { timeout: 10_000 }).toBe(true)
  checkedOut.release(true)

  expect(uncaught).toEqual([])
  const { docs } = await payload.find({ collection: 'topics', limit: 1, overrideAccess: true })
  expect(Array.isArray(docs)).toBe(true)
})
