/**
 * `npm run db:setup`: migrate, seed an empty database and create the first admin, then exit.
 * `npm start` runs it before starting the server; so can a container or the tests.
 */
import { closePayload } from '@/db/close'
import { ensureDatabase, loadEnvironment } from '@/db/local'

import { prepare } from './prepare'
async function main() {
  loadEnvironment()
  const db = await ensureDatabase(() => {})
  await closePayload(await prepare({ seedDemo: process.env.SEED_DEMO !== 'false' }))
  await db?.stop()
}

// Something of Payload's stays open after it is closed (with DATABASE_URL set): end when done.
main().then(() => process.exit(0), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
