/**
 * The public site through the edge (nginx with deploy/nginx/, started by tests/e2e/run.ts in front
 * of the test server): what it caches and never caches, the headers as strict as the app's, no
 * cookie, and a publish shown through it within 10 s without any purge.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { freshForSeconds, revalidateForSeconds } from '../../src/edge/headers'
import { adminHeaders, watchTraces } from './support'

const edge = process.env.EDGE_URL ?? ''
test.skip(!edge, 'needs nginx (tests/e2e/run.ts starts it when installed)')

const strictHeaders = ['content-security-policy', 'referrer-policy', 'x-content-type-options', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy']

async function read(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const res = await request.get(edge + path, { headers, maxRedirects: 0 })
  return { status: res.status(), headers: res.headers(), cache: res.headers()['x-edge-cache'], text: await res.text() }
}

test('a public page is served from the edge with the app’s strict headers, no cookie and a short freshness', async ({ request }) => {
  const path = '/fi/saker-surfning'
  const app = await request.get(path)
  await read(request, path)
  await expect.poll(async () => (await read(request, path)).cache, { timeout: 10_000 }).toBe('HIT')
  const { status, headers } = await read(request, path)
  expect(status).toBe(200)
  for (const name of strictHeaders) expect(headers[name], name).toBe(app.headers()[name])
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['set-cookie']).toBeUndefined()
  // What any cache in front may do with it: keep it 5 s, refresh within 5 more, keep serving it while the app fails.
  const cacheControl = headers['cache-control']
  expect(cacheControl).toMatch(/(^|, )public(,|$)/)
  expect(Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1])).toBe(freshForSeconds)
  expect(Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1])).toBe(revalidateForSeconds)
  expect(Number(/stale-if-error=(\d+)/.exec(cacheControl)?.[1])).toBeGreaterThanOrEqual(3600)
  // Payload's colour-scheme client hints belong to the admin only (payloadcms/payload#17906).
  for (const name of ['critical-ch', 'accept-ch']) expect(headers[name], name).toBeUndefined()
  expect(headers.vary ?? '').not.toMatch(/Sec-CH/i)
  const admin = await request.get('/admin/login')
  expect(admin.headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})

test('a page from the edge’s cache keeps the Date it was made with, so a cache in front counts its age (RFC 9111 §4.2.3)', async ({ request }) => {
  // An address of its own: the copy is this test's, stored a moment before it is first served.
  const path = `/sv/tillganglighet?edge-date=${Date.now()}`
  await expect.poll(async () => (await read(request, path)).cache, { timeout: 10_000 }).toBe('HIT')
  const stored = (await read(request, path)).headers.date
  // Until the edge's own clock (its health answer's Date) is past the second of the stored copy's Date.
  await expect.poll(async () => (await request.get(`${edge}/_edge/health`)).headers().date, { timeout: 5_000 }).not.toBe(stored)
  const later = await read(request, path)
  expect(later.cache).toMatch(/^(HIT|STALE)$/)
  expect(later.headers.date).toBe(stored)
})

test('the site’s icon is there (no console error for a missing /favicon.ico) and kept by the edge', async ({ request }) => {
  const icon = await request.get(`${edge}/favicon.ico`)
  expect(icon.status()).toBe(200)
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
  await expect.poll(async () => (await request.get(`${edge}/favicon.ico`)).headers()['x-edge-cache'], { timeout: 10_000 }).toBe('HIT')
})

test('languages, variants and queries never mix in the cache', async ({ request }) => {
  const pages = [
    ['/sv/barn', 'lang="sv"'],
    ['/ar/barn', 'lang="ar"'],
    ['/ar', 'lang="ar"'],
    ['/sv', 'lang="sv"'],
    ['/en/stod?who=worried', 'lang="en"'],
    ['/en/stod', 'lang="en"'],
  ] as const
  // Twice: the second answer of each comes from the cache.
  const first = await Promise.all(pages.map(([path]) => read(request, path)))
  const second = await Promise.all(pages.map(([path]) => read(request, path)))
  for (const [i, [path, lang]] of pages.entries()) {
    expect(second[i].status, path).toBe(200)
    expect(second[i].text, path).toContain(`<html ${lang}`)
    expect(second[i].text, path).toBe(first[i].text)
  }
  expect(second[0].text).not.toBe(second[3].text)
  expect(second[4].text).not.toBe(second[5].text)
  // Compressed and plain are kept apart too: a reader who takes no gzip gets the same page, plain.
  // (Not byte for byte: it is another copy, made when it was first asked for, and the other worker's
  // tests publish meanwhile.)
  const plain = await request.get(`${edge}/sv/barn`, { headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  const plainText = await plain.text()
  expect(plainText).toContain('<html lang="sv"')
  expect(plainText).toContain('class="page page--child"')
})

test('the directory through the edge: each address cached, the form’s as the site’s own links', async ({ request }) => {
  const canonical = '/so/stod?who=worried&language=so'
  const asTheFormSendsIt = '/so/stod?who=worried&about=&group=&language=so&open='
  for (const address of [canonical, asTheFormSendsIt]) {
    await read(request, address)
    await expect.poll(async () => (await read(request, address)).cache, { timeout: 10_000, message: address }).toBe('HIT')
  }
  const [a, b] = [await read(request, canonical), await read(request, asTheFormSendsIt)]
  expect(a.text).toContain('<html lang="so"')
  const shown = (html: string) => [/class="result-count">[^<]*/.exec(html)?.[0], [...html.matchAll(/<option value="[^"]*"[^>]*\sselected/g)].map((m) => m[0]).join()]
  expect(shown(b.text)).toEqual(shown(a.text))
  // The two are one copy, kept by the filters' values: another plain order is served from it at once.
  expect((await read(request, '/so/stod?language=so&about=&who=worried')).cache).toBe('HIT')
  // A query nginx could read otherwise than the app (a name in capitals, a filter given twice, an
  // encoded name) keeps its own copy: each shows what the app made of it.
  const chosen = (html: string) => [...html.matchAll(/<option value="([^"]*)"[^>]*\sselected/g)].map((m) => m[1]).filter(Boolean)
  await read(request, '/so/stod?who=subjected&language=so')
  expect(chosen((await read(request, '/so/stod?WHO=worried&language=so')).text)).toEqual(['so'])
  expect(chosen((await read(request, '/so/stod?who=subjected&language=so&who=worried')).text)).toEqual(['worried', 'so'])
  expect(chosen((await read(request, '/so/stod?wh%6F=worried&language=so')).text)).toEqual(['worried', 'so'])
  expect(chosen((await read(request, '/so/stod?language=so')).text)).toEqual(['so'])
  // A value the directory does not know is redirected away.
  const redirected = await read(request, '/so/stod?language=so&who=worried&about=nonsense')
  expect(redirected.status).toBe(308)
  expect(redirected.headers.location).toMatch(/\/so\/stod\?who=worried&language=so$/)
  // A browser, which ignores s-maxage, would otherwise keep a 308 for ever: the value may be known later.
  expect(redirected.headers['cache-control']).toMatch(/(^|, )max-age=0(,|$)/)
  // "Open now" is kept only as long as the app says, and the edge has its own location for it.
  const openNow = await read(request, '/so/stod?open=now')
  expect(openNow.status).toBe(200)
  expect(openNow.headers['cache-control']).toMatch(/^public, s-maxage=\d+, must-revalidate$/)
  expect(openNow.cache).toMatch(/^(MISS|HIT|EXPIRED)$/)
})

test('never from the cache: the admin, the API, posts, server actions, router requests and anyone signed in', async ({ request }) => {
  const path = '/pl/tillganglighet'
  await read(request, path)
  await expect.poll(async () => (await read(request, path)).cache, { timeout: 10_000 }).toBe('HIT')
  expect((await read(request, path, { cookie: 'payload-token=abc' })).cache).toBe('BYPASS')
  expect((await read(request, path, { authorization: 'JWT abc' })).cache).toBe('BYPASS')
  expect((await read(request, path, { 'next-action': 'abc' })).cache).toBe('BYPASS')
  // A client-router request answers the same address with another format: never stored in its place.
  const rsc = await read(request, path, { rsc: '1' })
  expect(rsc.cache).toBe('BYPASS')
  expect((await read(request, path)).text).toMatch(/^<!DOCTYPE html>/i)
  for (const api of ['/api/topics?limit=1', '/api/users/me', '/admin/login']) {
    expect((await read(request, api)).cache, api).toBeUndefined()
  }
  const posted = await request.post(`${edge}${path}`, { form: { x: '1' }, maxRedirects: 0 })
  expect(posted.headers()['x-edge-cache']).toBeUndefined()
  // A session cookie sent to a public page never reaches the cache's copy nor a later reader.
  expect((await read(request, path)).headers['set-cookie']).toBeUndefined()
})

test('what the edge and any cache behind it may keep: a 404 briefly, a missing build file, the API and router requests never', async ({ request }) => {
  // Next's own not-found page, outside the locales, would say a year.
  for (const path of ['/xx', '/manifest.webmanifest', '/.well-known/security.txt']) {
    const { status, headers } = await read(request, path)
    expect(status, path).toBe(404)
    expect(Number(/s-maxage=(\d+)/.exec(headers['cache-control'])?.[1]), path).toBe(freshForSeconds)
  }
  // A page of a new build asking an old instance for its scripts (a rolling update): never kept.
  const missing = `/_next/static/chunks/missing-${Date.now()}.js`
  for (const round of [1, 2]) {
    const { status, headers, cache } = await read(request, missing)
    expect(status, `round ${round}`).toBe(404)
    expect(headers['cache-control']).toBe('no-store')
    expect(cache, `round ${round}`).toBe('MISS')
  }
  expect((await read(request, '/api/users/me')).headers['cache-control']).toBe('no-store')
  expect((await read(request, '/api/topics?limit=1')).headers['cache-control']).toBe('no-store')
  expect((await read(request, '/sv', { rsc: '1' })).headers['cache-control']).toBe('private, no-store')
})

test('"open now" however its address is spelled is never kept where stale pages are served', async ({ request }) => {
  // nginx reads a repeated parameter's first value (24h), Next its last (now): the app's answer says
  // must-revalidate, and the edge does not keep it.
  const path = '/hr/stod?open=24h&open=now'
  for (const round of [1, 2, 3]) {
    const { status, headers, cache } = await read(request, path)
    expect(status).toBe(200)
    expect(headers['cache-control']).toMatch(/must-revalidate/)
    expect(cache, `round ${round}`).toBe('MISS')
  }
})

test('methods and encodings: a page takes GET, HEAD and POST, and gzip refused is not sent', async ({ request }) => {
  for (const method of ['DELETE', 'PUT', 'PATCH']) {
    const res = await request.fetch(`${edge}/sv`, { method, maxRedirects: 0 })
    expect(res.status(), method).toBe(405)
    expect(res.headers().allow).toBe('GET, HEAD, POST, OPTIONS')
    expect(res.headers()['referrer-policy']).toBe('no-referrer')
  }
  const refused = await request.get(`${edge}/robots.txt`, { headers: { 'accept-encoding': 'gzip;q=0, identity' } })
  expect(refused.headers()['content-encoding']).toBeUndefined()
  expect(await refused.text()).toMatch(/^User-agent/im)
  const asked = await request.get(`${edge}/robots.txt`, { headers: { 'accept-encoding': 'gzip;q=0.5' } })
  expect(asked.headers()['content-encoding']).toBe('gzip')
})

test('a publish shows through the edge within 10 seconds, without a purge', async ({ request }) => {
  const auth = adminHeaders()
  const found = await request.get('/api/topics?locale=sv&where[slug][equals]=sakerhetsplanering', { headers: auth })
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]?.id
  expect(id).toBeTruthy()
  const path = '/sv/amne/sakerhetsplanering'
  await read(request, path)
  await expect.poll(async () => (await read(request, path)).cache, { timeout: 10_000 }).toBe('HIT')
  const marker = `Genom kanten ${Date.now()}`
  const saved = await request.patch(`/api/topics/${id}?locale=sv`, { headers: auth, data: { adult: { summary: marker }, _status: 'published' } })
  expect(saved.status()).toBe(200)
  await expect.poll(async () => (await read(request, path)).text, { timeout: 10_000 }).toContain(marker)
})

test('in the browser through the edge: one navigation, no cookie, no storage, nothing from another host', async ({ page }) => {
  const documents: string[] = []
  page.on('request', (req) => {
    if (req.resourceType() === 'document') documents.push(req.url())
  })
  const traces = watchTraces(page, edge)
  const res = await page.goto(`${edge}/sv`)
  expect(res?.status()).toBe(200)
  await expect(page.locator('h1')).toBeVisible()
  // Critical-CH on a public page would make Chromium fetch the page a second time.
  expect(documents).toEqual([`${edge}/sv`])
  await page.goto(`${edge}/ar/barn`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await traces.expectNoTrace()
})

test('a film through the edge: byte ranges reach the app and come back as 206, never cached whole; captions are cached like pages', async ({ request }) => {
  const page = await read(request, '/sv/film/tidiga-tecken')
  const src = /<source src="([^"]+)" type="video\/mp4"/.exec(page.text)?.[1]
  expect(src, 'the film page names its video').toBeTruthy()
  const path = new URL(src!.replace(/&amp;/g, '&'), edge).pathname + new URL(src!.replace(/&amp;/g, '&'), edge).search
  for (let i = 0; i < 2; i++) {
    const part = await request.get(edge + path, { headers: { Range: 'bytes=100-199' } })
    expect(part.status()).toBe(206)
    expect(part.headers()['content-range']).toMatch(/^bytes 100-199\/\d+$/)
    expect((await part.body()).length).toBe(100)
    // The API's location: straight to the app, so no X-Edge-Cache and no copy at the edge.
    expect(part.headers()['x-edge-cache']).toBeUndefined()
  }
  const size = Number(/\/(\d+)$/.exec((await request.get(edge + path, { headers: { Range: 'bytes=0-0' } })).headers()['content-range'])![1])
  expect((await request.get(edge + path, { headers: { Range: `bytes=${size}-` } })).status()).toBe(416)

  const captions = '/ar/film/tidiga-tecken/undertexter/ar.vtt'
  await read(request, captions)
  await expect.poll(async () => (await read(request, captions)).cache, { timeout: 10_000 }).toBe('HIT')
  expect((await read(request, captions)).headers['content-type']).toBe('text/vtt; charset=utf-8')
})
