/**
 * `npm run db:backup` / `db:restore` round-trip the whole database: a backup restored into an empty
 * database equals the original table by table; a changed database is put back; a missing or broken
 * file is refused with a clear sentence and a non-zero exit, and leaves the database as it was.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, paragraph } from '../support/payload'

const source = process.env.DATABASE_URL!
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fff-backup-'))
const file = path.join(dir, 'whole.backup.gz')
const target = new URL(source)
target.pathname = `/restore_${randomBytes(4).toString('hex')}`

function run(script: string, databaseUrl: string, ...args: string[]) {
  const res = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: res.status, out: `${res.stdout}${res.stderr}` }
}

/** Each table's row count and a checksum of its rows, and each sequence's value. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const out: Record<string, string> = {}
    const { rows } = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
    for (const { t } of rows) {
      const r = await client.query(`SELECT count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS f FROM "${t}" x`)
      out[t] = r.rows[0].f
    }
    const seqs = await client.query<{ s: string; v: string | null }>(`SELECT sequencename AS s, last_value::text AS v FROM pg_sequences WHERE schemaname = 'public'`)
    for (const { s, v } of seqs.rows) out[`sequence ${s}`] = String(v)
    return out
  } finally {
    await client.end()
  }
}

async function admin(sql: string) {
  const url = new URL(source)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  await client.query(sql)
  await client.end()
}

let topicId: number

beforeAll(async () => {
  // Content in every kind of table: a topic with versions, its locales and its search rows.
  const payload = await getTestPayload()
  const topic = await payload.create({
    collection: 'topics', overrideAccess: true, locale: 'sv',
    data: { adult: { title: 'Säkerhetskopia', summary: 'Åäö – "citat"\ttabb\\snedstreck', body: paragraph('Text\nmed radbrytning') }, focusArea: 'general', _status: 'published' },
  })
  topicId = topic.id
  await admin(`CREATE DATABASE "${target.pathname.slice(1)}"`)
})

afterAll(async () => {
  // The files share one database: what this one created is removed again.
  await (await getTestPayload()).delete({ collection: 'topics', id: topicId, overrideAccess: true })
  await admin(`DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`)
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('db:backup and db:restore', () => {
  it('restore into an empty database gives the same tables, rows and sequences', async () => {
    const backedUp = run('scripts/db-backup.ts', source, file)
    expect(backedUp.code, backedUp.out).toBe(0)
    const restored = run('scripts/db-restore.ts', target.toString(), file)
    expect(restored.code, restored.out).toBe(0)
    const original = await fingerprint(source)
    expect(Object.keys(original).length).toBeGreaterThan(20)
    expect(original.topics_locales).not.toMatch(/^0:/)
    expect(await fingerprint(target.toString())).toEqual(original)
  })

  it('a changed database is put back as it was', async () => {
    const client = new pg.Client({ connectionString: target.toString() })
    await client.connect()
    await client.query(`DELETE FROM search_documents`)
    await client.query(`UPDATE topics_locales SET adult_title = 'Ändrad'`)
    await client.query(`DROP TABLE payload_preferences_rels`)
    await client.end()
    // A table is gone: the restore refuses rather than restore half.
    const refused = run('scripts/db-restore.ts', target.toString(), file)
    expect(refused.code).toBe(2)
    expect(refused.out).toContain('a table the database lacks (payload_preferences_rels)')
    // Only changed rows: restored whole.
    await admin(`DROP DATABASE "${target.pathname.slice(1)}" WITH (FORCE)`)
    await admin(`CREATE DATABASE "${target.pathname.slice(1)}"`)
    expect(run('scripts/db-restore.ts', target.toString(), file).code).toBe(0)
    const c2 = new pg.Client({ connectionString: target.toString() })
    await c2.connect()
    await c2.query(`DELETE FROM search_documents`)
    await c2.query(`UPDATE topics_locales SET adult_title = 'Ändrad'`)
    await c2.end()
    expect(run('scripts/db-restore.ts', target.toString(), file).code).toBe(0)
    expect(await fingerprint(target.toString())).toEqual(await fingerprint(source))
  })

  it('a missing, foreign, damaged or cut-short file is refused with a sentence, and nothing changes', async () => {
    const before = await fingerprint(target.toString())
    const foreign = path.join(dir, 'foreign.gz')
    fs.writeFileSync(foreign, randomBytes(2000))
    const cut = path.join(dir, 'cut.gz')
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, Math.floor(fs.statSync(file).size / 2)))
    const cases: [string, RegExp][] = [
      [path.join(dir, 'nothing-here.gz'), /There is no backup file at/],
      [foreign, /is not a backup made by npm run db:backup/],
      [cut, /not a complete gzip file|damaged or cut short/],
    ]
    for (const [f, message] of cases) {
      const res = run('scripts/db-restore.ts', target.toString(), f)
      expect(res.code, f).toBe(2)
      expect(res.out, f).toMatch(message)
      expect(res.out, f).not.toMatch(/\n\s+at /)
    }
    const none = run('scripts/db-restore.ts', target.toString())
    expect(none.code).toBe(2)
    expect(none.out).toContain('Name the backup file')
    expect(await fingerprint(target.toString())).toEqual(before)
  })
})
