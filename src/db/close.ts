import type { Payload } from 'payload'

/**
 * Payload's destroy() leaves the connection pool open, which keeps a script alive and makes it crash
 * when the database stops afterwards. Close both; a connection the migration runner never released
 * would make pool.end() wait forever, so it gets a second, then the sockets are dropped.
 */
export async function closePayload(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; on: (e: string, f: () => void) => void } }).pool
  await payload.destroy()
  if (!pool) return
  pool.on('error', () => {})
  await Promise.race([pool.end().catch(() => {}), new Promise((r) => setTimeout(r, 1000).unref())])
}
