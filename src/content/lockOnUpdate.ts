import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook } from 'payload'

import { connection } from '@/db/connection'
import { collectionTable } from '@/db/tables'

/**
 * Two saves of one document at the same moment must not undo each other. Payload reads the whole
 * document (every language), merges the change in and writes it all back; two such saves in
 * parallel each write back the other's stale text. Locking the row first, inside the save's own
 * transaction, makes the second save wait for the first and read what it wrote: a translator's
 * Finnish and an editor's Swedish both stay, and for one field the later save wins, with the earlier
 * one in the version history.
 */
export const lockOnUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || !req.transactionID) return args
  const db = await connection(req.payload, req)
  await db.execute(sql`SELECT 1 FROM ${sql.identifier(collectionTable(req.payload, collection.slug))} WHERE id = ${id} FOR UPDATE`)
  return args
}
