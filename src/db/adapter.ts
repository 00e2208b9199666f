import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'

import { pgWithHandledErrors } from './pool'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * PostgreSQL through Payload's adapter. The schema changes only through the committed migrations in
 * `src/migrations` (run by the start script and the tests), never by a schema push.
 */
export function databaseAdapter() {
  return postgresAdapter({
    pg: pgWithHandledErrors,
    pool: {
      connectionString: process.env.DATABASE_URL,
      // Fail fast when the database is away, so pages that need it answer a calm 503 quickly.
      connectionTimeoutMillis: 5_000,
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    },
    push: false,
    migrationDir: path.resolve(dirname, '../migrations'),
  })
}
