/**
 * The browser tests against the built app: a throwaway PostgreSQL with the demo content, the
 * production server on port 3100, Debian's nginx in front of it as the edge (EDGE_URL, port
 * E2E_EDGE_PORT, 3105; only when nginx is installed), then Playwright. Everything is stopped afterwards.
 * The resilience specs stop and start that PostgreSQL and the app through a small control server on
 * loopback (E2E_CONTROL_URL: POST /database/stop|start, POST /app/stop|start), answered once it is
 * down or up, and read what the server logged meanwhile (E2E_SERVER_LOG, its stdout and stderr).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { buildIfNeeded, clearDataCache, runNext } from '../../scripts/build'
import { nginxBinary, startEdge, type Edge } from '../../scripts/nginx'
import { runScript } from '../../scripts/runScript'
import { createThrowawayDatabase } from '../support/throwawayDatabase'

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

type Actions = Record<string, () => Promise<unknown>>

function controlServer(actions: Actions): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const run = req.method === 'POST' ? actions[req.url ?? ''] : undefined
    if (!run) return res.writeHead(404).end(`POST one of ${Object.keys(actions).join(', ')}`)
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
    // Small, so that the bad-input suite can send a film one byte too large.
    FILM_MAX_BYTES: String(3 * 1024 * 1024),
    NODE_ENV: 'production' as const,
    // The tests move the site's clock with this file (empty: real time) and tick every 2 seconds
    // instead of every minute, so a campaign boundary shows within seconds.
    TEST_CLOCK_FILE: clockFile,
    JOBS_TICK_SECONDS: '2',
    // An outage's running count is logged every 5 seconds instead of every minute.
    OUTAGE_REPORT_SECONDS: '5',
    // Page views are written every second instead of every ten, so a test sees its view soon.
    REACH_FLUSH_SECONDS: '1',
  }
  let server: ReturnType<typeof runNext> | undefined
  let edge: Edge | undefined
  let code = 1
  const stopApp = async () => {
    const app = server
    if (!app || app.exitCode !== null || app.signalCode !== null) return
    const exited = new Promise((r) => app.once('exit', r))
    app.kill('SIGTERM')
    // Next waits for open connections to end before it exits; a stop must not hang the run.
    const timer = setTimeout(() => app.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  const startApp = async () => {
    server = runNext(['start', '-p', port], env, serverLog)
    await waitFor(`${baseURL}/sv`, 60_000)
  }
  const actions: Actions = { '/app/stop': stopApp, '/app/start': startApp }
  // Only the embedded PostgreSQL can be stopped and started.
  if (db.stop && db.start) Object.assign(actions, { '/database/stop': db.stop, '/database/start': db.start })
  const control = await controlServer(actions)
  try {
    await runScript('scripts/setup-database.ts', { env })
    // Built under another address than the server's, as an image is built once and run under any
    // host: nothing may keep the build's SITE_URL (robots.txt did).
    await buildIfNeeded(undefined, { ...process.env, SITE_URL: 'http://built-elsewhere.invalid' })
    clearDataCache()
    await startApp()
    if (nginxBinary()) edge = await startEdge({ port: Number(process.env.E2E_EDGE_PORT ?? 3105), upstream: `127.0.0.1:${port}` })
    else console.warn('nginx is not installed: the edge specs are skipped (Debian: apt-get install nginx).')
    const playwright = spawn(process.execPath, [path.resolve('node_modules/@playwright/test/cli.js'), 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {
        ...env,
        BASE_URL: baseURL,
        E2E_DATABASE_URL: db.url,
        E2E_CONTROL_URL: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
        E2E_SERVER_LOG: serverLog,
        ...(edge ? { EDGE_URL: edge.url } : {}),
      },
    })
    code = await new Promise<number>((resolve) => playwright.once('exit', (c) => resolve(c ?? 1)))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
  } finally {
    control.close()
    await edge?.stop()
    await stopApp()
    await db.dispose()
    fs.rmSync(logDir, { recursive: true, force: true })
  }
  process.exit(code)
}

void main()
