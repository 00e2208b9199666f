/**
 * `npm start`: one command from a fresh clone to a running portal. Starts the embedded PostgreSQL
 * when DATABASE_URL is unset, migrates, seeds demo content on first run, builds when the sources
 * changed since the last build, and serves the site and the admin on PORT (3000).
 * `npm run dev` does the same with Next's development server.
 */
import { ensureDatabase, loadEnvironment } from '@/db/local'

import { buildIfNeeded, clearDataCache, runNext } from './build'
import { runScript } from './runScript'

const dev = process.argv.includes('--dev')
const port = process.env.PORT ?? '3000'

async function main() {
  loadEnvironment()
  // PostgreSQL apart from the terminal's Ctrl+C: it is stopped last, after Next has written its last page views.
  const db = await ensureDatabase(console.log, { ownProcessGroup: true }).catch((error: Error) => {
    console.error('\nThe portal could not start:', error.message)
    process.exit(1)
  })
  let child: ReturnType<typeof runNext> | undefined
  let stopping = false
  const shutdown = async (code = 0) => {
    if (stopping) return
    stopping = true
    if (child && child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((r) => child!.once('exit', r))
    }
    await db?.stop()
    process.exit(code)
  }
  // SIGHUP: the terminal was closed; PostgreSQL, in a group of its own, does not get it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0))

  try {
    // Migrate, seed on first run, create the first admin (in a child: see runScript.ts).
    await runScript('scripts/setup-database.ts')
    if (!dev) await buildIfNeeded()
    clearDataCache()
  } catch (error) {
    console.error('\nThe portal could not start:', error instanceof Error ? error.message : error)
    return shutdown(1)
  }

  const site = process.env.SITE_URL || `http://localhost:${port}`
  console.log(`\n  Fri från våld is starting:\n    public site  ${site}/sv\n    admin        ${site}/admin\n    stop with Ctrl+C\n`)
  child = runNext(dev ? ['dev', '-p', port] : ['start', '-p', port])
  child.once('exit', (code) => void shutdown(code ?? 0))
}

void main()
