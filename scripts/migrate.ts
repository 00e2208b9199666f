/**
 * `npm run migrate`: apply the committed migrations to the database in DATABASE_URL (or the
 * embedded one). Also used by the tests to prepare their throwaway databases.
 */
import { closePayload } from '@/db/close'
import { ensureDatabase, loadEnvironment } from '@/db/local'
import { scriptPayload } from '@/db/scriptPayload'
import { migrations } from '@/migrations'

async function main() {
  loadEnvironment()
  const db = await ensureDatabase(() => {})
  const payload = await scriptPayload()
  await payload.db.migrate({ migrations: migrations as never })
  await closePayload(payload)
  await db?.stop()
}

// Something of Payload's stays open after it is closed (with DATABASE_URL set): end when done.
main().then(() => process.exit(0), (error) => {
  console.error(error)
  process.exit(1)
})
