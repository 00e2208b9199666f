/**
 * Build the Next app only when something it is built from changed since the last build.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectDir } from '@/db/local'

const nextBin = path.join(projectDir, 'node_modules', 'next', 'dist', 'bin', 'next')
const distDir = () => path.join(projectDir, process.env.NEXT_DIST_DIR || '.next')

/** A fingerprint of everything a build depends on. */
export function sourceStamp(): string {
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

/**
 * Run the Next CLI with the portal's environment (and without Next's telemetry). With `log`, its
 * output is also written to that file (the browser tests read what the server logged).
 */
export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env, log?: string) {
  const child = spawn(process.execPath, [nextBin, ...args], {
    cwd: projectDir,
    stdio: log ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (log) {
    const file = fs.createWriteStream(log, { flags: 'a' })
    child.stdout!.on('data', (chunk) => (process.stdout.write(chunk), file.write(chunk)))
    child.stderr!.on('data', (chunk) => (process.stderr.write(chunk), file.write(chunk)))
    child.once('exit', () => file.end())
  }
  return child
}

export async function buildIfNeeded(log: (s: string) => void = console.log, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const stamp = sourceStamp()
  const stampFile = path.join(distDir(), 'source-stamp')
  const built =
    fs.existsSync(path.join(distDir(), 'BUILD_ID')) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8').trim() === stamp
  if (built && !process.env.FORCE_BUILD) return
  log('Building the portal (next build, about a minute) …')
  const code = await new Promise<number>((resolve) => runNext(['build'], env).once('exit', (c) => resolve(c ?? 1)))
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  fs.writeFileSync(stampFile, stamp)
}

/**
 * Forget Next's data cache. It lives in the build folder and outlives the database it was read
 * from (a reset, a restore, the tests' throwaway databases), so each start begins cold.
 */
export function clearDataCache() {
  fs.rmSync(path.join(distDir(), 'cache', 'fetch-cache'), { recursive: true, force: true })
}
