/**
 * `npm run db:restore -- file`: replace everything in the database (DATABASE_URL, or the embedded
 * one) with a backup made by `npm run db:backup`. Stop the portal first. A missing, damaged or
 * mismatched file is refused with a sentence saying why (exit code 2), and the database is unchanged.
 */
import path from 'node:path'

import { BackupError, readBackup, restore } from '@/db/backup'
import { ensureDatabase, loadEnvironment } from '@/db/local'

import { runScript } from './runScript'

async function main() {
  const arg = process.argv[2]
  if (!arg) throw new BackupError('Name the backup file to restore: npm run db:restore -- <file>')
  const file = path.resolve(arg)
  // Check the file before touching (or even starting) the database.
  await readBackup(file)
  loadEnvironment()
  const db = await ensureDatabase(() => {})
  try {
    const manifest = await restore(process.env.DATABASE_URL!, file, () => runScript('scripts/migrate.ts', { env: process.env }))
    console.log(`Restored ${manifest.tables.length} tables from ${file} (made ${manifest.createdAt}).`)
  } finally {
    await db?.stop()
  }
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `db:restore: ${error.message}` : error)
  process.exit(error instanceof BackupError ? 2 : 1)
})
