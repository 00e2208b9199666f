/**
 * What the scripts share: the project's environment (.env, a generated secret) and a database,
 * either the server named by DATABASE_URL or the embedded one in `.data/postgres`.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { secretProblems, secretRefusal } from '@/site/secrets'

import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded'

export const projectDir = path.resolve(import.meta.dirname, '../..')
export const dataDir = path.join(projectDir, '.data')

/**
 * Read `.env` (if any) and make sure PAYLOAD_SECRET is set, generating a stable one per install.
 * A script never goes on with a short secret: it says why and exits.
 */
export function loadEnvironment() {
  const envFile = path.join(projectDir, '.env')
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  // Several instances (REDIS_URL) cannot share a secret one of them makes up: it must be set.
  if (!process.env.PAYLOAD_SECRET && !process.env.REDIS_URL) {
    const secretFile = path.join(dataDir, 'payload-secret')
    if (!fs.existsSync(secretFile)) {
      fs.mkdirSync(dataDir, { recursive: true })
      fs.writeFileSync(secretFile, newSecret(), { mode: 0o600 })
    }
    process.env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
  }
  const problems = secretProblems()
  if (problems.length) {
    console.error(secretRefusal(problems))
    process.exit(1)
  }
}

/** A secret for a new install: 64 hex characters, well above the minimum. */
export function newSecret(): string {
  return randomBytes(32).toString('hex')
}

/** DATABASE_URL when set; otherwise start the embedded PostgreSQL and point DATABASE_URL at it. */
export async function ensureDatabase(log: (line: string) => void = console.log, options: { ownProcessGroup?: boolean } = {}): Promise<EmbeddedPostgres | undefined> {
  if (process.env.DATABASE_URL) {
    log(`Using the PostgreSQL server in DATABASE_URL.`)
    return undefined
  }
  if (process.env.REDIS_URL) {
    throw new Error('REDIS_URL is set (several instances), but DATABASE_URL is not: the embedded PostgreSQL serves one machine only. Point every instance at one PostgreSQL server with DATABASE_URL.')
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
  log(`Starting the embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres) …`)
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, database: 'fri_fran_vald', ...options })
  process.env.DATABASE_URL = db.url
  return db
}
