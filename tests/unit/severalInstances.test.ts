/**
 * Pieces of running on several machines that need no servers to check: the shared cache's distrust
 * after a Redis failure, the embedded PostgreSQL's refusal of a second instance, and an image whose
 * start never builds. The whole (two instances, Redis, nginx, a bucket) is
 * tests/e2e/multiInstance.spec.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { runningPostmaster } from '@/db/embedded'
import { differences, fingerprint } from '@/sharedCache/sameBuild'
import { emptiedAfterFailures, keepsNoNotFound } from '@/sharedCache/cacheHandler.mjs'

type Handler = { get(k: string, m: object): Promise<unknown>; set(k: string, v: unknown, c?: object): Promise<void>; revalidateTag(t: string): Promise<void> }

/** A Redis with one stored page and a switch to make it fail, and what was asked of it. */
function fakeRedis() {
  const state = { down: false, ready: true, keys: new Map<string, string>([['p:page', 'old']]), scans: 0 }
  const failIfDown = () => {
    if (state.down) throw new Error('Redis is not answering')
  }
  const inner: Handler = {
    get: async (k) => (failIfDown(), state.keys.get(`p:${k}`) ?? null),
    set: async (k, v) => (failIfDown(), void state.keys.set(`p:${k}`, String(v))),
    revalidateTag: async (t) => (failIfDown(), void state.keys.delete(`p:${t}`)),
  }
  const client = {
    get isReady() {
      return state.ready
    },
    scan: async () => (state.scans++, failIfDown(), { cursor: '0', keys: [...state.keys.keys()] }),
    unlink: async (keys: string[]) => keys.forEach((k) => state.keys.delete(k)),
  }
  return { state, inner, client }
}

describe('the shared cache after Redis failed', () => {
  it('reads and writes Redis while nothing failed', async () => {
    const { inner, client } = fakeRedis()
    const { handler } = emptiedAfterFailures(inner, client, 'p:', () => {})
    expect(await handler.get('page', {})).toBe('old')
  })

  it('misses and writes nothing until it has emptied Redis once, then trusts it again', async () => {
    const { state, inner, client } = fakeRedis()
    const logs: string[] = []
    const { handler } = emptiedAfterFailures(inner, client, 'p:', (l: string) => logs.push(l))
    state.down = true
    // An expiry lost while Redis is away: Redis keeps the old page.
    await expect(handler.revalidateTag('page')).rejects.toThrow()
    expect(state.keys.get('p:page')).toBe('old')
    state.down = false
    state.ready = false
    // Reconnecting: a miss, no write, no emptying yet.
    expect(await handler.get('page', {})).toBeNull()
    await handler.set('other', 'new')
    expect(state.keys.has('p:other')).toBe(false)
    expect(state.scans).toBe(0)
    state.ready = true
    // Back: the first read starts the emptying and is still a miss; the old page is never served.
    expect(await handler.get('page', {})).toBeNull()
    await expect.poll(() => state.keys.size).toBe(0)
    expect(await handler.get('page', {})).toBeNull()
    await handler.set('page', 'fresh')
    expect(await handler.get('page', {})).toBe('fresh')
    expect(logs).toHaveLength(2)
  })

  it('empties again when Redis fails during the emptying', async () => {
    const { state, inner, client } = fakeRedis()
    const { handler, distrust } = emptiedAfterFailures(inner, client, 'p:', () => {})
    distrust()
    state.down = true
    expect(await handler.get('page', {})).toBeNull()
    await expect.poll(() => state.scans).toBe(1)
    state.down = false
    expect(await handler.get('page', {})).toBeNull()
    await expect.poll(() => state.keys.size).toBe(0)
    expect(state.scans).toBe(2)
  })
})

describe('the cache keeps no "not found"', () => {
  const page = (status: number) => ({ kind: 'APP_PAGE', html: '<html></html>', status, headers: {} })

  it('drops the write of a 404 page and passes every other write on', async () => {
    const { state, inner } = fakeRedis()
    const cache = keepsNoNotFound(inner)
    await cache.set('invented', page(404))
    await cache.set('found', page(200))
    await cache.set('data', { kind: 'FETCH', data: { status: 404 } })
    expect(state.keys.has('p:invented')).toBe(false)
    expect(state.keys.has('p:found')).toBe(true)
    // The data cache's own values are not answers to readers: kept even if they hold a 404.
    expect(state.keys.has('p:data')).toBe(true)
    expect(await cache.get('page', {})).toBe('old')
  })
})

describe('the embedded PostgreSQL', () => {
  const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fff-pid-'))

  it('knows it already serves a data folder from its lock file while that process runs', () => {
    const dir = dataDir()
    expect(runningPostmaster(dir)).toBeUndefined()
    fs.writeFileSync(path.join(dir, 'postmaster.pid'), `${process.pid}\n${dir}\n`)
    expect(runningPostmaster(dir)).toBe(process.pid)
    fs.rmSync(dir, { recursive: true })
  })

  it('ignores the lock file a crashed one left behind', () => {
    const dir = dataDir()
    // Above Linux's largest process id: no such process.
    fs.writeFileSync(path.join(dir, 'postmaster.pid'), `${2 ** 22 + 1}\n${dir}\n`)
    expect(runningPostmaster(dir)).toBeUndefined()
    fs.rmSync(dir, { recursive: true })
  })
})

describe('instances of one deployment compared', () => {
  const env = { NEXT_DEPLOYMENT_ID: 'v7', PAYLOAD_SECRET: 'a'.repeat(64), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'k'.repeat(44) }

  it('agree when build and secrets are the same, and store no secret', () => {
    const running = fingerprint(env, 'build-1')
    expect(differences(running, fingerprint({ ...env }, 'build-1'), 'v7')).toEqual([])
    expect(JSON.stringify(running)).not.toContain('aaaa')
  })

  it('name what differs: a secret, the key, the build', () => {
    const running = fingerprint(env, 'build-1')
    expect(differences(running, fingerprint({ ...env, PAYLOAD_SECRET: 'b'.repeat(64) }, 'build-1'), 'v7')).toEqual([`PAYLOAD_SECRET differs from the running instances' of deployment "v7".`])
    expect(differences(running, fingerprint({ ...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'x' }, 'build-1'), 'v7')[0]).toMatch(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY differs/)
    expect(differences(running, fingerprint(env, 'build-2'), 'v7')[0]).toMatch(/another build/)
  })
})

describe('the image every instance runs', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  /** The Dockerfile's stages: name and instructions (continuation lines joined, comments dropped). */
  const stages = () => {
    const lines = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ').split('\n')
    const out: { name: string; instructions: string[] }[] = []
    for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
      const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line)
      if (from) out.push({ name: from[1] ?? '', instructions: [] })
      else out.at(-1)?.instructions.push(line)
    }
    return out
  }

  it('starts the standalone server as the unprivileged user, with a health check; nothing in its last stage builds, installs or migrates', () => {
    const runtime = stages().at(-1)!
    expect(runtime.name).toBe('runtime')
    const of = (word: string) => runtime.instructions.filter((i) => i.toUpperCase().startsWith(`${word} `))
    expect(of('CMD')).toEqual(['CMD ["node", "server.js"]'])
    expect(of('ENTRYPOINT')).toEqual([])
    expect(of('USER')).toEqual(['USER node'])
    expect(of('HEALTHCHECK')).toHaveLength(1)
    for (const run of of('RUN')) expect(run).not.toMatch(/\b(npm|npx|yarn|pnpm|tsx|payload|build|migrat\w*)\b|(^|\s)next\s/)
    // Only Next's standalone output, its static files and public/: no sources, no full node_modules.
    expect(of('COPY').map((c) => c.split(/\s+/).filter((w) => !w.startsWith('--'))[1])).toEqual(['/app/.next/standalone', '/app/.next/static', '/app/public'])
  })

  it('is what the app instances and the worker run, with its own command; only the one-shot migrate uses the build stage', () => {
    const { services } = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<string, { build?: { target?: string }; command?: unknown; entrypoint?: unknown; restart?: string }>
    }
    for (const name of ['app', 'worker']) {
      expect(services[name].build?.target, name).toBe('runtime')
      expect(services[name].command, name).toBeUndefined()
      expect(services[name].entrypoint, name).toBeUndefined()
    }
    const onBuildStage = Object.entries(services).filter(([, s]) => s.build?.target === 'build')
    expect(onBuildStage.map(([name]) => name)).toEqual(['migrate'])
    expect(services.migrate.command).toEqual(['npm', 'run', 'db:setup'])
    expect(services.migrate.restart).toBe('no')
  })
})
