/**
 * Bad input, fuzzed: a bounded run of seeded random requests over the public routes and the API
 * (unknown and malformed locales, long and encoded paths, traversal, odd query strings, broken and
 * oversized JSON, wrong content types, uploads with a lying extension). Every answer is 2xx–4xx with
 * something to read, never a 5xx or a stack trace, and the database is unchanged afterwards: every
 * request that writes is one the site must refuse.
 *
 * `npm test` runs fixed seeds (tests/e2e/fuzzSeeds.ts), `npm run test:fuzz` new ones; each run prints its
 * seed: rerun a failure with FUZZ_SEED=<seed>. FUZZ_REQUESTS sets how many requests per seed.
 * To fuzz a new route, add a target below.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'
import pg from 'pg'

import { fuzzSeeds } from './fuzzSeeds'
import { adminHeaders, locales } from './support'

const seeds = fuzzSeeds(process.env)
const count = Number(process.env.FUZZ_REQUESTS ?? 200)
const stackTrace = /at \S+ \([^)]*:\d+:\d+\)|node_modules\/|\.next(-test)?\/server\//

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
function generator(s: number) {
  return () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
type Rand = ReturnType<typeof generator>
const pick = <T,>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]

const badLocales = ['xx', 'SV', 'sv-SE', 'sv_SE', '%E2%82%AC', '..', '%2e%2e', 'a'.repeat(300), '%00', 'ar%20', '🙂', '%ff', '']
const segments = [
  'amne', 'barn', 'stod', 'sok', 'vem', 'broschyr', 'kontakt', 'amne/vald-i-nara-relation', 'barn/amne/x', 'vem/nobody',
  '..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', '....//....//etc/passwd', '%252e%252e%252f', '%c0%ae%c0%ae/', 'amne/%00',
  'amne/' + 'x'.repeat(4000), 'a/'.repeat(400), 'amne/%F0%9F%99%82', 'amne/%E0%A4%A', 'amne/<script>', "amne/'%22", 'stod/../../admin',
  '_next/../api', 'broschyr/%', 'amne/%ZZ', 'vem/subjected/extra/parts',
  'evenemang', 'evenemang/x', 'evenemang/x/kalender.ics', 'evenemang/%ZZ/kalender.ics', 'evenemang/' + 'x'.repeat(4000) + '/kalender.ics',
]
const queries = [
  '', '?who=nonsense', '?who[]=x&who[]=y', '?open=%00', '?language=' + 'x'.repeat(3000), '?a[b][c][d][e]=1', '?%zz=1', '?q=<script>alert(1)</script>',
  '?locale=xx', '?__proto__[x]=1', '?constructor[prototype][x]=1', '?who=worried&who=subjected', '?page=-1', '?=&&=', '?' + 'k=v&'.repeat(500),
  '?month=00-13', '?month=' + '9'.repeat(400), '?audience=parents&audience=everyone',
]
const apiQueries = [
  '?limit=-1', '?limit=abc', '?limit=100000', '?page=0', '?page=abc', '?depth=100', '?depth=-3', '?locale=xx', '?locale=all', '?fallback-locale=xx',
  '?where[id][equals]=abc', '?where[slug][like]=%', '?where[or][0][and][0][x][equals]=1', '?where[_status][in]=a,b', '?sort=nonexistent', '?sort=-%00',
  '?where[order][greater_than]=abc', '?where[updatedAt][less_than]=not-a-date', '?select[adult]=1&select[x][y]=1', '?draft=maybe', '?where=notanobject',
]
const collections = ['topics', 'support-services', 'brochures', 'events', 'media', 'feedback', 'users', 'nonexistent']

interface Attempt { method: string; path: string; headers?: Record<string, string>; data?: string | Buffer; multipart?: Record<string, unknown> }

/** Targets: each makes one random request. Add routes here (XLIFF import, calendar feed, …). */
const targets: { name: string; make: (r: Rand) => Attempt }[] = [
  { name: 'public page', make: (r) => ({ method: 'GET', path: `/${pick(r, [...locales.map((l) => l.code), ...badLocales])}/${pick(r, segments)}${pick(r, queries)}` }) },
  { name: 'unknown locale', make: (r) => ({ method: 'GET', path: `/${pick(r, badLocales)}${pick(r, queries)}` }) },
  { name: 'public form post', make: (r) => ({ method: 'POST', path: `/${pick(r, ['sv', 'ar', 'xx'])}/${pick(r, ['sok', 'kontakt', 'stod', 'amne/x'])}`,
    headers: { 'content-type': pick(r, ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data', 'application/json']), ...(r() < 0.5 ? { 'next-action': pick(r, ['deadbeef', '0'.repeat(42), '%00', 'x'.repeat(500)]) } : {}) },
    data: pick(r, ['q=x', '{"q":', '--x\r\n', '\u0000\u0001', 'q=' + 'x'.repeat(100_000)]) }) },
  { name: 'API read', make: (r) => ({ method: 'GET', path: `/api/${pick(r, collections)}${pick(r, ['', '/abc', '/-1', '/99999999999999999999', '/1%00', '/versions', '/1/../../users'])}${pick(r, apiQueries)}` }) },
  // Writes that must all be refused (or, for a bulk change, match nothing): the database is compared afterwards.
  { name: 'API write, bad JSON', make: (r) => ({ method: pick(r, ['POST', 'PATCH']), path: `/api/${pick(r, collections)}${pick(r, ['', '/999999', '/abc', '?where[id][equals]=abc'])}`,
    headers: { ...adminHeaders(), 'content-type': pick(r, ['application/json', 'application/json; charset=latin1', 'text/plain', 'application/xml']) },
    data: pick(r, ['{bad json', '"a string"', '[1,2]', 'null', '{"adult":', '\u0000', '{"focusArea":"nonsense","adult":{"title":"x"}}', '{"_status":"maybe"}',
      '{"order":"abc","focusArea":"general","adult":{"title":"x"}}', '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}', JSON.stringify({ adult: { title: 'x'.repeat(3_000_000) }, focusArea: 'nope' })]) }) },
  { name: 'API write, anonymous', make: (r) => ({ method: pick(r, ['POST', 'PATCH', 'DELETE']), path: `/api/${pick(r, collections.filter((c) => c !== 'feedback'))}${pick(r, ['', '/1'])}`,
    headers: { 'content-type': 'application/json' }, data: '{"adult":{"title":"x"},"focusArea":"general","_status":"published","email":"a@b.c","password":"x"}' }) },
  { name: 'upload with a lying extension', make: (r) => ({ method: 'POST', path: '/api/media', headers: adminHeaders(),
    multipart: { file: { name: pick(r, ['photo.jpg', 'brochure.pdf', 'image.png', 'pic.webp', 'x.jpg.html', '../../etc/passwd.jpg', 'a'.repeat(300) + '.png']), mimeType: pick(r, ['image/jpeg', 'application/pdf', 'image/png']),
      buffer: Buffer.from(pick(r, ['#!/bin/sh\nrm -rf /\n', '<html><script>alert(1)</script></html>', 'MZ\u0090\u0000\u0003', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', ''])) }, _payload: '{"alt":"x"}' } }) },
  { name: 'GraphQL', make: (r) => ({ method: 'POST', path: '/api/graphql', headers: { 'content-type': pick(r, ['application/json', 'text/plain']) },
    data: pick(r, ['{bad', '{"query":"{ Topics(limit: -1) { docs { id } } }"}', '{"query":"mutation { createTopic(data: {}) { id } }"}', '{"query":"{ __schema { types { name } } }"}', '{"query":"' + '{ a '.repeat(2000) + '"}', '{"query":1}']) }) },
  { name: 'calendar feed', make: (r) => ({ method: 'GET', path: `/api/campaigns/calendar.ics${pick(r, ['', '?token=', '?token=' + 'f'.repeat(64), '?token=%00', '?token=x&focusArea=nope', '?token=x&year=abc', '?token[]=a&token[]=b', '?' + 'x'.repeat(5000)])}` }) },
  { name: 'XLIFF export', make: (r) => ({ method: 'GET', path: `/api/translations/export${pick(r, ['', '?locale=xx', '?locale=sv', '?locale=fi&units=nope', '?locale=fi&units=selected', '?locale=fi&units=selected&doc=topics:abc', '?locale=fi&units=selected&doc=../../etc', '?locale=fi&collection=users&focusArea=%00'])}`,
    headers: r() < 0.8 ? adminHeaders() : {} }) },
  { name: 'XLIFF import', make: (r) => ({ method: 'POST', path: `/api/translations/import${pick(r, ['', '?locale=fi', '?locale=fi&dryRun=true', '?locale=sv', '?locale=xx', '?locale=ar'])}`,
    headers: { ...(r() < 0.8 ? adminHeaders() : {}), 'content-type': pick(r, ['application/xml', 'application/xliff+xml', 'text/plain', 'multipart/form-data; boundary=x']) },
    data: pick(r, ['<xliff', '<?xml version="1.0"?><xliff version="2.0"><file id="x"><unit id="topics:abc:adult.title"><segment><target>x</target></segment></unit></file></xliff>',
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="fi"><file id="f"><unit id="topics:1:adult.title"><segment><source>a</source><target>b</target></segment></unit></file></xliff>',
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="fi"><file id="f"><unit id="x" fff:kind="richText" xmlns:fff="urn:fri-fran-vald:xliff"><segment><source><pc id="1" dataRefStart="d9">x</pc></source><target><ph id="2"/></target></segment></unit></file></xliff>',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>', '--x\r\n', '', '\u0000']) }) },
]

async function snapshot(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)
    const out: Record<string, string> = {}
    for (const { table_name } of rows) {
      const r = await client.query(`SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${table_name}" t`)
      out[table_name] = r.rows[0].sum
    }
    return out
  } finally {
    await client.end()
  }
}

/** Absolute, so that a generated path such as `//amne` stays a path on this site, not another host. */
async function send(request: APIRequestContext, a: Attempt, baseURL: string) {
  return request.fetch(`${baseURL}${a.path}`, { method: a.method, headers: a.headers, data: a.data, multipart: a.multipart as never, maxRedirects: 0, failOnStatusCode: false, timeout: 20_000 })
}

// One seed after another, each to the end even when an earlier one failed.
test.describe.configure({ mode: 'default' })

for (const seed of seeds) {
  test(`bounded fuzz run, FUZZ_SEED=${seed}: no 5xx, no stack trace, database unchanged`, async ({ request, baseURL }) => {
    test.setTimeout(Math.max(240_000, count * 600))
    console.log(`bad-input fuzz: FUZZ_SEED=${seed} FUZZ_REQUESTS=${count}`)
    test.info().annotations.push({ type: 'seed', description: String(seed) })
    test.skip(!process.env.E2E_DATABASE_URL, 'needs the database of the e2e run (tests/e2e/run.ts)')
    const before = await snapshot()
    const r = generator(seed)
    const attempts = Array.from({ length: count }, () => pick(r, targets)).map((t) => ({ target: t.name, ...t.make(r) }))
    const problems: string[] = []
    for (let i = 0; i < attempts.length; i += 4) {
      await Promise.all(
        attempts.slice(i, i + 4).map(async (a) => {
          const where = `${a.target}: ${a.method} ${a.path.slice(0, 150)}`
          const res = await send(request, a, baseURL!)
          const body = await res.text()
          const sent = `${a.headers?.['content-type'] ?? ''} ${a.headers?.['next-action'] ? 'next-action ' : ''}${String(a.data ?? (a.multipart ? 'multipart' : '')).slice(0, 60)}`
          if (res.status() >= 500) problems.push(`${res.status()} ${where} [${sent}] → ${body.slice(0, 200)}`)
          else if (stackTrace.test(body)) problems.push(`stack trace in ${where} [${sent}]`)
          else if (res.status() >= 400 && body.trim() === '') problems.push(`empty ${res.status()} answer to ${where} [${sent}]`)
        }),
      )
    }
    const after = await snapshot()
    const changed = Object.keys(before).filter((t) => before[t] !== after[t])
    expect({ problems, changed }, `FUZZ_SEED=${seed}`).toEqual({ problems: [], changed: [] })
  })
}
