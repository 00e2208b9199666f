/**
 * `npm run db:setup`: migrate, seed an empty database and create the first admin, then exit.
 * For a server started some other way (docker compose, the tests).
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

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
