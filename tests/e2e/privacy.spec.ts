/**
 * The reader may be watched, on their own phone or over their shoulder. Every public page type, in a
 * left-to-right and a right-to-left language: no cookie, no storage of any kind (also after using
 * the page), no request to another host, the security headers, no referrer on links out, and
 * search words that leave no trace in the address, the history or any request's URL. The admin, too,
 * talks to no other host.
 */
import fs from 'node:fs'

import { expect, test, type Page } from '@playwright/test'

import { authFile } from './globalSetup'
import { parseHtml } from './html'
import { adminHeaders, everyPageType, seededTopicInAdmin, storedInBrowser, watchTraces } from './support'

const sv = JSON.parse(fs.readFileSync('messages/sv.json', 'utf8')) as { search: { privacyNoScript: string } }

/** Use what a page offers a reader without leaving it: open the language menu, filter, search. */
async function interact(page: Page) {
  const picker = page.locator('.language-picker summary')
  if (await picker.count()) {
    await picker.click()
    await expect(page.locator('.language-picker__list')).toBeVisible()
    await picker.click()
  }
  const filter = page.locator('.filters button[type="submit"]')
  if (await filter.count()) await filter.click()
  const search = page.locator('.search-form #q')
  if (await search.count()) {
    await search.fill('stöd')
    await page.locator('.search-form button[type="submit"]').click()
    await expect(page.locator('.search-results__heading')).toBeVisible()
  }
}

function expectSecurityHeaders(h: Record<string, string>, path: string) {
  expect(h['referrer-policy'], path).toBe('no-referrer')
  expect(h['x-content-type-options'], path).toBe('nosniff')
  expect(h['x-frame-options'], path).toBe('DENY')
  expect(h['content-security-policy'], path).toContain("default-src 'self'")
  expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'")
  expect(h['content-security-policy'], path).toContain("connect-src 'self'")
  expect(h['permissions-policy'], path).toContain('geolocation=()')
  expect(h['set-cookie'], path).toBeUndefined()
}

for (const locale of ['sv', 'ar']) {
  test(`${locale}: no trace on any page type, also after using it`, async ({ page, baseURL }) => {
    test.setTimeout(90_000)
    const traces = watchTraces(page, baseURL!)
    const origin = new URL(baseURL!).origin
    for (const path of await everyPageType(page, locale)) {
      const res = await page.goto(path)
      expectSecurityHeaders(res!.headers(), path)
      await interact(page)
      // Every link out of the site sends no referrer.
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })))
      const out = links.filter((l) => /^https?:/.test(l.href) && new URL(l.href).origin !== origin)
      expect(out.filter((l) => !l.rel.split(/\s+/).includes('noreferrer')), `${path}: links out without noreferrer`).toEqual([])
      await traces.expectNoTrace()
    }
  })
}

test('a link an editor puts in a text sends no referrer', async ({ request, page }) => {
  const slug = `lank-ut-${Date.now()}`
  const link = (url: string) => ({ type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields: { url, newTab: false, linkType: 'custom' },
    children: [{ type: 'text', text: url, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] })
  const body = { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [
    { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [link('https://www.1177.se/'), link('http://example.org/x')] },
  ] } }
  const res = await request.post('/api/topics?locale=sv', { headers: adminHeaders(), data: { slug, focusArea: 'general', adult: { title: 'Länkar ut', body }, _status: 'published' } })
  expect(res.status()).toBe(201)
  await page.goto(`/sv/amne/${slug}`)
  const rels = await page.locator('.rich-text a').evaluateAll((as) => as.map((a) => a.getAttribute('rel')))
  expect(rels).toHaveLength(2)
  for (const rel of rels) expect(rel?.split(' ')).toContain('noreferrer')
})

test('search words are in no address, no history entry, no request URL and no storage', async ({ page, baseURL }) => {
  const urls: string[] = []
  page.on('request', (r) => urls.push(r.url()))
  const traces = watchTraces(page, baseURL!)
  await page.goto('/sv/sok')
  const before = await page.evaluate(() => history.length)
  await page.locator('#q').fill('hedersrelaterat')
  const [post] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.locator('.search-form button[type="submit"]').click()])
  await expect(page.locator('.search-results li').first()).toBeVisible()
  expect(new URL(post.url()).pathname).toBe('/api/search')
  expect(post.headers()['referer'] ?? '').toBe('')
  expect(page.url()).toMatch(/\/sv\/sok$/)
  expect(urls.filter((u) => /heder/i.test(decodeURIComponent(u)))).toEqual([])
  expect(await page.evaluate(() => history.length)).toBe(before)
  expect(await page.evaluate(() => JSON.stringify(history.state ?? ''))).not.toContain('heder')
  expect(JSON.stringify(await storedInBrowser(page))).not.toContain('heder')
  await expect(page.getByText(sv.search.privacyNoScript)).toBeHidden()
  await traces.expectNoTrace()
})

test('without JavaScript the search form posts, and the address stays the same', async ({ browser, request: api }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/sv/sok')
  await page.locator('#q').fill('människohandel')
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.locator('.search-form button[type="submit"]').click()])
  expect(decodeURIComponent(request.url())).not.toMatch(/m(ä|a)nniskohandel/)
  await expect(page.locator('.search-results li').first()).toBeVisible()
  expect(page.url()).toMatch(/\/sv\/sok$/)
  expect(await context.cookies()).toEqual([])
  await context.close()
  // The browser keeps the posted form with its history entry (Back and reload post it again): the
  // page says so to a browser without JavaScript, in <noscript>. (Playwright's JavaScript switch
  // does not show <noscript> as such a browser does, so the page is read as it parses it.)
  const delivered = await parseHtml(await (await api.get('/sv/sok')).text())
  expect(delivered.querySelectorAll('noscript .hint').map((el) => el.textContent)).toEqual([sv.search.privacyNoScript])
})

test('the search asks a route that takes only a posted form, and keeps its answer out of every cache', async ({ request }) => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const answer = await request.post('/api/search', { headers: form, data: 'locale=ar&q=%D8%A7%D9%84%D8%B9%D9%86%D9%81' })
  expect(answer.status()).toBe(200)
  expect(answer.headers()['cache-control']).toBe('no-store')
  expect(answer.headers()['set-cookie']).toBeUndefined()
  const state = await answer.json()
  expect(state.query).toBe('العنف')
  expect(state.results.length).toBeGreaterThan(0)
  expect(state.results[0].href).toMatch(/^\/ar\//)
  // A control character is no word (PostgreSQL would refuse a NUL): the rest is searched.
  const nul = await (await request.post('/api/search', { headers: form, data: 'locale=sv&q=m%C3%A4nniskohandel%00' })).json()
  expect(nul.query).toBe('människohandel')
  expect(nul.results.length).toBeGreaterThan(0)
  // Words in an address would reach logs and history: a GET is refused, whatever it carries.
  const get = await request.get('/api/search?locale=sv&q=v%C3%A5ld')
  expect(get.status()).toBe(405)
  expect(get.headers()['allow']).toBe('POST, OPTIONS')
  const options = await request.fetch('/api/search', { method: 'OPTIONS' })
  expect(options.status()).toBe(204)
  expect(options.headers()['allow']).toBe(get.headers()['allow'])
  expect((await get.json()).errors[0].message).toMatch(/POST/)
  expect((await request.post('/api/search', { headers: { 'content-type': 'application/json' }, data: '{"locale":"sv","q":"våld"}' })).status()).toBe(415)
  expect((await request.post('/api/search', { headers: form, data: 'locale=xx&q=x' })).status()).toBe(400)
  expect((await request.post('/api/search', { headers: form, data: 'locale=sv&q=' + 'x'.repeat(20_000) })).status()).toBe(413)
  const refused = await request.post('/api/search', { headers: form, data: 'q=x' })
  expect(refused.status()).toBe(400)
  expect((await refused.json()).errors[0].message).toMatch(/locale/)
})

test('should the search route fail, the form asks its server action instead', async ({ page }) => {
  await page.route('**/api/search', (route) => route.abort())
  await page.goto('/sv/sok')
  await page.locator('#q').fill('människohandel')
  const [post] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && !r.url().includes('/api/search')), page.locator('.search-form button[type="submit"]').click()])
  expect(post.headers()['next-action']).toBeTruthy()
  await expect(page.locator('.search-results li').first()).toBeVisible()
  expect(page.url()).toMatch(/\/sv\/sok$/)
})

test('the admin and the API also set no cookie on an anonymous visit', async ({ request }) => {
  for (const path of ['/api/topics?limit=1', '/sitemap.xml', '/robots.txt']) {
    const res = await request.get(path)
    expect(res.status(), path).toBeLessThan(400)
    expect(res.headers()['set-cookie'], path).toBeUndefined()
    expect(res.headers()['referrer-policy'], path).toBe('no-referrer')
  }
})

test('the admin talks to no other host either (no avatar service, no fonts, no telemetry)', async ({ page, baseURL }) => {
  test.setTimeout(90_000)
  const origin = new URL(baseURL!).origin
  const foreign: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  await page.context().addCookies([{ name: 'payload-token', value: fs.readFileSync(authFile, 'utf8').trim(), url: baseURL! }])
  await page.goto('/admin')
  await expect(page.getByRole('link', { name: /Ämnen|Topics/ }).first()).toBeVisible()
  const topic = await seededTopicInAdmin(page.request, 'efter-att-du-lamnat')
  for (const path of [topic, '/admin/collections/media', '/admin/collections/users', '/admin/account', '/admin/translations', '/admin/wheel', '/admin/globals/siteSettings']) {
    await page.goto(path, { waitUntil: 'networkidle' })
    // The account link carries the avatar, which Payload fetches from gravatar.com by default.
    await expect(page.locator('a[href="/admin/account"]').first()).toBeAttached()
  }
  expect(foreign, 'requests from the admin to other hosts').toEqual([])
})
