/**
 * Run one of our tsx scripts (migrate, set-up) in a child process, so the caller — `npm start`, the
 * test runners, the bench — never loads Payload itself and stays small.
 *
 * It used to start the script again when it stalled: under Node 20's ESM loader, importing Payload's
 * packages sometimes never settled (2 of 10 `scripts/migrate.ts` runs hung here). Node 24 ran it
 * 20 times out of 20 and `scripts/setup-database.ts` 15 of 15 without a stall (README, "Node"), and
 * Node 20 is no longer supported, so the retries are gone.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const tsx = path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs')

export async function runScript(script: string, { args = [] as string[], env = process.env } = {}): Promise<void> {
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [tsx, script, ...args], { stdio: 'inherit', env })
    child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)))
  })
  if (code !== 0) throw new Error(`${script} failed (exit ${code})`)
}
