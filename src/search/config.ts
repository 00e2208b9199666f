import { sql } from '@payloadcms/db-postgres'

import type { Drizzle as Db } from '@/db/connection'

let available: Promise<Set<string>> | undefined

/**
 * The text-search configuration to use for a language: its own where this PostgreSQL has one
 * (pg_ts_config), else `simple`, which still matches whole words in any script.
 */
export async function textSearchConfig(db: Db, wanted: string): Promise<string> {
  available ??= db
    .execute(sql`SELECT cfgname FROM pg_ts_config`)
    .then((r) => new Set(r.rows.map((row) => String(row.cfgname))))
    .catch((error) => {
      available = undefined
      throw error
    })
  return (await available).has(wanted) ? wanted : 'simple'
}
