import { randomBytes } from 'node:crypto'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { runScript } from '../../scripts/runScript'
import { createThrowawayDatabase, type ThrowawayDatabase } from '../support/throwawayDatabase'

let db: ThrowawayDatabase | undefined

async function hasTable(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_tables WHERE tablename = $1', [table])
    return rowCount === 1
  } finally {
    await client.end()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    payloadSecret: string
  }
}

/** One throwaway database for the integration run, migrated by the committed migrations. */
export async function setup(project: TestProject) {
  db = await createThrowawayDatabase('integration', Number(process.env.TEST_PG_PORT ?? 54349))
  const secret = randomBytes(16).toString('hex')
  // Migrate in a child process (see scripts/runScript.ts), then check that the schema is there, so
  // a failed migration shows here and not as puzzling test failures.
  await runScript('scripts/migrate.ts', { env: { ...process.env, DATABASE_URL: db.url, PAYLOAD_SECRET: secret } })
  if (!(await hasTable(db.url, 'users'))) throw new Error('The migrations did not create the schema.')
  project.provide('databaseUrl', db.url)
  project.provide('payloadSecret', secret)
}

export async function teardown() {
  await db?.dispose()
}
