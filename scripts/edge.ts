/**
 * `npm run edge`: the portal (`npm start`) with Debian's nginx in front, as in production
 * (deploy/nginx/). Readers use http://localhost:EDGE_PORT (8080); the app listens on PORT (3000).
 * With EDGE_UPSTREAM=host:port, only nginx is started, in front of an app already running there;
 * with several, comma-separated (host:port,host:port), it balances between those instances.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startEdge } from './nginx'

const port = Number(process.env.EDGE_PORT ?? 8080)
const appPort = process.env.PORT ?? '3000'
const upstream = process.env.EDGE_UPSTREAM ?? `127.0.0.1:${appPort}`

async function main() {
  const app = process.env.EDGE_UPSTREAM
    ? undefined
    : spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
        stdio: 'inherit',
        env: { ...process.env, PORT: appPort, SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}` },
      })
  const edge = await startEdge({ port, upstream, log: true })
  console.log(`\n  The edge serves ${edge.url}/sv (cache in ${edge.dir}); the app is ${upstream}. Stop with Ctrl+C.\n`)
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    await edge.stop()
    if (app && app.exitCode === null) {
      app.kill('SIGTERM')
      await new Promise((r) => app.once('exit', r))
    }
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  app?.once('exit', (code) => void stop(code ?? 0))
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
