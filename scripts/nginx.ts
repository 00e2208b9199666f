/**
 * Debian's nginx with the edge's configuration (deploy/nginx/templates/default.conf.template), for
 * `npm run edge`, the browser tests and the bench: the same file the Docker edge uses, filled in
 * here as the nginx image's envsubst would, inside a minimal main configuration of our own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { writeEdgePages } from '@/edge/pages'

const projectDir = path.resolve(import.meta.dirname, '..')
const template = path.join(projectDir, 'deploy/nginx/templates/default.conf.template')

export const nginxBinary = () => [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => p && fs.existsSync(p))

export interface Edge {
  url: string
  dir: string
  stop(): Promise<void>
}

/** Fill `${NAME}` from `values`; nginx's own `$name` variables are left alone, as envsubst does. */
export function renderTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** The template with its `server ${EDGE_UPSTREAM}` line once for each instance of a comma-separated list. */
export function withUpstreams(text: string, upstream: string): string {
  const instances = upstream.split(',').map((u) => u.trim()).filter(Boolean)
  return text.replace(/^[ \t]*server \$\{EDGE_UPSTREAM\}.*$/m, (line) => instances.map((u) => line.replace('${EDGE_UPSTREAM}', u)).join('\n'))
}

/**
 * Start nginx on `port` in front of `upstream`: the app's host:port, or several, comma-separated. Its cache, pages and logs live in a
 * fresh folder under the system's temporary directory (reachable by nginx's unprivileged workers),
 * removed on stop. `log`: nginx's warnings and errors on stderr rather than in that folder.
 */
export async function startEdge(options: { port: number; upstream: string; log?: boolean }): Promise<Edge> {
  const nginx = nginxBinary()
  if (!nginx) throw new Error('nginx not found: install it (Debian: apt-get install nginx) or set NGINX_PATH')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fri-fran-vald-edge-${options.port}-`))
  for (const sub of ['cache', 'tmp', 'pages']) fs.mkdirSync(path.join(dir, sub), { recursive: true })
  writeEdgePages(path.join(dir, 'pages'))
  const site = renderTemplate(withUpstreams(fs.readFileSync(template, 'utf8'), options.upstream), {
    EDGE_PORT: `127.0.0.1:${options.port}`,
    EDGE_CACHE_DIR: path.join(dir, 'cache'),
    EDGE_PAGES_DIR: path.join(dir, 'pages'),
    EDGE_ACCESS_LOG: path.join(dir, 'access.log'),
  })
  fs.writeFileSync(path.join(dir, 'edge.conf'), site)
  const root = process.getuid?.() === 0
  const tmp = path.join(dir, 'tmp')
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `# Made by scripts/nginx.ts\n${root ? 'user nobody nogroup;\n' : ''}daemon off;
worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${options.log ? 'stderr' : path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_requests 10000;
    client_body_temp_path ${tmp}/body;
    proxy_temp_path ${tmp}/proxy;
    fastcgi_temp_path ${tmp}/fastcgi;
    uwsgi_temp_path ${tmp}/uwsgi;
    scgi_temp_path ${tmp}/scgi;
    include ${path.join(dir, 'edge.conf')};
}
`,
  )
  // The workers run as nobody when started by root: they must reach and write their folders.
  if (root) spawnSync('chown', ['-R', 'nobody:nogroup', dir])
  fs.chmodSync(dir, 0o755)
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf')]
  const check = spawnSync(nginx, [...args, '-t', '-q'], { encoding: 'utf8' })
  if (check.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`nginx refused the configuration:\n${check.stderr}`)
  }
  const child: ChildProcess = spawn(nginx, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  const url = `http://127.0.0.1:${options.port}`
  await waitForListening(url, child)
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode === null) {
        // QUIT: finish the requests in flight, then stop.
        child.kill('SIGQUIT')
        await new Promise((r) => child.once('exit', r))
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function waitForListening(url: string, child: ChildProcess) {
  const until = Date.now() + 10_000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode})`)
    try {
      await fetch(`${url}/_edge/health`, { signal: AbortSignal.timeout(1000) })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`nginx did not listen on ${url}`)
}
