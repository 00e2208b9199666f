/**
 * Requests per second through the edge with one and with two app instances (README: Several
 * servers), in the same run: a redis-server of its own, two `next start` of the bench's build with
 * REDIS_URL, and nginx in front of one, then of both. Every request is a cache miss for the edge (the
 * directory with filters varied, and a counter): what is measured is what the instances render.
 * Skipped, saying so, without redis-server or nginx.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import autocannon from 'autocannon'

import { nginxBinary, startEdge } from '../scripts/nginx'

import type { Row } from './report'

const redisServer = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => fs.existsSync(p))
const nextBin = path.resolve('node_modules/next/dist/bin/next')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function until(check: () => Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check().catch(() => false)) return
    await sleep(200)
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`)
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await Promise.race([exited, sleep(15_000)])
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

/**
 * The directory's canonical addresses, every combination of three filters in turn (a non-canonical
 * query would only measure the proxy's redirect). A staff session's cookie makes the edge pass
 * each request to an instance without caching it: every request is an edge miss.
 */
function variedDirectory() {
  const values = { who: ['', 'subjected', 'worried', 'uses-violence'], language: ['', 'en', 'ar', 'fa', 'so'], open: ['', '24h'] }
  const addresses: string[] = []
  for (const who of values.who)
    for (const language of values.language)
      for (const open of values.open) {
        const q = new URLSearchParams(Object.entries({ who, language, open }).filter(([, v]) => v))
        addresses.push(`/sv/stod${q.size ? `?${q}` : ''}`)
      }
  let n = 0
  return () => addresses[n++ % addresses.length]
}

export const edgeMissHeaders = { cookie: 'payload-token=bench-edge-miss' }

export async function measureSeveralInstances(options: { env: NodeJS.ProcessEnv; dir: string; connections: number; seconds: number; log: (s: string) => void }): Promise<{ rows: Row[]; results?: object }> {
  const { env, dir, connections, seconds, log } = options
  const missing = !redisServer ? 'redis-server is not installed' : !nginxBinary() ? 'nginx is not installed' : ''
  if (missing) {
    log(`${missing}: the several-instances figures are skipped`)
    return { rows: [{ section: 'several servers', name: 'through the edge, one and two app instances', value: `skipped: ${missing}` }] }
  }
  const children: ChildProcess[] = []
  const stops: (() => Promise<void>)[] = []
  try {
    const redisPort = await freePort()
    const redis = spawn(redisServer!, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    children.push(redis)
    const shared = {
      ...env,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      JOBS_TICK_SECONDS: '0',
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      NEXT_DEPLOYMENT_ID: `bench-${randomBytes(4).toString('hex')}`,
    }
    const instances = await Promise.all(
      ['a', 'b'].map(async (name) => {
        const port = await freePort()
        const out = fs.openSync(path.join(dir, `instance-${name}.log`), 'a')
        children.push(spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { env: { ...shared, PORT: String(port) }, stdio: ['ignore', out, out] }))
        fs.closeSync(out)
        return `127.0.0.1:${port}`
      }),
    )
    for (const i of instances) await until(async () => (await fetch(`http://${i}/sv/stod`)).ok, 120_000, `${i} answering`)

    const measured: Record<string, { requestsPerSecond: number; p99: number; requests: number; errors: number }> = {}
    for (const [label, upstream] of [['one app instance', instances[0]], ['two app instances', instances.join(',')]] as const) {
      const edge = await startEdge({ port: await freePort(), upstream })
      stops.push(() => edge.stop())
      const next = variedDirectory()
      log(`through the edge, ${label}: ${seconds} s at ${connections} connections, every request a miss`)
      const result = await autocannon({ url: edge.url, connections, duration: seconds, timeout: 10, requests: [{ setupRequest: (req) => ({ ...req, path: next(), headers: { ...req.headers, ...edgeMissHeaders } }) }] })
      measured[label] = { requestsPerSecond: Math.round(result.requests.average), p99: result.latency.p99, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx }
      await edge.stop()
      stops.pop()
    }
    const one = measured['one app instance']
    const two = measured['two app instances']
    return {
      results: measured,
      rows: [
        { section: 'several servers', name: 'directory, varied filters (edge misses): req/s one / two instances', value: `${one.requestsPerSecond} / ${two.requestsPerSecond} (× ${(two.requestsPerSecond / Math.max(1, one.requestsPerSecond)).toFixed(2)})` },
        { section: '', name: 'p99 one / two instances; failed requests', value: `${one.p99} / ${two.p99} ms; ${one.errors + two.errors}`, target: '0 failed', pass: one.errors + two.errors === 0 },
      ],
    }
  } finally {
    for (const s of stops) await s()
    for (const child of children.reverse()) await stop(child)
  }
}
