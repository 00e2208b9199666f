/** The reader's paths through the public site, in Swedish, English, Somali, Arabic and Persian. */
import { expect, test } from '@playwright/test'

import { publicCacheControl } from '../../src/edge/headers'
import { topicsPerFile } from '../../src/sitemap/limits'
import { locales, readSitemap, stubNeutralSite, swedishAndEnglishTopic, watchTraces } from './support'

for (const locale of ['sv', 'en', 'so', 'ar', 'fa']) {
  test(`${locale}: home → way in → topic → child version → directory filter → call → quick exit`, async ({ page, baseURL }) => {
    const traces = watchTraces(page, baseURL!)
    await page.goto(`/${locale}`)
    await expect(page.locator('h1')).toBeVisible()
    // The first way in: "I am being hurt".
    await page.locator('.entry-point').first().click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/vem/subjected$`))
    await page.locator('.topic-list a').first().click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/amne/`))
    const adultTitle = await page.locator('h1').innerText()
    await page.locator('.variant-switch a').click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/barn/amne/`))
    await expect(page.locator('h1')).not.toHaveText(adultTitle)
    await expect(page.locator('.page--child')).toBeVisible()
    await page.goto(`/${locale}/stod`)
    await page.locator('#f-who').selectOption('uses-violence')
    await page.locator('.filters button[type="submit"]').click()
    await expect(page).toHaveURL(/who=uses-violence/)
    const call = page.locator('.service-card .call-button').first()
    await expect(call).toHaveAttribute('href', 'tel:020555666')
    await traces.expectNoTrace()
    await stubNeutralSite(page)
    await page.locator('.quick-exit__button').click()
    await expect(page).toHaveURL('https://www.smhi.se/')
  })
}

test('a topic’s breadcrumbs: only the last is the current page, and none says the same twice', async ({ page }) => {
  // A focus area's own topic is titled like the area; another topic of the area keeps the area's crumb.
  for (const [path, count] of [['/sv/amne/vald-i-nara-relation', 2], ['/sv/amne/vad-raknas-som-vald', 3]] as const) {
    await page.goto(path)
    const crumbs = page.locator('.breadcrumbs li')
    const labels = await crumbs.allInnerTexts()
    expect(labels, path).toHaveLength(count)
    expect(new Set(labels).size, path).toBe(labels.length)
    await expect(page.locator('.breadcrumbs [aria-current]'), path).toHaveCount(1)
    await expect(crumbs.last(), path).toHaveAttribute('aria-current', 'page')
  }
})

test('a topic not yet translated shows the Swedish text, marked, under a notice in the reader’s language', async ({ page, request }) => {
  const slug = await swedishAndEnglishTopic(request, 'residents')
  const res = await page.goto(`/so/amne/${slug.sv}`)
  expect(res?.status()).toBe(200)
  await expect(page.locator('.notice--fallback')).toBeVisible()
  await expect(page.locator('.notice--fallback')).toContainText('Soomaali')
  await expect(page.locator('h1')).toHaveAttribute('lang', 'sv')
  await expect(page.locator('.rich-text')).toHaveAttribute('lang', 'sv')
  await expect(page.locator('.notice--fallback a[hreflang="en"]')).toHaveAttribute('href', `/en/amne/${slug.en}`)
})

test('a translated topic has no notice and no lang override', async ({ page }) => {
  await page.goto('/so/amne/rabshadda-xiriirka-dhow')
  await expect(page.locator('.notice--fallback')).toHaveCount(0)
  await expect(page.locator('h1')).not.toHaveAttribute('lang', /.+/)
})

test('a slug from another language leads to this language’s own address', async ({ page }) => {
  await page.goto('/en/amne/vald-i-nara-relation')
  await expect(page).toHaveURL(/\/en\/amne\/violence-in-close-relationships$/)
})

test('the children’s route of an adult-only topic says so kindly and never shows the adult text', async ({ page }) => {
  const res = await page.goto('/sv/barn/amne/skyddade-personuppgifter')
  expect(res?.status()).toBe(200)
  await expect(page.locator('a[href="tel:116111"]')).toBeVisible()
  await expect(page.locator('.rich-text')).toHaveCount(0)
  await expect(page.locator('main')).toContainText('BRIS')
})

test('phone numbers in Arabic text stay left-to-right and are tap-to-call', async ({ page }) => {
  await page.goto('/ar/amne/العنف-في-العلاقات-القريبة')
  const number = page.locator('.rich-text a.tel-link bdi[dir="ltr"]').first()
  await expect(number).toBeVisible()
  await expect(page.locator('.rich-text a.tel-link').first()).toHaveAttribute('href', /^tel:\d+$/)
})

test('hreflang alternates list exactly the languages a page exists in', async ({ page, request }) => {
  await page.goto('/sv/amne/vald-i-nara-relation')
  const all = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')))
  expect(all.sort()).toEqual(['ar', 'bs', 'en', 'es', 'fa', 'fi', 'hr', 'pl', 'so', 'sr', 'sv', 'x-default'].sort())
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/sv\/amne\/vald-i-nara-relation$/)
  const slug = await swedishAndEnglishTopic(request, 'hreflang')
  await page.goto(`/sv/amne/${slug.sv}`)
  const some = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')))
  expect(some.sort()).toEqual(['en', 'sv', 'x-default'])
})

test('the sitemap is an index of small files listing pages with their language alternates, and its addresses answer', async ({ request, baseURL }) => {
  const get = async (url: string) => {
    const res = await request.get(new URL(url).pathname)
    expect(res.status(), url).toBe(200)
    expect(res.headers()['content-type'], url).toMatch(/^application\/xml/)
    return res.text()
  }
  const { files } = await readSitemap(baseURL!, get)
  expect(files.map((f) => new URL(f.url).pathname)).toEqual(['/sitemap-pages.xml', ...files.slice(1).map((_, i) => `/sitemap-topics-${i + 1}.xml`)])
  expect(files.length).toBeGreaterThan(1)
  // sitemaps.org, "Sitemap file location": a file may list only addresses of its own host under its own folder.
  for (const f of files) {
    const folder = new URL('.', f.url).href
    expect(f.locs.filter((loc) => !loc.startsWith(folder)), f.url).toEqual([])
  }
  // No file lists more than a block of topics in every language and variant (sitemaps.org allows 50,000).
  for (const f of files) expect(f.locs.length, f.url).toBeLessThanOrEqual(topicsPerFile * locales.length * 2)
  const urls = files.flatMap((f) => f.locs)
  expect(new Set(urls).size, 'no address twice').toBe(urls.length)
  expect(urls.length).toBeGreaterThan(100)
  expect(files.every((f) => f.alternates >= f.locs.length)).toBe(true)
  // The same alternates as the pages' heads, x-default (the Swedish source) too.
  expect(await get(files[0].url)).toMatch(/<xhtml:link rel="alternate" hreflang="x-default" href="[^"]+\/sv"/)
  expect(urls.some((u) => u.endsWith('/en/amne/violence-in-close-relationships'))).toBe(true)
  expect(urls.some((u) => u.endsWith('/ar/stod'))).toBe(true)
  for (const url of urls.filter((_, i) => i % 25 === 0)) {
    expect((await request.get(new URL(url).pathname)).status(), url).toBe(200)
  }
  expect((await request.get('/sitemap-topics-9999.xml')).status()).toBe(404)
  expect((await request.get('/sitemap-anything.xml')).status()).toBe(404)
})

test('robots.txt names the sitemap at the running site’s address, not the build’s, and caches may keep it', async ({ request, baseURL }) => {
  // tests/e2e/run.ts builds under another SITE_URL than the test server's, as an image is built once for any host.
  const res = await request.get('/robots.txt')
  expect(res.status()).toBe(200)
  expect((await res.text()).match(/^Sitemap: .*$/gm)).toEqual([`Sitemap: ${baseURL}/sitemap.xml`])
  expect(res.headers()['cache-control']).toBe(publicCacheControl)
})

test('a date on the pages is on the Gregorian calendar in every language, Persian too (its default is the Solar Hijri one)', async ({ page }) => {
  await page.goto('/en/tillganglighet')
  const english = (await page.locator('main p', { hasText: 'This statement was updated on' }).innerText()).replace(/^.* on (.*)\.$/, '$1')
  const day = new Date(`${english} 12:00 UTC`)
  expect(Number.isNaN(day.getTime()), english).toBe(false)
  await page.goto('/fa/tillganglighet')
  const persian = new Intl.DateTimeFormat('fa', { dateStyle: 'long', timeZone: 'Europe/Stockholm', calendar: 'gregory' }).format(day)
  const solarHijri = new Intl.DateTimeFormat('fa', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(day)
  expect(persian).not.toBe(solarHijri)
  await expect(page.locator('main')).toContainText(persian)
  await expect(page.locator('main')).not.toContainText(solarHijri)
})

test('the brochure page offers the PDF in the reader’s language', async ({ page }) => {
  await page.goto('/sv')
  await page.locator('a[href^="/sv/broschyr/"]').click()
  await expect(page.locator('h1')).toContainText('Är du hotad')
  await page.goto('/pl/broschyr/ar-du-hotad')
  await expect(page).toHaveURL(/\/pl\/broschyr\/(?!ar-du-hotad)/)
})

test('the support directory filters without JavaScript, and unknown filter values are ignored', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en/stod?who=nonsense&open=24h&language=xx')
  expect(await page.locator('.service-card').count()).toBeGreaterThan(0)
  await page.locator('#f-who').selectOption('worried')
  await page.locator('.filters button[type="submit"]').click()
  await expect(page.locator('.result-count')).toBeVisible()
  await context.close()
})
