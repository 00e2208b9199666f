import type { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type Drizzle = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

/** The connection of the request's transaction (else the pool), so SQL of ours commits or rolls back with it. */
export async function connection(payload: Payload, req?: PayloadRequest): Promise<Drizzle> {
  const db = payload.db as unknown as { drizzle: Drizzle; sessions?: Record<string, { db: Drizzle }> }
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id && db.sessions?.[String(id)]?.db) || db.drizzle
}
