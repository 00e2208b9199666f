/**
 * Several servers, as in production (README: Several servers), on loopback: app instances A and B of
 * the same build on the run's PostgreSQL, sharing Next's cache in a redis-server of their own, nginx
 * (the edge's configuration) balancing between them, and one worker ticking. Runs last and alone
 * (project "several-instances"); the run's own app is stopped meanwhile, since its tick would
 * compete with the worker's. Skipped, and says so, only without redis-server or nginx.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'
import pg from 'pg'

import { adminHeaders, swedishAndEnglishTopic } from './support'

const redisServer = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => fs.existsSync(p))
const nginx = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => p && fs.existsSync(p))
const control = process.env.E2E_CONTROL_URL
const missing = !redisServer
  ? 'redis-server is not installed (Debian: apt-get install redis-server)'
  : !nginx
    ? 'nginx is not installed'
    : !control || !process.env.E2E_DATABASE_URL
      ? 'needs the control server and database of tests/e2e/run.ts'
      : ''

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fff-several-'))
const nextBin = path.resolve('node_modules/next/dist/bin/next')
const jobsSecret = randomBytes(24).toString('hex')
/** What every instance and the worker share (README: Several servers). */
const shared = {
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  NEXT_DEPLOYMENT_ID: `e2e-${randomBytes(4).toString('hex')}`,
  JOBS_SECRET: jobsSecret,
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).ok
  } catch {
    return false
  }
}

/** A `next start` of the run's build (the runner's NEXT_DIST_DIR) with the shared settings. */
function instance(name: string, port: number, env: Record<string, string>) {
  let child: ChildProcess | undefined
  const log = path.join(dir, `${name}.log`)
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    log,
    async start() {
      const out = fs.openSync(log, 'a')
      child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
        env: { ...process.env, ...shared, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', out, out],
      })
      fs.closeSync(out)
      await expect.poll(() => answers(`${this.url}/sv`), { timeout: 120_000, intervals: [500], message: `${name} starts (log: ${log})` }).toBe(true)
    },
    async stop() {
      const running = child
      if (!running || running.exitCode !== null || running.signalCode !== null) return
      const exited = new Promise((r) => running.once('exit', r))
      running.kill('SIGTERM')
      // Next waits for open connections (the edge keeps some alive) before it exits; a stop must not hang.
      const late = new Promise((r) => AbortSignal.timeout(15_000).addEventListener('abort', r))
      if ((await Promise.race([exited.then(() => 'exited'), late])) !== 'exited') running.kill('SIGKILL')
      await exited
    },
  }
}

/** `npm run edge` in front of instances already running: nginx alone, balancing between them. */
function edgeFor(port: number, upstreams: string[]) {
  let child: ChildProcess | undefined
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    async start() {
      const out = fs.openSync(path.join(dir, 'edge.log'), 'a')
      child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/edge.ts'], {
        env: { ...process.env, EDGE_PORT: String(port), EDGE_UPSTREAM: upstreams.join(',') },
        stdio: ['ignore', out, out],
      })
      fs.closeSync(out)
      await expect.poll(async () => (await fetch(`${url}/_edge/health`).catch(() => undefined))?.status, { timeout: 20_000, intervals: [200] }).toBe(204)
    },
    async stop() {
      const running = child
      if (!running || running.exitCode !== null) return
      const exited = new Promise((r) => running.once('exit', r))
      running.kill('SIGTERM')
      await exited
    },
  }
}

/** Debian's redis-server on loopback, saving what it holds when stopped (as a production one would). */
function redis(port: number) {
  let child: ChildProcess | undefined
  const ping = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'))
      socket.once('data', (d) => (socket.destroy(), resolve(d.toString().startsWith('+PONG'))))
      socket.once('error', () => resolve(false))
    })
  return {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(redisServer!, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '3600 1', '--appendonly', 'no'], { stdio: 'ignore' })
      await expect.poll(ping, { timeout: 20_000, intervals: [200] }).toBe(true)
    },
    async stop() {
      const running = child
      if (!running || running.exitCode !== null) return
      const exited = new Promise((r) => running.once('exit', r))
      running.kill('SIGTERM')
      await exited
    },
  }
}

async function appOfTheRun(action: 'stop' | 'start') {
  const res = await fetch(`${control}/app/${action}`, { method: 'POST' })
  expect(res.status, await res.text()).toBe(204)
}

const text = async (url: string) => {
  const res = await fetch(url)
  return `${res.status} ${await res.text()}`
}

test.describe.configure({ mode: 'serial' })

test.describe(`two app instances, a worker, Redis and the edge${missing ? ` (skipped: ${missing})` : ''}`, () => {
  test.skip(!!missing, missing)

  let cache: ReturnType<typeof redis>
  let a: ReturnType<typeof instance>
  let b: ReturnType<typeof instance>
  let worker: ReturnType<typeof instance>
  let edge: ReturnType<typeof edgeFor>
  let viaA: APIRequestContext
  let topic: { id: number; sv: string; en: string }
  const pages = () => [`/sv/amne/${topic.sv}`, `/en/amne/${topic.en}`]

  test.beforeAll(async () => {
    test.setTimeout(300_000)
    await appOfTheRun('stop')
    cache = redis(await freePort())
    await cache.start()
    const app = { REDIS_URL: cache.url, JOBS_TICK_SECONDS: '0' }
    a = instance('a', await freePort(), app)
    b = instance('b', await freePort(), app)
    // The worker: the same command with the default tick (every second here), never behind the edge.
    worker = instance('worker', await freePort(), { REDIS_URL: cache.url, JOBS_TICK_SECONDS: '1' })
    await Promise.all([a.start(), b.start(), worker.start()])
    edge = edgeFor(await freePort(), [a, b].map((i) => i.url.replace('http://', '')))
    await edge.start()
    viaA = await playwrightRequest.newContext({ baseURL: a.url })
    topic = await swedishAndEnglishTopic(viaA, `flera-${Date.now()}`)
  })

  test.afterAll(async () => {
    test.setTimeout(180_000)
    await viaA?.dispose()
    await edge?.stop()
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()])
    await cache?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
    await appOfTheRun('start')
  })

  test('an instance of the same deployment with another encryption key refuses to start, and says why', async () => {
    test.setTimeout(90_000)
    const log = path.join(dir, 'odd.log')
    const out = fs.openSync(log, 'a')
    const odd = spawn(process.execPath, [nextBin, 'start', '-p', String(await freePort())], {
      env: { ...process.env, ...shared, REDIS_URL: cache.url, JOBS_TICK_SECONDS: '0', NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64') },
      stdio: ['ignore', out, out],
    })
    fs.closeSync(out)
    const exited = new Promise((r) => odd.once('exit', r))
    try {
      await expect.poll(() => odd.exitCode, { timeout: 60_000, message: `refuses (log: ${log})` }).toBe(1)
    } finally {
      if (odd.exitCode === null) odd.kill('SIGKILL')
      await exited
    }
    expect(fs.readFileSync(log, 'utf8')).toContain(`NEXT_SERVER_ACTIONS_ENCRYPTION_KEY differs from the running instances' of deployment "${shared.NEXT_DEPLOYMENT_ID}"`)
  })

  test('a page rendered by B is served from the shared cache by A; a publish or unpublish through A shows through B and the edge within 10 s', async () => {
    test.setTimeout(120_000)
    for (const page of pages()) {
      expect((await fetch(b.url + page)).status, page).toBe(200)
      expect((await fetch(edge.url + page)).status, page).toBe(200)
      // A never rendered it, yet has it: from Redis.
      expect((await fetch(a.url + page)).headers.get('x-nextjs-cache'), page).toBe('HIT')
    }
    const marker = { sv: `Ny text ${Date.now()}`, en: `New text ${Date.now()}` }
    for (const locale of ['sv', 'en'] as const) {
      const saved = await viaA.patch(`/api/topics/${topic.id}?locale=${locale}`, { headers: adminHeaders(), data: { adult: { summary: marker[locale] }, _status: 'published' } })
      expect(saved.status(), await saved.text()).toBe(200)
    }
    for (const [i, page] of pages().entries()) {
      const expected = i === 0 ? marker.sv : marker.en
      for (const server of [b.url, edge.url]) await expect.poll(() => text(server + page), { timeout: 10_000, message: server + page }).toContain(expected)
    }

    const unpublished = await viaA.patch(`/api/topics/${topic.id}?locale=sv`, { headers: adminHeaders(), data: { _status: 'draft' } })
    expect(unpublished.status(), await unpublished.text()).toBe(200)
    for (const page of pages()) {
      for (const server of [b.url, edge.url]) await expect.poll(async () => (await fetch(server + page)).status, { timeout: 10_000, message: server + page }).toBe(404)
    }
    const republished = await viaA.patch(`/api/topics/${topic.id}?locale=sv`, { headers: adminHeaders(), data: { _status: 'published' } })
    expect(republished.status()).toBe(200)
    // Through the edge too: the tests after this one must not meet its copy of the 404.
    for (const server of [b.url, edge.url]) await expect.poll(async () => (await fetch(server + pages()[0])).status, { timeout: 10_000, message: server }).toBe(200)
  })

  test('a scheduled publish runs once, though A and B tick beside the worker (by mistake)', async () => {
    test.setTimeout(120_000)
    const slug = `schemalagd-flera-${Date.now()}`
    const created = await viaA.post('/api/topics?locale=sv&draft=true', {
      headers: adminHeaders(),
      data: { slug, adult: { title: 'Schemalagt på flera servrar', summary: 'Publiceras en gång' }, focusArea: 'general', _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const me = ((await (await viaA.get('/api/users/me', { headers: adminHeaders() })).json()) as { user: { id: number } }).user
    expect((await fetch(`${b.url}/sv/amne/${slug}`)).status).toBe(404)

    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
    await db.connect()
    try {
      const since = new Date()
      await db.query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', $2)`, [
        JSON.stringify({ type: 'publish', doc: { relationTo: 'topics', value: String(id) }, user: { relationTo: 'users', value: me.id } }),
        new Date(Date.now() + 3_000).toISOString(),
      ])
      // Payload's queue can hand one job to two runners: A and B tick as fast as they can beside the worker.
      let published = false
      const tickers = [a, b].map(async (i) => {
        while (!published) await fetch(`${i.url}/api/jobs/tick`, { headers: { Authorization: `Bearer ${jobsSecret}` } })
      })
      try {
        for (const server of [b.url, a.url, edge.url]) {
          await expect.poll(async () => (await fetch(`${server}/sv/amne/${slug}`)).status, { timeout: 30_000, message: server }).toBe(200)
        }
      } finally {
        published = true
        await Promise.all(tickers)
      }
      const versions = await db.query(`SELECT count(*)::int AS n FROM _topics_v WHERE parent_id = $1 AND version__status = 'published' AND created_at >= $2`, [id, since])
      expect(versions.rows[0].n).toBe(1)
      // Done and removed, as Payload does with a job that succeeded (a failed one stays, with its error).
      const job = await db.query(`SELECT id FROM payload_jobs WHERE input->'doc'->>'value' = $1`, [String(id)])
      expect(job.rows).toEqual([])
    } finally {
      await db.end()
    }
  })

  test('A stopped during load through the edge: no request fails; started again, A serves the current content at once', async () => {
    test.setTimeout(240_000)
    const failures: string[] = []
    let served = 0
    let loading = true
    // Each address once: a miss for the edge's cache, so every request reaches an instance.
    let n = 0
    const load = async () => {
      while (loading) {
        const address = `${edge.url}/sv/stod?last=${Date.now()}-${n++}`
        try {
          const res = await fetch(address)
          await res.arrayBuffer()
          if (res.status !== 200) failures.push(`${res.status} ${address}`)
          else served++
        } catch (error) {
          failures.push(`${String(error)} ${address}`)
        }
      }
    }
    const clients = Array.from({ length: 4 }, load)
    const servedAfter = async (more: number) => {
      const from = served
      await expect.poll(() => served - from, { timeout: 60_000 }).toBeGreaterThanOrEqual(more)
    }
    try {
      await servedAfter(10)
      await a.stop()
      await servedAfter(30)
      // Changed while A is away, through B.
      const marker = `Medan A var borta ${Date.now()}`
      const viaB = await playwrightRequest.newContext({ baseURL: b.url })
      expect((await viaB.patch(`/api/topics/${topic.id}?locale=sv`, { headers: adminHeaders(), data: { adult: { summary: marker }, _status: 'published' } })).status()).toBe(200)
      await viaB.dispose()
      await a.start()
      expect(await text(a.url + pages()[0])).toContain(marker)
      await servedAfter(30)
    } finally {
      loading = false
      await Promise.all(clients)
    }
    expect(failures).toEqual([])
  })

  test('Redis stopped: both keep answering and see a publish; Redis back with its old pages: none of them is served, and expiries work again', async () => {
    test.setTimeout(180_000)
    const page = pages()[0]
    const before = `Före avbrottet ${Date.now()}`
    expect((await viaA.patch(`/api/topics/${topic.id}?locale=sv`, { headers: adminHeaders(), data: { adult: { summary: before }, _status: 'published' } })).status()).toBe(200)
    // In Redis, and saved by it when it stops.
    await expect.poll(async () => (await fetch(b.url + page)).headers.get('x-nextjs-cache'), { timeout: 10_000 }).toBe('HIT')
    expect(await text(a.url + page)).toContain(before)
    await cache.stop()

    for (const [name, server] of [['A', a.url], ['B', b.url], ['the edge', edge.url]]) {
      expect((await fetch(`${server}/sv`)).status, name).toBe(200)
      expect((await fetch(server + page)).status, name).toBe(200)
    }
    const during = `Under avbrottet ${Date.now()}`
    expect((await viaA.patch(`/api/topics/${topic.id}?locale=sv`, { headers: adminHeaders(), data: { adult: { summary: during }, _status: 'published' } })).status()).toBe(200)
    await expect.poll(() => text(b.url + page), { timeout: 10_000 }).toContain(during)

    // Back with the page from before the outage, whose expiry it never got.
    await cache.start()
    const seen: string[] = []
    await expect
      .poll(
        async () => {
          const results = await Promise.all(
            [a.url, b.url].map(async (server) => {
              const res = await fetch(server + page)
              const html = await res.text()
              seen.push(html.includes(during) ? 'current' : html.includes(before) ? 'STALE' : `other ${res.status}`)
              return res.headers.get('x-nextjs-cache')
            }),
          )
          return results.every((r) => r === 'HIT')
        },
        { timeout: 30_000, message: 'both serve the page from Redis again' },
      )
      .toBe(true)
    expect(seen.filter((s) => s !== 'current')).toEqual([])

    const after = `Efter avbrottet ${Date.now()}`
    expect((await viaA.patch(`/api/topics/${topic.id}?locale=sv`, { headers: adminHeaders(), data: { adult: { summary: after }, _status: 'published' } })).status()).toBe(200)
    for (const server of [b.url, edge.url]) await expect.poll(() => text(server + page), { timeout: 10_000, message: server }).toContain(after)
  })
})
