/**
 * GET /api/health, which the image's HEALTHCHECK, compose and the edge ask: 200 while the database
 * answers, 503 when it cannot be reached; never cached, no cookie.
 */
import { execFile } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { GET } from '@/app/(payload)/api/health/route'

const root = path.resolve(import.meta.dirname, '../..')

/** A loopback port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('GET /api/health', () => {
  it('answers 200 while the database answers, uncached and without a cookie', async () => {
    const response = await GET()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('answers 503 when the database cannot be reached', async () => {
    const databaseUrl = `postgres://nobody:nothing@127.0.0.1:${await closedPort()}/none`
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'tests/support/healthProbe.ts')],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
    )
    const answer = JSON.parse(stdout.split('\n').find((line) => line.startsWith('{"status":'))!)
    expect(answer.status).toBe(503)
    expect(answer.body).toEqual({ status: 'database unavailable' })
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.headers['set-cookie']).toBeUndefined()
  })
})
