/**
 * `npm start`: one command from a fresh clone to a running portal. Starts the embedded PostgreSQL
 * when DATABASE_URL is unset, migrates, seeds demo content on first run, builds when the sources
 * changed since the last build, and serves the site and the admin on PORT (3000).
 * `npm run dev` does the same with Next's development server.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { closePayload } from '@/db/close'
import { ensureDatabase, loadEnvironment, projectDir } from '@/db/local'

const dev = process.argv.includes('--dev')
const port = process.env.PORT ?? '3000'
const nextBin = path.join(projectDir, 'node_modules', 'next', 'dist', 'bin', 'next')

/** A fingerprint of everything a build depends on, to build only when something changed. */
function sourceStamp(): string {
  const hash = createHash('sha256')
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name))
    } else hash.update(`${path.relative(projectDir, p)}:${stat.size}:${stat.mtimeMs}\n`)
  }
  for (const p of ['src', 'messages', 'public', 'payload.config.ts', 'next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    visit(path.join(projectDir, p))
  }
  return hash.digest('hex')
}

function runNext(args: string[]) {
  return spawn(process.execPath, [nextBin, ...args], { cwd: projectDir, stdio: 'inherit', env: process.env })
}

async function main() {
  loadEnvironment()
  const db = await ensureDatabase()
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
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  try {
    const { prepare } = await import('./prepare')
    const payload = await prepare()
    await closePayload(payload)
  } catch (error) {
    console.error('\nCould not prepare the database:', error instanceof Error ? error.message : error)
    await shutdown(1)
    return
  }

  if (!dev) {
    const stampFile = path.join(projectDir, '.next', 'source-stamp')
    const stamp = sourceStamp()
    const built = fs.existsSync(path.join(projectDir, '.next', 'BUILD_ID')) && fs.readFileSync(stampFile, 'utf8').trim() === stamp
    if (!built || process.env.FORCE_BUILD) {
      console.log('Building the portal (next build, about a minute) …')
      const code = await new Promise<number>((resolve) => runNext(['build']).once('exit', (c) => resolve(c ?? 1)))
      if (code !== 0) return shutdown(code)
      fs.writeFileSync(stampFile, stamp)
    }
  }

  const site = process.env.SITE_URL || `http://localhost:${port}`
  console.log(`\n  Fri från våld is starting:\n    public site  ${site}/sv\n    admin        ${site}/admin\n    stop with Ctrl+C\n`)
  child = runNext(dev ? ['dev', '-p', port] : ['start', '-p', port])
  child.once('exit', (code) => void shutdown(code ?? 0))
}

void main()
