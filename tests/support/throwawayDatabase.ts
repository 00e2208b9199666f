/**
 * A PostgreSQL just for one test run, in a temporary folder, deleted afterwards. With
 * TEST_DATABASE_URL set (a server you own), a fresh database is created there instead.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { startEmbeddedPostgres } from '@/db/embedded'

export interface ThrowawayDatabase {
  url: string
  dispose: () => Promise<void>
  /** Stop and start the server while keeping its data (the resilience tests); only for the embedded one. */
  stop?: () => Promise<void>
  start?: () => Promise<void>
}

export async function createThrowawayDatabase(name: string, port: number): Promise<ThrowawayDatabase> {
  const database = `${name}_${randomBytes(4).toString('hex')}`
  const server = process.env.TEST_DATABASE_URL
  if (server) {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${database}"`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${database}`
    return {
      url: url.toString(),
      dispose: async () => {
        const c = new pg.Client({ connectionString: server })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
        await c.end()
      },
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fff-${name}-`))
  fs.chmodSync(dir, 0o755)
  const options = { dataDir: path.join(dir, 'data'), port, database }
  let db = await startEmbeddedPostgres(options)
  return {
    url: db.url,
    dispose: async () => {
      await db.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
    stop: () => db.stop(),
    start: async () => {
      db = await startEmbeddedPostgres(options)
    },
  }
}
