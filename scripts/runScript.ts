/**
 * Run one of our tsx scripts in a child process, and run it again if it stalls while loading.
 *
 * Why: under Node 20's own ESM loader, importing Payload's packages sometimes never settles (a
 * top-level await inside a module cycle); the process then ends early, having done nothing
 * (seen here in about one run out of three). Scripts set exit code 75 first and exit 0 only when
 * their work is done, so a stall is told apart from success and from a real failure.
 * Next's bundles and Vitest are not affected; only scripts run by tsx are.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

export const STALLED = 75

const tsx = path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs')

function once(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, script, ...args], { stdio: 'inherit', env })
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function runScript(script: string, { args = [] as string[], env = process.env, attempts = 6 } = {}): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const code = await once(script, args, env)
    if (code === 0) return
    // 13: Node's "unsettled top-level await"; 75: ended before its work was done.
    if (code !== STALLED && code !== 13) throw new Error(`${script} failed (exit ${code})`)
  }
  throw new Error(`${script} stalled while loading ${attempts} times`)
}

/** Call first thing in a script: until `finish()`, an early end of the process counts as a stall. */
export function markUnfinished() {
  process.exitCode = STALLED
}

export function finish(): never {
  process.exit(0)
}
