/** A weak secret stops the portal before it serves anything: the scripts and `next start` alike. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { newSecret } from '@/db/local'
import { register } from '@/instrumentation'
import { MIN_SECRET_LENGTH, secretProblems, severalInstancesProblems } from '@/site/secrets'

const strong = 'a'.repeat(MIN_SECRET_LENGTH)

describe('the secrets a start accepts', () => {
  it('refuses an empty or short PAYLOAD_SECRET and a short JOBS_SECRET, each with its reason', () => {
    expect(secretProblems({})).toEqual(['PAYLOAD_SECRET is empty.'])
    expect(secretProblems({ PAYLOAD_SECRET: '' })).toEqual(['PAYLOAD_SECRET is empty.'])
    expect(secretProblems({ PAYLOAD_SECRET: strong.slice(1) })[0]).toMatch(/PAYLOAD_SECRET is 31 characters long; it must have at least 32/)
    expect(secretProblems({ PAYLOAD_SECRET: strong, JOBS_SECRET: 'worker' })[0]).toMatch(/JOBS_SECRET is 6 characters long/)
    expect(secretProblems({ PAYLOAD_SECRET: 'short', JOBS_SECRET: 'short' })).toHaveLength(2)
  })

  it('accepts 32 characters, an unset JOBS_SECRET, and the secret a new install generates', () => {
    expect(secretProblems({ PAYLOAD_SECRET: strong })).toEqual([])
    expect(secretProblems({ PAYLOAD_SECRET: strong, JOBS_SECRET: '' })).toEqual([])
    expect(secretProblems({ PAYLOAD_SECRET: strong, JOBS_SECRET: strong })).toEqual([])
    expect(secretProblems({ PAYLOAD_SECRET: newSecret() })).toEqual([])
  })
})

describe('what several instances (REDIS_URL) must share', () => {
  const all = { REDIS_URL: 'redis://cache:6379', PAYLOAD_SECRET: strong, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'), NEXT_DEPLOYMENT_ID: 'v42' }

  it('asks nothing of one machine (no REDIS_URL)', () => {
    expect(severalInstancesProblems({ PAYLOAD_SECRET: strong })).toEqual([])
  })

  it('names each missing value and refuses a key that is not an AES key in base64', () => {
    expect(severalInstancesProblems(all)).toEqual([])
    for (const name of ['PAYLOAD_SECRET', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'NEXT_DEPLOYMENT_ID'] as const) {
      const problems = severalInstancesProblems({ ...all, [name]: '' })
      expect(problems, name).toHaveLength(1)
      expect(problems[0]).toMatch(new RegExp(`^${name} is not set; every instance needs the same one`))
    }
    expect(severalInstancesProblems({ ...all, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'my-key' })[0]).toMatch(/AES key in base64/)
  })
})

describe('refusing to start', () => {
  afterEach(() => vi.restoreAllMocks())

  it('npm start exits with the reason before it starts a database or a server', () => {
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
    const env = { ...process.env, PAYLOAD_SECRET: 'change-me', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }
    const run = spawnSync(process.execPath, [tsx, 'scripts/start.ts'], { env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('PAYLOAD_SECRET is 9 characters long')
    expect(run.stdout).not.toContain('Using the PostgreSQL server')
  })

  it('next start exits with the reason when started by hand with a short JOBS_SECRET', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exited')
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    vi.stubEnv('PAYLOAD_SECRET', strong)
    vi.stubEnv('JOBS_SECRET', 'cron')
    vi.stubEnv('JOBS_TICK_SECONDS', '0')
    await expect(register()).rejects.toThrow('exited')
    expect(exit).toHaveBeenCalledWith(1)
    expect(String(error.mock.calls[0]?.[0])).toContain('JOBS_SECRET is 4 characters long')
    vi.unstubAllEnvs()
  })

  it('next start, one of several instances, exits when a shared value is missing', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exited')
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubEnv('NEXT_RUNTIME', 'nodejs')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', strong)
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1')
    vi.stubEnv('NEXT_DEPLOYMENT_ID', 'v1')
    vi.stubEnv('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', '')
    vi.stubEnv('JOBS_TICK_SECONDS', '0')
    await expect(register()).rejects.toThrow('exited')
    expect(exit).toHaveBeenCalledWith(1)
    expect(String(error.mock.calls[0]?.[0])).toMatch(/REDIS_URL is set[\s\S]*NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/)
    vi.unstubAllEnvs()
  })

  it('npm start with REDIS_URL refuses the embedded PostgreSQL, which serves one machine only', () => {
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
    const env = { ...process.env, PAYLOAD_SECRET: strong, REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: '' }
    const run = spawnSync(process.execPath, [tsx, 'scripts/start.ts'], { env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('the embedded PostgreSQL serves one machine only')
  })
})
