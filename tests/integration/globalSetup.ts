import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createThrowawayDatabase, type ThrowawayDatabase } from '../support/throwawayDatabase'

let db: ThrowawayDatabase | undefined

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
  // Migrate in a child process: Payload keeps handles open that would hold this one.
  execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: db.url, PAYLOAD_SECRET: secret },
    stdio: 'inherit',
  })
  project.provide('databaseUrl', db.url)
  project.provide('payloadSecret', secret)
}

export async function teardown() {
  await db?.dispose()
}
