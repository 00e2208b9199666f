/**
 * Run a command with DATABASE_URL and PAYLOAD_SECRET set (the embedded PostgreSQL when no server is
 * configured), e.g. `npm run payload -- migrate:create name`.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase, loadEnvironment, projectDir } from '@/db/local'

async function main() {
  const [cmd, ...args] = process.argv.slice(2)
  if (!cmd) {
    console.error('usage: tsx scripts/with-db.ts <command> [args…]')
    process.exit(2)
  }
  loadEnvironment()
  const db = await ensureDatabase(() => {})
  const child = spawn(cmd, args, { cwd: projectDir, stdio: 'inherit', env: process.env, shell: false })
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)))
  await db?.stop()
  process.exit(code)
}

void main()
