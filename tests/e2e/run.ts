/**
 * The browser tests against the built app: a throwaway PostgreSQL with the demo content, the
 * production server on port 3100, then Playwright. Everything is stopped afterwards.
 * The resilience spec stops and starts that PostgreSQL through a small control server on loopback
 * (E2E_CONTROL_URL: POST /database/stop, POST /database/start), answered once the server is down or up,
 * and reads what the server logged meanwhile (E2E_SERVER_LOG, its stdout and stderr).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { buildIfNeeded, clearDataCache, runNext } from '../../scripts/build'
import { runScript } from '../../scripts/runScript'
import { createThrowawayDatabase, type ThrowawayDatabase } from '../support/throwawayDatabase'

const port = process.env.E2E_PORT ?? '3100'
const baseURL = `http://localhost:${port}`

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

function controlServer(db: ThrowawayDatabase): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const action = req.method === 'POST' ? /^\/database\/(stop|start)$/.exec(req.url ?? '')?.[1] : undefined
    const run = action === 'stop' ? db.stop : action === 'start' ? db.start : undefined
    if (!run) return res.writeHead(404).end('POST /database/stop or /database/start (embedded PostgreSQL only)')
    try {
      await run()
      res.writeHead(204).end()
    } catch (error) {
      res.writeHead(500).end(String(error))
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

async function main() {
  process.env.NEXT_DIST_DIR = '.next-test'
  const db = await createThrowawayDatabase('e2e', Number(process.env.E2E_PG_PORT ?? 54369))
  const clockFile = path.resolve('test-results/e2e-clock')
  // Outside test-results/, which Playwright empties when it starts.
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fff-e2e-log-'))
  const serverLog = path.join(logDir, 'server.log')
  fs.mkdirSync(path.dirname(clockFile), { recursive: true })
  fs.writeFileSync(clockFile, '')
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    SITE_URL: baseURL,
    PORT: port,
    ADMIN_EMAIL: 'e2e-admin@example.org',
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
    MAX_UPLOAD_BYTES: String(2 * 1024 * 1024),
    NODE_ENV: 'production' as const,
    // The tests move the site's clock with this file (empty: real time) and tick every 2 seconds
    // instead of every minute, so a campaign boundary shows within seconds.
    TEST_CLOCK_FILE: clockFile,
    JOBS_TICK_SECONDS: '2',
    // An outage's running count is logged every 5 seconds instead of every minute.
    OUTAGE_REPORT_SECONDS: '5',
  }
  let server: ReturnType<typeof runNext> | undefined
  let code = 1
  const control = await controlServer(db)
  try {
    await runScript('scripts/setup-database.ts', { env })
    await buildIfNeeded()
    clearDataCache()
    server = runNext(['start', '-p', port], env, serverLog)
    await waitFor(`${baseURL}/sv`, 60_000)
    const playwright = spawn(process.execPath, [path.resolve('node_modules/@playwright/test/cli.js'), 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...env, BASE_URL: baseURL, E2E_DATABASE_URL: db.url, E2E_CONTROL_URL: `http://127.0.0.1:${(control.address() as AddressInfo).port}`, E2E_SERVER_LOG: serverLog },
    })
    code = await new Promise<number>((resolve) => playwright.once('exit', (c) => resolve(c ?? 1)))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
  } finally {
    control.close()
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((r) => server!.once('exit', r))
    }
    await db.dispose()
    fs.rmSync(logDir, { recursive: true, force: true })
  }
  process.exit(code)
}

void main()
