/**
 * `npm run db:backup -- [file]`: the whole database (DATABASE_URL, or the embedded one) into one
 * file, by default backups/fri-fran-vald-<time>.backup.gz. Restore with `npm run db:restore -- file`.
 * Uploaded files live in media/ and are backed up with the folder, not here.
 */
import fs from 'node:fs'
import path from 'node:path'

import { backup, BackupError } from '@/db/backup'
import { ensureDatabase, loadEnvironment, projectDir } from '@/db/local'

async function main() {
  loadEnvironment()
  const file = path.resolve(process.argv[2] ?? path.join(projectDir, 'backups', `fri-fran-vald-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`))
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const db = await ensureDatabase(() => {})
  try {
    const manifest = await backup(process.env.DATABASE_URL!, file)
    console.log(`Backed up ${manifest.tables.length} tables to ${file}`)
  } finally {
    await db?.stop()
  }
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `db:backup: ${error.message}` : error)
  process.exit(error instanceof BackupError ? 2 : 1)
})
