/**
 * Whole-database backups without pg_dump: the embedded PostgreSQL (17) ships no pg_dump, and a
 * Debian pg_dump of an older major version refuses to dump a newer server. The schema is exactly
 * what the committed migrations make (Payload never pushes a schema here), so a backup is the list of
 * migrations applied, every table's rows in PostgreSQL's own COPY format (which round-trips every
 * type exactly) and the sequences' values. A restore migrates an empty database first, then replaces
 * all rows in one transaction: it succeeds whole or changes nothing.
 *
 * File: gzip of a header line `FRI-FRAN-VALD-BACKUP 1`, a JSON line (migrations, tables with their
 * columns and byte counts, sequences), then each table's COPY text, in the order listed.
 */
import { createGunzip, createGzip } from 'node:zlib'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'

import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

const MAGIC = 'FRI-FRAN-VALD-BACKUP 1'

interface Manifest {
  createdAt: string
  migrations: string[]
  tables: { name: string; columns: string[]; bytes: number }[]
  sequences: { name: string; value: string | null }[]
}

/** A refusal the scripts report as one clear sentence (exit code 2), not as a crash. */
export class BackupError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

async function tables(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.table_name AS name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND c.is_generated = 'NEVER'
    GROUP BY c.table_name ORDER BY c.table_name`)
  return rows
}

async function migrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'payload_migrations'`)
  if (exists.rowCount === 0) return []
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name`)
  return rows.map((r) => r.name)
}

async function copyOut(client: pg.Client, sql: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of client.query(copyTo(sql))) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Write the whole database to `file` (one consistent snapshot: a repeatable-read transaction). */
export async function backup(databaseUrl: string, file: string): Promise<Manifest> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const applied = await migrations(client)
    if (applied.length === 0) throw new BackupError('The database has no migrated schema: there is nothing to back up.')
    const data: Buffer[] = []
    const manifest: Manifest = { createdAt: new Date().toISOString(), migrations: applied, tables: [], sequences: [] }
    for (const t of await tables(client)) {
      const rows = await copyOut(client, `COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) TO STDOUT`)
      manifest.tables.push({ ...t, bytes: rows.length })
      data.push(rows)
    }
    const seqs = await client.query<{ name: string; value: string | null }>(`SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)
    manifest.sequences = seqs.rows
    await client.query('COMMIT')
    const tmp = `${file}.partial`
    await pipeline(Readable.from([Buffer.from(`${MAGIC}\n${JSON.stringify(manifest)}\n`), ...data]), createGzip(), fs.createWriteStream(tmp))
    fs.renameSync(tmp, file)
    return manifest
  } finally {
    await client.end()
  }
}

/** Read and check a backup file; any fault is a BackupError naming it. */
export async function readBackup(file: string): Promise<{ manifest: Manifest; data: Buffer }> {
  if (!fs.existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`)
  let raw: Buffer
  try {
    const chunks: Buffer[] = []
    await pipeline(fs.createReadStream(file), createGunzip(), async function* (source) {
      for await (const chunk of source) chunks.push(chunk as Buffer)
    })
    raw = Buffer.concat(chunks)
  } catch {
    throw new BackupError(`${file} is not a backup made by npm run db:backup (it is not a complete gzip file).`)
  }
  const firstLine = raw.indexOf(10)
  if (raw.subarray(0, firstLine).toString() !== MAGIC) throw new BackupError(`${file} is not a backup made by npm run db:backup.`)
  const secondLine = raw.indexOf(10, firstLine + 1)
  let manifest: Manifest
  try {
    manifest = JSON.parse(raw.subarray(firstLine + 1, secondLine).toString()) as Manifest
  } catch {
    throw new BackupError(`${file} is damaged: its table of contents cannot be read.`)
  }
  const data = raw.subarray(secondLine + 1)
  const expected = manifest.tables.reduce((n, t) => n + t.bytes, 0)
  if (data.length !== expected) throw new BackupError(`${file} is damaged or cut short: it holds ${data.length} bytes of rows, its contents list ${expected}.`)
  return { manifest, data }
}

/**
 * Replace everything in the database with the backup. `migrate` brings an empty database to the
 * schema first; a database migrated differently from the backup is refused.
 */
export async function restore(databaseUrl: string, file: string, migrate: () => Promise<void>): Promise<Manifest> {
  const { manifest, data } = await readBackup(file)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    if ((await migrations(client)).length === 0) {
      await migrate()
    }
    const applied = await migrations(client)
    if (applied.join() !== manifest.migrations.join()) {
      throw new BackupError(
        `The backup was made with migrations ${manifest.migrations.at(-1)} (${manifest.migrations.length}), the database has ${applied.at(-1)} (${applied.length}). Restore with the version of the portal that made the backup.`,
      )
    }
    const present = new Map((await tables(client)).map((t) => [t.name, t.columns]))
    for (const t of manifest.tables) {
      if (!present.has(t.name)) throw new BackupError(`The backup has a table the database lacks (${t.name}).`)
    }
    await client.query('BEGIN')
    try {
      // Rows go in table by table, so foreign keys are checked as a whole by the data's origin, not per table.
      await client.query('SET LOCAL session_replication_role = replica')
      await client.query(`TRUNCATE ${[...present.keys()].map(ident).join(', ')} RESTART IDENTITY CASCADE`)
      let at = 0
      for (const t of manifest.tables) {
        const rows = data.subarray(at, at + t.bytes)
        at += t.bytes
        if (rows.length === 0) continue
        await pipeline(Readable.from([rows]), client.query(copyFrom(`COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) FROM STDIN`)))
      }
      for (const s of manifest.sequences) {
        if (s.value === null) await client.query(`SELECT setval($1::regclass, 1, false)`, [ident(s.name)])
        else await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [ident(s.name), s.value])
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error instanceof BackupError ? error : new BackupError(`The backup could not be restored, and the database is unchanged: ${(error as Error).message}`)
    }
    return manifest
  } finally {
    await client.end()
  }
}
