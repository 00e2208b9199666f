/**
 * Reach without tracking, in the browser: reading a page adds exactly one view to its document,
 * language and variant, by one first-party request after load that carries the page's path and
 * nothing else (no cookie goes or comes); without JavaScript the <noscript> image counts instead;
 * robots are not counted.
 */
import fs from 'node:fs'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { authFile } from './globalSetup'
import { adminHeaders, seedYear, swedishAndEnglishTopic } from './support'

/** The real views stored for a topic (or another document) in a language and variant (all days). */
async function stored(request: APIRequestContext, id: number, language: string, variant = 'adult', collection = 'topics'): Promise<number> {
  const res = await request.get(
    `/api/pageViews?where[docCollection][equals]=${collection}&where[docId][equals]=${id}&where[language][equals]=${language}&where[variant][equals]=${variant}&where[demo][equals]=false&pagination=false`,
    { headers: adminHeaders() },
  )
  expect(res.status()).toBe(200)
  return ((await res.json()) as { docs: { count: number }[] }).docs.reduce((a, d) => a + Number(d.count), 0)
}

test('reading a page adds exactly one view, without a cookie; robots add none; without JavaScript the image counts', async ({ browser, request }) => {
  const topic = await swedishAndEnglishTopic(request, `reach-${Date.now()}`)
  const path = `/en/amne/${topic.en}`
  expect(await stored(request, topic.id, 'en')).toBe(0)

  // A robot's visit is answered like any other and counted nowhere.
  const robot = await request.post(`/api/reach/view?p=${encodeURIComponent(path)}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } })
  expect(robot.status()).toBe(204)
  expect(robot.headers()['set-cookie']).toBeUndefined()
  expect(robot.headers()['cache-control']).toBe('no-store')
  // A HEAD (a player's or a checker's look) is answered as the image, and is no reading.
  const head = await request.head(`/api/reach/view?p=${encodeURIComponent(path)}`, { headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64)' } })
  expect(head.status()).toBe(200)
  expect(head.headers()['content-type']).toBe('image/gif')
  expect(head.headers()['cache-control']).toBe('no-store')
  expect(await head.body()).toHaveLength(0)
  // Any other method: a clear 405 naming those that count.
  const put = await request.put(`/api/reach/view?p=${encodeURIComponent(path)}`)
  expect(put.status()).toBe(405)
  expect(put.headers().allow).toBe('GET, HEAD, POST, OPTIONS')
  // OPTIONS names the same methods (Next's own would list the 405's as well).
  const options = await request.fetch('/api/reach/view', { method: 'OPTIONS' })
  expect(options.status()).toBe(204)
  expect(options.headers().allow).toBe(put.headers().allow)

  const context = await browser.newContext()
  const page = await context.newPage()
  const sent: { url: string; cookie?: string; body: string | null }[] = []
  page.on('request', (r) => {
    if (r.url().includes('/api/reach/')) sent.push({ url: r.url(), cookie: r.headers().cookie, body: r.postData() })
  })
  const counted = page.waitForResponse((r) => r.url().includes('/api/reach/view'))
  await page.goto(path)
  const answer = await counted
  expect(answer.status()).toBe(204)
  expect(await answer.headerValue('set-cookie')).toBeNull()
  await expect.poll(() => stored(request, topic.id, 'en'), { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
  expect(await stored(request, topic.id, 'en')).toBe(1)
  // One request, carrying the page's path and nothing else.
  expect(sent).toHaveLength(1)
  expect(new URL(sent[0].url).pathname).toBe('/api/reach/view')
  expect([...new URL(sent[0].url).searchParams.entries()]).toEqual([['p', path]])
  expect(sent[0].cookie).toBeUndefined()
  expect(sent[0].body ?? '').toBe('')
  expect(await context.cookies()).toEqual([])
  await context.close()

  // Without JavaScript, the <noscript> image is the one request.
  const plain = await browser.newContext({ javaScriptEnabled: false })
  const noJs = await plain.newPage()
  const image = noJs.waitForResponse((r) => r.url().includes('/api/reach/view'))
  await noJs.goto(`/sv/amne/${topic.sv}`)
  expect((await image).status()).toBe(200)
  await expect.poll(() => stored(request, topic.id, 'sv'), { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
  expect(await stored(request, topic.id, 'sv')).toBe(1)
  await plain.close()

  // The robot's earlier visit and the HEAD never showed up beside the reader's.
  expect(await stored(request, topic.id, 'en')).toBe(1)
  await request.delete(`/api/topics/${topic.id}`, { headers: adminHeaders() })
})

test('a campaign shows its reach as a chart and a table with a CSV, and the wheel the year by month and language', async ({ page, context, baseURL, request }) => {
  await context.addCookies([{ name: 'payload-token', value: fs.readFileSync(authFile, 'utf8').trim(), url: baseURL! }])
  const year = await seedYear(request)
  const found = await request.get('/api/campaigns?where[title][like]=Orange the World&sort=createdAt&limit=1&depth=0', { headers: adminHeaders() })
  const [orange] = ((await found.json()) as { docs: { id: number }[] }).docs
  await page.goto(`/admin/collections/campaigns/${orange.id}`)
  const reach = page.locator('section.reach')
  await expect(reach.getByRole('heading', { name: 'Reach' })).toBeVisible()
  // Seeded demo numbers, or real ones once tests have read the pages: a chart and its table either way.
  await expect(reach.getByRole('img', { name: /^Views per day and language/ })).toBeVisible()
  expect(await reach.locator('table tbody tr').count()).toBeGreaterThan(5)
  const csv = await request.get(`/api/reach/campaigns/${orange.id}/csv`, { headers: adminHeaders() })
  expect(csv.status()).toBe(200)
  const lines = (await csv.text()).trim().split('\r\n')
  expect(lines[0]).toBe('language,day,views,baseline_day,baseline_views,demo')
  expect(lines.length).toBeGreaterThan(5)

  await page.goto(`/admin/wheel?year=${year}`)
  const months = page.locator('section.wheel-view__reach')
  await expect(months.getByRole('heading', { name: `Reach ${year}: views per month and language` })).toBeVisible()
  expect(await months.locator('tbody tr').count()).toBeGreaterThan(0)
  await expect(months.locator('thead th')).toHaveCount(13)
})

test('reading an event page adds one view to that event in that language, and its edit view shows its page’s reach', async ({ browser, page, context, baseURL, request }) => {
  // A fresh public event a week from now (the server's clock and this one are the machine's), so the count is this test's alone.
  // At midday, so its 90 minutes never cross midnight in Malmö (the report would then run a day longer).
  const starts = new Date(Date.now() + 7 * 86_400_000)
  starts.setUTCHours(11, 0, 0, 0)
  const made = await request.post('/api/events?locale=sv', {
    headers: adminHeaders(),
    data: {
      title: `Räckvidd evenemang ${Date.now()}`,
      startsAt: starts.toISOString(),
      startsAt_tz: 'Europe/Stockholm',
      endsAt: new Date(starts.getTime() + 90 * 60_000).toISOString(),
      endsAt_tz: 'Europe/Stockholm',
      place: { venueName: 'Träffpunkt Test', address: 'Testgatan 1, Malmö' },
      languages: ['sv'],
      audiences: ['everyone'],
      signUp: { method: 'none' },
      organiser: 'Malmö stad',
      public: true,
      _status: 'published',
    },
  })
  expect(made.status()).toBe(201)
  const event = ((await made.json()) as { doc: { id: number; slug: string } }).doc
  expect(await stored(request, event.id, 'hr', 'adult', 'events')).toBe(0)
  const reader = await browser.newContext()
  const tab = await reader.newPage()
  const counted = tab.waitForResponse((r) => r.url().includes('/api/reach/view'))
  await tab.goto(`/hr/evenemang/${event.slug}`)
  expect((await counted).status()).toBe(204)
  await expect.poll(() => stored(request, event.id, 'hr', 'adult', 'events'), { timeout: 15_000 }).toBe(1)
  expect(await reader.cookies()).toEqual([])
  await reader.close()

  await context.addCookies([{ name: 'payload-token', value: fs.readFileSync(authFile, 'utf8').trim(), url: baseURL! }])
  await page.goto(`/admin/collections/events/${event.id}`)
  const reach = page.locator('section.reach')
  await expect(reach.getByRole('heading', { name: 'Reach' })).toBeVisible()
  await expect(reach.getByRole('img', { name: /^Views per day and language/ })).toBeVisible()
  // Four weeks up to the event through its day, one column: Croatian, the one language read.
  await expect(reach.locator('table tbody tr')).toHaveCount(28)
  await expect(reach.locator('table thead th[lang]')).toHaveCount(1)
  await expect(reach.locator('table thead th[lang="hr"]')).toHaveCount(1)
  const csv = await request.get(`/api/reach/events/${event.id}/csv`, { headers: adminHeaders() })
  expect(csv.status()).toBe(200)
  const lines = (await csv.text()).trim().split('\r\n')
  expect(lines[0]).toBe('language,day,views,baseline_day,baseline_views,demo')
  expect(lines.filter((l) => /^hr,\d{4}-\d\d-\d\d,1,,,false$/.test(l))).toHaveLength(1)
  await request.delete(`/api/events/${event.id}`, { headers: adminHeaders() })
})

test.describe('in an Arabic admin (right to left)', () => {
  test.use({ locale: 'ar', viewport: { width: 1280, height: 1000 }, isMobile: false, hasTouch: false })

  test('the chart’s labels read right to left: the language’s name, then its views during, then before, inside the chart', async ({ page, context, baseURL, request }) => {
    await context.addCookies([{ name: 'payload-token', value: fs.readFileSync(authFile, 'utf8').trim(), url: baseURL! }])
    await seedYear(request)
    const found = await request.get('/api/campaigns?where[title][like]=Orange the World&sort=createdAt&limit=1&depth=0', { headers: adminHeaders() })
    const [orange] = ((await found.json()) as { docs: { id: number }[] }).docs
    await page.goto(`/admin/collections/campaigns/${orange.id}`)
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    const chart = page.locator('section.reach svg[role="img"]')
    await expect(chart).toBeVisible()
    await chart.scrollIntoViewIfNeeded()
    await chart.screenshot({ path: test.info().outputPath('reach-chart-ar.png') })
    const labels = await chart.locator('text').evaluateAll((texts) =>
      (texts as SVGTextElement[]).map((t) => {
        const s = t.textContent ?? ''
        // Where each part is drawn: the first character of the name and of each number.
        const numbers = [...s.matchAll(/[0-9٠-٩۰-۹][0-9٠-٩۰-۹٬,.\s]*/g)].map((m) => m.index!)
        const box = t.getBBox()
        return { text: s, name: t.getStartPositionOfChar(s.search(/\p{L}/u)).x, numbers: numbers.map((i) => t.getStartPositionOfChar(i).x), box: { x: box.x, right: box.x + box.width }, width: t.ownerSVGElement!.viewBox.baseVal.width }
      }),
    )
    expect(labels.length).toBeGreaterThan(1)
    const swedish = labels.find((l) => l.text.includes('Svenska'))
    expect(swedish, labels.map((l) => l.text).join(' | ')).toBeDefined()
    for (const l of labels) {
      expect(l.numbers.length, l.text).toBeGreaterThanOrEqual(1)
      // Right to left: the name is drawn right of the first number, which is right of the second.
      const xs = [l.name, ...l.numbers]
      expect(xs, l.text).toEqual([...xs].sort((a, b) => b - a))
      // The whole label is inside the chart, not cut off at its edge.
      expect(l.box.x, l.text).toBeGreaterThanOrEqual(0)
      expect(l.box.right, l.text).toBeLessThanOrEqual(l.width)
    }
  })
})
