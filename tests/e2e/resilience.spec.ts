/**
 * The database stops while the production app runs (the runner's control server stops and starts
 * the throwaway PostgreSQL): cached public pages keep answering, pages that need the database get a
 * calm 503 with the numbers to call (from the edge; the API and the admin a plain one from the app),
 * and everything works again when it is back, without a restart.
 * Before that, a short load while an editor publishes (the full two minutes are in `npm run bench`).
 * Runs last and alone (project "resilience" in playwright.config.ts).
 */
import fs from 'node:fs'

import { expect, test, type APIRequestContext } from '@playwright/test'
import autocannon from 'autocannon'

import { adminHeaders, topicIdBySlug } from './support'

const control = process.env.E2E_CONTROL_URL
const stackTrace = /at \S+ \(|node_modules|\.tsx?:\d+|Error: /
const sqlText = /select |Failed query|"topics"/i
const serverLog = process.env.E2E_SERVER_LOG

/** What the server logged since `offset` (a byte position in its log), as lines. */
function loggedSince(offset: number): string[] {
  return fs.readFileSync(serverLog!).subarray(offset).toString('utf8').split('\n').filter((l) => l.trim() !== '')
}

/** Request a page until Next answers it from its cache (HIT), so it is known to be stored. */
async function cachedInNext(request: APIRequestContext, path: string) {
  await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { timeout: 20_000, message: path }).toBe('HIT')
}

interface LexicalNode { type?: string; text?: string; children?: LexicalNode[]; root?: LexicalNode }

/** The first text of a rich text (to change a body without rewriting it). */
function firstText(node: LexicalNode): LexicalNode | undefined {
  if (node.type === 'text') return node
  for (const child of node.root ? [node.root] : node.children ?? []) {
    const found = firstText(child)
    if (found) return found
  }
  return undefined
}

async function database(action: 'stop' | 'start') {
  const res = await fetch(`${control}/database/${action}`, { method: 'POST' })
  expect(res.status, await res.text()).toBe(204)
}

async function status(request: APIRequestContext, path: string) {
  return (await request.get(path, { maxRedirects: 0 })).status()
}

test.describe.configure({ mode: 'serial' })

test('under load at 50 connections while an editor publishes: no failed request, and every change shows', async ({ request, baseURL }) => {
  const seconds = Number(process.env.E2E_LOAD_SECONDS ?? 15)
  test.setTimeout((seconds + 60) * 1000)
  const topic = '/sv/amne/vald-i-nara-relation'
  const id = await topicIdBySlug(request, 'vald-i-nara-relation')
  const paths = ['/sv', '/ar', '/sv/barn', '/ar/barn', '/sv/stod', '/ar/stod', topic, '/en/amne/violence-in-close-relationships', '/fa/saker-surfning']
  const load = autocannon({ url: baseURL!, connections: 50, duration: seconds, timeout: 20, requests: paths.map((path) => ({ path })) })
  const changes: string[] = []
  let shown = 0
  const until = Date.now() + (seconds - 4) * 1000
  while (Date.now() < until) {
    const marker = `Ändrad under last ${Date.now()}`
    const saved = await request.patch(`/api/topics/${id}?locale=sv`, { headers: adminHeaders(), data: { adult: { summary: marker }, _status: 'published' } })
    expect(saved.status()).toBe(200)
    changes.push(marker)
    await expect.poll(async () => (await request.get(topic)).text(), { timeout: 15_000 }).toContain(marker)
    shown += 1
  }
  const result = await load
  expect(changes.length).toBeGreaterThan(0)
  expect(shown).toBe(changes.length)
  expect(result.requests.total).toBeGreaterThan(0)
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 })
})

test('a save expires only the pages that show what changed: another topic’s page stays in the cache', async ({ request }) => {
  // Two topics in different focus areas, so neither lists the other among its related topics.
  const saved = '/sv/amne/sexuellt-vald'
  const other = '/sv/amne/manniskohandel'
  await cachedInNext(request, saved)
  await cachedInNext(request, other)
  const marker = `Bara detta ämne ${Date.now()}`
  const res = await request.patch(`/api/topics/${await topicIdBySlug(request, 'sexuellt-vald')}?locale=sv`, {
    headers: adminHeaders(),
    data: { adult: { summary: marker }, _status: 'published' },
  })
  expect(res.status()).toBe(200)
  await expect.poll(async () => (await request.get(saved)).text(), { timeout: 15_000 }).toContain(marker)
  // Not expired, not stale: answered from the cache as it was, without rendering it again.
  expect((await request.get(other)).headers()['x-nextjs-cache']).toBe('HIT')
})

test.describe('the database stops', () => {
  test.skip(!control || Boolean(process.env.TEST_DATABASE_URL), 'needs the embedded throwaway PostgreSQL that tests/e2e/run.ts controls')

  test('while the database is away: cached pages answer, others are the edge’s calm 503; afterwards all is well again', async ({ request, page }) => {
    test.setTimeout(120_000)
    // A topic published now: its page is never rendered before the database stops, so it needs it.
    const slug = `reservrutiner-${Date.now()}`
    const created = await request.post('/api/topics?locale=sv', {
      headers: adminHeaders(),
      data: { slug, focusArea: 'general', adult: { title: 'Reservrutiner', summary: 'När databasen är borta' }, _status: 'published' },
    })
    expect(created.status()).toBe(201)
    const uncached = `/sv/amne/${slug}`
    const cached = ['/sv', '/ar', '/sv/stod', '/en/stod?who=worried', '/sv/amne/vald-i-nara-relation', '/fa/saker-surfning', '/sv/sok']
    // The saves so far (this topic, the tests before) expire their pages once more a few seconds
    // later (src/site/cache.ts); the outage begins after that, with those pages made again.
    await expect.poll(async () => (await (await request.get('/api/health')).json()).pendingExpiries ?? 0, { timeout: 20_000 }).toBe(0)
    for (const path of cached) expect(await status(request, path), path).toBe(200)
    // A topic's text saved just before the database goes: the other pages stay in the cache (a save
    // used to expire every topic's page, which then could not be made again until it was back).
    // Through the edge (when nginx runs): its last good copy of the page saved below.
    const edge = process.env.EDGE_URL
    const savedPath = '/sv/amne/vad-raknas-som-vald'
    const lastGood = edge ? await (await fetch(edge + savedPath)).text() : undefined
    const savedId = await topicIdBySlug(request, 'vad-raknas-som-vald')
    const current = (await (await request.get(`/api/topics/${savedId}?locale=sv&depth=0`, { headers: adminHeaders() })).json()) as { adult: { body: LexicalNode } }
    const marker = `Sparad strax före avbrottet ${Date.now()}`
    firstText(current.adult.body)!.text += ` ${marker}`
    const saved = await request.patch(`/api/topics/${savedId}?locale=sv`, { headers: adminHeaders(), data: { adult: { body: current.adult.body }, _status: 'published' } })
    expect(saved.status()).toBe(200)

    const knownId = await topicIdBySlug(request, 'vald-i-nara-relation')
    const logFrom = fs.statSync(serverLog!).size
    await database('stop')
    try {
      // A page that needs the database cannot be made: the app alone answers Next's 500, without a
      // stack or the SQL (a plain read does not run the proxy, issue #12).
      await expect.poll(() => status(request, uncached), { timeout: 15_000 }).toBe(500)
      const bare = await (await request.get(uncached)).text()
      expect(bare).not.toMatch(stackTrace)
      expect(bare).not.toMatch(sqlText)
      for (const path of cached) expect(await status(request, path), `${path} from the cache`).toBe(200)
      // A topic that does not exist is still a 404, known from the cached list.
      expect(await status(request, '/sv/amne/finns-inte')).toBe(404)

      // The production shape has the edge in front: the page saved just before cannot be made again
      // without the database, so the edge keeps serving the last good copy it had; and a page it
      // never had is its calm 503, in the reader's language and direction, without JavaScript.
      if (edge) {
        const fromEdge = await fetch(edge + savedPath)
        expect(fromEdge.status, 'the saved page through the edge').toBe(200)
        const html = await fromEdge.text()
        expect(html).toBe(lastGood)
        expect(html).not.toContain(marker)

        const res = await fetch(edge + uncached)
        const calm = await res.text()
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toBeTruthy()
        expect(res.headers.get('referrer-policy')).toBe('no-referrer')
        expect(calm).toContain('href="tel:112"')
        expect(calm).toContain('href="tel:020505050"')
        expect(calm).not.toMatch(stackTrace)

        const arabic = await page.goto(`${edge}/ar/amne/${slug}`)
        expect(arabic?.status()).toBe(503)
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
        await expect(page.locator('h1')).toHaveText('لا يمكن عرض الصفحة الآن')
        await expect(page.locator('a[href="tel:112"]').first()).toBeVisible()
        await expect(page.locator('a[rel~="noreferrer"]')).toHaveCount(1)
        await page.goto(edge + uncached)
        await page.screenshot({ path: 'test-results/unavailable.png', fullPage: true })
      }

      // Search needs the database: it says so calmly instead of breaking the page.
      await page.goto('/sv/sok')
      await page.locator('#q').fill('våld')
      await page.locator('.search-form button[type="submit"]').click()
      await expect(page.locator('[aria-live] p')).toContainText('112')

      // The API and the admin's sign-in: a plain 503 that says when to try again, no stack, no SQL.
      const api = [
        await request.get('/api/topics?limit=1'),
        await request.get(`/api/topics/${knownId}`),
        await request.post('/api/users/login', { data: { email: 'someone@example.org', password: 'not-the-password' } }),
        await request.post('/api/graphql', { data: { query: '{ Topics { docs { id } } }' } }),
        await request.get('/admin/login'),
      ]
      for (const res of api) {
        const body = await res.text()
        expect(res.status(), res.url()).toBe(503)
        expect(res.headers()['retry-after'], res.url()).toMatch(/^\d+$/)
        expect(body).not.toMatch(stackTrace)
        expect(body).not.toMatch(sqlText)
      }

      // The outage is logged once, then as a count, not as a stack and the SQL per request.
      await expect.poll(() => loggedSince(logFrom).join('\n'), { timeout: 20_000 }).toMatch(/still unavailable.* [1-9]\d* requests answered 503/i)
      const during = loggedSince(logFrom)
      expect(during.filter((l) => /database unavailable/i.test(l)), during.join('\n')).toHaveLength(1)
      expect(during.filter((l) => !/still unavailable/i.test(l)).length, during.join('\n')).toBeLessThanOrEqual(3)
      expect(during.join('\n')).not.toMatch(sqlText)
    } finally {
      await database('start')
    }
    // Its end is logged, with how many requests were answered 503 meanwhile.
    await expect.poll(() => loggedSince(logFrom).join('\n'), { timeout: 30_000 }).toMatch(/database available again.* [1-9]\d* requests answered 503/i)
    // The pool's lost connections were handled, not left to crash a stricter runner.
    expect(loggedSince(logFrom).join('\n')).not.toMatch(/uncaughtException|unhandledRejection/)
    // The saved change shows once the page can be made again.
    await expect.poll(async () => (await request.get('/sv/amne/vad-raknas-som-vald')).text(), { timeout: 30_000 }).toContain(marker)

    await expect.poll(() => status(request, uncached), { timeout: 30_000 }).toBe(200)
    expect(await (await request.get(uncached)).text()).toContain('Reservrutiner')
    await page.goto('/sv/sok')
    await page.locator('#q').fill('Reservrutiner')
    await page.locator('.search-form button[type="submit"]').click()
    await expect(page.locator('.search-results a').first()).toContainText('Reservrutiner')
  })
})
