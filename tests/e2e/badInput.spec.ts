/**
 * Bad input, fuzzed: a bounded run of seeded random requests over the public routes and the API
 * (unknown and malformed locales, long and encoded paths, traversal, odd query strings, broken and
 * oversized JSON, wrong content types, uploads with a lying extension). Every answer is 2xx–4xx with
 * something to read, never a 5xx or a stack trace, and the database is unchanged afterwards: every
 * request that writes is one the site must refuse. Films get their own targets (drawn after the
 * others, so the fixed seeds still send what they always sent) and fixed cases: bad video uploads,
 * broken captions, bad slugs and caption languages, bad Range headers.
 *
 * `npm test` runs fixed seeds (tests/e2e/fuzzSeeds.ts), `npm run test:fuzz` new ones; each run prints its
 * seed: rerun a failure with FUZZ_SEED=<seed>. FUZZ_REQUESTS sets how many requests per seed.
 * To fuzz a new route, add a target below.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'
import pg from 'pg'

import { mp4, mp4CutShort, mp4WithoutMoov, swedishCaptions } from '../support/films'
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

/** A seeded film (tests/e2e/films.spec.ts plays it); its video file's name is read from the API. */
const filmSlug = 'att-polisanmala-och-sedan'
let filmFile = `${filmSlug}.mp4`
let posterFile = `${filmSlug}.jpg`

async function seededFilm(request: APIRequestContext): Promise<{ id: number; captions: string }> {
  const res = await request.get(`/api/films?where[slug][equals]=${filmSlug}&depth=1&locale=sv`, { headers: adminHeaders() })
  const [film] = (await res.json()).docs as { id: number; captions: string; video: { filename: string }; poster: { filename: string } }[]
  expect(film, `the seeded film ${filmSlug}`).toBeDefined()
  filmFile = film.video.filename
  posterFile = film.poster.filename
  return film
}
/** The e2e server's film limit (tests/e2e/run.ts sets FILM_MAX_BYTES). */
const filmMaxBytes = Number(process.env.FILM_MAX_BYTES ?? 3 * 1024 * 1024)
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\u0000'), Buffer.alloc(600, 1)])
/** Video uploads that must each be refused: not a video whatever the name, cut short, without its index. */
const badVideos = [
  { name: 'film.mp4', mimeType: 'video/mp4', buffer: Buffer.from('WEBVTT\n\nnot a film\n') },
  { name: 'film.mp4', mimeType: 'video/mp4', buffer: jpeg },
  { name: 'film.webm', mimeType: 'video/webm', buffer: Buffer.from('<html><script>alert(1)</script></html>') },
  { name: 'film.mp4', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\u0090\u0000\u0003') },
  { name: 'film.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(0) },
  { name: 'film.mp4', mimeType: 'video/mp4', buffer: mp4WithoutMoov() },
  { name: 'film.mp4', mimeType: 'video/mp4', buffer: mp4CutShort() },
  { name: '../../etc/film.mp4', mimeType: 'video/mp4', buffer: mp4CutShort() },
]
/** Captions each of which must be refused on save (not WebVTT, order, overlap, past the end, long lines, not text). */
const brokenCaptions: unknown[] = [
  'not WebVTT at all',
  'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n',
  'WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nOne\n\n00:00:03.000 --> 00:00:06.000\nOverlaps\n',
  'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nLater\n\n00:00:01.000 --> 00:00:02.000\nEarlier\n',
  'WEBVTT\n\n01:00:00.000 --> 01:00:05.000\nPast the end of the film\n',
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n' + 'Ett ord '.repeat(12) + '\n',
  'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nEtt\nTvå\nTre\n',
  'WEBVTT\n\n00:00:aa.000 --> 00:00:03.000\nBad time\n',
  'WEBVTT\n\n00:00:01.000 -> 00:00:03.000\nBad arrow\n',
  swedishCaptions.replace('00:00:04.500', '00:00:03.500'),
  'WEBVTT\n\n' + '00:00:01.000 --> 00:00:02.000\nx\n\n'.repeat(3),
  '\u0000\u0001WEBVTT',
  123,
  ['WEBVTT'],
  { vtt: 'WEBVTT' },
]
const badSlugs = [filmSlug, 'nonexistent', '%ZZ', '..%2f..%2fetc%2fpasswd', 'x'.repeat(3000), '%00', '<script>', filmSlug.toUpperCase(), `${filmSlug}%2F..`, '🙂']
const captionFiles = ['sv.vtt', 'ar.vtt', 'xx.vtt', 'SV.vtt', 'sv', 'sv.srt', '..%2f..%2fpackage.json', '%00.vtt', 'a'.repeat(3000) + '.vtt', 'sv.vtt.vtt', '.vtt']
const badRanges = [
  'bytes=abc', 'bytes=5-1', 'bytes=-0', 'bytes=0-0,5-9,100-', 'bytes=99999999999-', 'bytes=0-99999999999999999999', 'items=0-10', 'bytes=--1',
  'bytes=', 'bytes = 0 - 10', 'bytes=1-2-3', 'bytes=' + '0-1,'.repeat(1000), 'bytes=-99999999999', 'bytes=0x10-0x20', 'bytes=1e3-2e3', 'bytes=-',
]

const filmTargets: { name: string; make: (r: Rand) => Attempt }[] = [
  { name: 'film upload, bad file', make: (r) => ({ method: 'POST', path: '/api/film-files', headers: r() < 0.8 ? adminHeaders() : {},
    multipart: { file: pick(r, badVideos), _payload: pick(r, ['{}', '{"x":', '[]']) } }) },
  // Refused on save: nothing is written whichever film (or none) the id names.
  { name: 'film captions, broken', make: (r) => ({ method: 'PATCH', path: `/api/films/${pick(r, ['1', '2', '3', '999999', 'abc'])}?locale=${pick(r, ['sv', 'fi', 'ar', 'xx'])}${pick(r, ['', '&draft=true'])}`,
    headers: { ...adminHeaders(), 'content-type': 'application/json' }, data: JSON.stringify({ captions: pick(r, brokenCaptions) }) }) },
  { name: 'film page', make: (r) => ({ method: pick(r, ['GET', 'HEAD']), path: `/${pick(r, ['sv', 'ar', 'xx'])}/film/${pick(r, badSlugs)}${pick(r, ['', '/samtal', '/samtal/x', '/undertexter', `/undertexter/${pick(r, captionFiles)}`])}${pick(r, queries)}` }) },
  { name: 'film file, bad range', make: (r) => ({ method: pick(r, ['GET', 'HEAD']), path: `/api/${pick(r, ['film-files', 'media'])}/file/${pick(r, [filmFile, posterFile, 'nothing.mp4', '..%2f..%2fpackage.json', '%00'])}${pick(r, ['', '?v=1', '?v=' + 'x'.repeat(3000)])}`,
    headers: { Range: pick(r, badRanges), ...(r() < 0.3 ? { 'If-Range': pick(r, ['"x"', 'not a date', 'Wed, 21 Oct 2015 07:28:00 GMT']) } : {}) } }) },
]

/** The search's route for the script (POST /api/search). */
const searchTargets: { name: string; make: (r: Rand) => Attempt }[] = [
  { name: 'search API', make: (r) => ({ method: pick(r, ['POST', 'POST', 'GET', 'PUT']), path: '/api/search',
    headers: { 'content-type': pick(r, ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8', 'text/plain', 'application/json', 'multipart/form-data']) },
    data: pick(r, ['locale=sv&q=v%C3%A5ld', 'locale=xx&q=x', 'q=x', 'locale=ar&q=%E0%A4%A', 'locale=sv&q=%00', 'locale=sv&locale=ar&q[]=x', '{"locale":"sv"}', '\u0000\u0001', 'locale=sv&q=' + 'x'.repeat(100_000)]) }) },
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
    await seededFilm(request)
    const before = await snapshot()
    const r = generator(seed)
    const attempts = Array.from({ length: count }, () => pick(r, targets)).map((t) => ({ target: t.name, ...t.make(r) }))
    // Drawn after the others, so the fixed seeds' first requests stay the ones that found bugs.
    attempts.push(...Array.from({ length: Math.ceil(count / 4) }, () => pick(r, filmTargets)).map((t) => ({ target: t.name, ...t.make(r) })))
    attempts.push(...Array.from({ length: Math.ceil(count / 8) }, () => pick(r, searchTargets)).map((t) => ({ target: t.name, ...t.make(r) })))
    const filesBefore = filmFilesOnDisk()
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
          else if (res.status() >= 400 && body.trim() === '' && a.method !== 'HEAD') problems.push(`empty ${res.status()} answer to ${where} [${sent}]`)
        }),
      )
    }
    const after = await snapshot()
    const changed = Object.keys(before).filter((t) => before[t] !== after[t])
    if (filmFilesOnDisk() !== filesBefore) changed.push('media/films on disk')
    expect({ problems, changed }, `FUZZ_SEED=${seed}`).toEqual({ problems: [], changed: [] })
  })
}

test('a method a page, file or route does not take: a 405 that names those it does, never a 5xx or the page', async ({ request }) => {
  const pages = ['/sv', '/ar/barn', '/sv/stod?who=worried', '/sv/sok', '/admin/login']
  for (const path of pages) {
    for (const method of ['DELETE', 'PUT', 'PATCH', 'TRACE', 'PROPFIND']) {
      const res = await request.fetch(path, { method, maxRedirects: 0 })
      expect(res.status(), `${method} ${path}`).toBe(405)
      expect(res.headers().allow, `${method} ${path}`).toBe('GET, HEAD, POST, OPTIONS')
      expect(await res.text(), `${method} ${path}`).toMatch(new RegExp(`^Method not allowed: ${method}`))
    }
    const options = await request.fetch(path, { method: 'OPTIONS', maxRedirects: 0 })
    expect(options.status(), `OPTIONS ${path}`).toBe(204)
    expect(options.headers().allow).toBe('GET, HEAD, POST, OPTIONS')
  }
  // Files and routes keep their own answers; TRACE, which Next cannot represent, was a 500 there.
  for (const path of ['/robots.txt', '/sitemap.xml', '/api/search', '/api/reach/view', '/api/topics', '/favicon.ico']) {
    const res = await request.fetch(path, { method: 'TRACE', maxRedirects: 0 })
    expect(res.status(), `TRACE ${path}`).toBe(405)
    expect(res.headers().allow, `TRACE ${path}`).toBeTruthy()
  }
  // A method Node's parser does not know is its own 400.
  expect((await request.fetch('/robots.txt', { method: 'TRACK' })).status()).toBe(400)
})

/** The e2e server keeps film files in the checkout's media/films (src/films/files/index.ts). */
const filmDir = path.resolve('media/films')
const filmFilesOnDisk = () => (fs.existsSync(filmDir) ? fs.readdirSync(filmDir).sort().join('|') : '')

test.describe('films', () => {
  test.skip(!process.env.E2E_DATABASE_URL, 'needs the database of the e2e run (tests/e2e/run.ts)')

  test('bad video uploads get a clear 4xx (415 not a video, 400 cut short or without index, 413 too large) and nothing is saved', async ({ request }) => {
    test.setTimeout(120_000)
    const before = await snapshot()
    const filesBefore = filmFilesOnDisk()
    const expected: [typeof badVideos[number], number][] = [
      ...badVideos.slice(0, 4).map((f) => [f, 415] as [typeof f, number]),
      [badVideos[5], 400], [badVideos[6], 400],
      [{ name: 'big.mp4', mimeType: 'video/mp4', buffer: mp4(filmMaxBytes) }, 413],
    ]
    for (const [file, status] of expected) {
      const res = await request.post('/api/film-files', { headers: { ...adminHeaders(), 'accept-language': 'en' }, multipart: { file, _payload: '{}' }, failOnStatusCode: false })
      const body = await res.text()
      expect(res.status(), `${file.name} (${file.buffer.length} bytes): ${body.slice(0, 200)}`).toBe(status)
      expect(JSON.parse(body).errors?.[0]?.message, body).toMatch(/\w{4,}/)
      expect(body).not.toMatch(stackTrace)
    }
    // Anonymous: refused before anything about the file is read.
    expect((await request.post('/api/film-files', { multipart: { file: { name: 'f.mp4', mimeType: 'video/mp4', buffer: mp4() }, _payload: '{}' } })).status()).toBe(403)
    expect(await snapshot()).toEqual(before)
    expect(filmFilesOnDisk()).toBe(filesBefore)
  })

  test('broken captions are refused with a 400 that names the line, and the film is unchanged', async ({ request }) => {
    const film = await seededFilm(request)
    expect(film.captions).toMatch(/^WEBVTT/)
    const before = await snapshot()
    for (const captions of brokenCaptions) {
      for (const locale of ['sv', 'ar']) {
        const res = await request.patch(`/api/films/${film.id}?locale=${locale}`, { headers: { ...adminHeaders(), 'accept-language': 'en' }, data: { captions }, failOnStatusCode: false })
        const body = await res.text()
        expect(res.status(), `${locale} ${JSON.stringify(captions).slice(0, 80)}: ${body.slice(0, 300)}`).toBe(400)
        expect(body).not.toMatch(stackTrace)
        if (typeof captions === 'string' && captions.startsWith('WEBVTT\n\n') && locale === 'sv') expect(body, JSON.stringify(captions)).toMatch(/line \d+/i)
      }
    }
    expect(await snapshot()).toEqual(before)
  })

  test("the films' public addresses: a bad slug or caption language is 404, never 5xx", async ({ request }) => {
    const page = async (p: string) => request.get(p, { maxRedirects: 0, failOnStatusCode: false })
    expect((await page(`/sv/film/${filmSlug}`)).status()).toBe(200)
    expect((await page(`/sv/film/${filmSlug}/undertexter/ar.vtt`)).status()).toBe(200)
    for (const slug of badSlugs.slice(1)) {
      for (const rest of ['', '/samtal', '/undertexter/sv.vtt']) {
        const res = await page(`/sv/film/${slug}${rest}`)
        expect([400, 404], `${slug.slice(0, 40)}${rest} → ${res.status()}`).toContain(res.status())
      }
    }
    for (const file of captionFiles.filter((f) => !['sv.vtt', 'ar.vtt'].includes(f))) {
      const res = await page(`/sv/film/${filmSlug}/undertexter/${file}`)
      expect([400, 404], `${file.slice(0, 40)} → ${res.status()}`).toContain(res.status())
      expect(await res.text()).not.toMatch(stackTrace)
    }
  })

  test('bad Range headers on the video and poster answer 200 (ignored), 206 or 416, never 5xx', async ({ request }) => {
    await seededFilm(request)
    const whole = await request.get(`/api/film-files/file/${filmFile}`)
    expect(whole.status()).toBe(200)
    const size = (await whole.body()).length
    const outcomes: Record<string, number> = {}
    for (const range of badRanges) {
      for (const method of ['GET', 'HEAD']) {
        const res = await request.fetch(`/api/film-files/file/${filmFile}`, { method, headers: { Range: range }, failOnStatusCode: false })
        outcomes[`${method} ${range.slice(0, 30)}`] = res.status()
        expect([200, 206, 416], `${method} Range: ${range.slice(0, 40)}`).toContain(res.status())
        if (res.status() === 416) expect(res.headers()['content-range']).toBe(`bytes */${size}`)
      }
    }
    // Past the end cannot be served. RFC 9110 §14.2 says to ignore a range unit the server does not
    // know (200); Payload's file route answers 416, which a player never meets (they send bytes=).
    expect(outcomes['GET bytes=99999999999-'], JSON.stringify(outcomes)).toBe(416)
    expect([200, 416], JSON.stringify(outcomes)).toContain(outcomes['GET items=0-10'])
    expect(outcomes['GET bytes=0-0,5-9,100-'], JSON.stringify(outcomes)).not.toBe(416)
    const poster = await request.get(`/api/media/file/${posterFile}`, { headers: { Range: 'bytes=abc' }, failOnStatusCode: false })
    expect([200, 206, 416]).toContain(poster.status())
  })
})
