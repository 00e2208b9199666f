import fs from 'node:fs'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { DOMParser } from '@xmldom/xmldom'

import { yearOf } from '../../src/campaigns/schedule'
import { locales } from '../../src/i18n/locales'

export { locales }

/** Headers that act as the e2e admin (one token for the whole run; see globalSetup.ts). */
export function adminHeaders(): Record<string, string> {
  return { Authorization: `JWT ${fs.readFileSync('test-results/e2e-admin-token', 'utf8').trim()}` }
}

/**
 * Move the site's clock (an ISO instant; '' for real time). Only tests in `*.clock.spec.ts` may: the
 * playwright config runs those alone (project "clock"), so no other test sees a moved clock.
 */
export function setClock(iso: string) {
  const { project, file } = test.info()
  if (project.name !== 'clock' || !file.endsWith('.clock.spec.ts')) throw new Error(`${file} moves the site's clock outside the "clock" project: name it *.clock.spec.ts`)
  fs.writeFileSync(process.env.TEST_CLOCK_FILE!, iso)
}

/**
 * The year the demo campaigns are anchored in: the seed takes it from the site's clock when it runs,
 * so the tests read it back from the seeded data instead of naming a calendar year.
 */
export async function seedYear(request: APIRequestContext): Promise<number> {
  const res = await request.get('/api/campaigns?where[title][like]=Orange the World&sort=createdAt&limit=1&depth=0', { headers: adminHeaders() })
  expect(res.status()).toBe(200)
  const [orange] = ((await res.json()) as { docs: { startsAt: string }[] }).docs
  expect(orange, 'the seeded campaign Orange the World').toBeDefined()
  return yearOf(new Date(orange.startsAt))
}

/**
 * Watch a page for what a public page must never do: talk to another host or leave a cookie or
 * storage behind. Call before navigating; assert with `expectNoTrace()` after.
 */
export function watchTraces(page: Page, baseURL: string) {
  const foreign: string[] = []
  const cookies: string[] = []
  const origin = new URL(baseURL).origin
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  page.on('response', async (res) => {
    // A response still arriving as the test closes its page can no longer be read; the check of the
    // browser's own cookie jar below still sees any cookie it set.
    const header = await res.headerValue('set-cookie').catch((error: Error) => {
      if (/has been closed/.test(error.message)) return null
      throw error
    })
    if (header) cookies.push(`${res.url()}: ${header}`)
  })
  return {
    async expectNoTrace() {
      expect(foreign, 'requests to other hosts').toEqual([])
      expect(cookies, 'Set-Cookie headers').toEqual([])
      expect(await page.context().cookies(), 'cookies in the browser').toEqual([])
      expect(await storedInBrowser(page)).toEqual({ local: 0, session: 0, indexedDB: [], caches: [], serviceWorkers: 0 })
    },
  }
}

/** Everything a page could have left in the browser's storage. */
export function storedInBrowser(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: 'caches' in self ? await caches.keys() : [],
    serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }))
}

/** The page types with a fixed path (after the locale); topics and brochures are found on the site. */
export const fixedPageTypes = ['', '/barn', '/vem/subjected', '/vem/worried', '/vem/uses-violence', '/stod', '/evenemang', '/sok', '/saker-surfning', '/tillganglighet', '/kontakt', '/film', '/ingen-sadan-sida']

/** One page of every type in a language: the fixed ones, an adult and a child topic, the brochure, an event, a film and its conversation material. */
export async function everyPageType(page: Page, locale: string): Promise<string[]> {
  await page.goto(`/${locale}`)
  const adult = (await page.locator('.focus-areas a').first().getAttribute('href'))!
  const brochure = (await page.locator('a[href*="/broschyr/"]').getAttribute('href'))!
  await page.goto(`/${locale}/barn`)
  const child = (await page.locator('.topic-list a').first().getAttribute('href'))!
  await page.goto(`/${locale}/evenemang`)
  const event = (await page.locator('.event-item a').first().getAttribute('href'))!
  await page.goto(`/${locale}/film`)
  const film = (await page.locator('.film-list a').first().getAttribute('href'))!
  return [...fixedPageTypes.map((p) => `/${locale}${p}`), adult, child, brochure, event, film, `${film}/samtal`]
}

/** Point the quick-exit destination at a local blank page so the test never leaves the machine. */
export async function stubNeutralSite(page: Page) {
  await page.route('https://www.smhi.se/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Väder</title><p>Väder</p>' }))
}

/** A Lexical document of one paragraph, as the admin's editor would save it. */
/** A Lexical rich text of one paragraph. */
export function paragraph(text: string) {
  const node = { format: '', indent: 0, version: 1, direction: 'ltr' }
  return { root: { type: 'root', ...node, children: [{ type: 'paragraph', ...node, textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] } }
}

/**
 * A published topic written in Swedish and English only, made for the test that needs it: the seeded
 * site is translated into every language, so the fallback is tested with a document of its own.
 */
export async function swedishAndEnglishTopic(request: APIRequestContext, tag: string): Promise<{ id: number; sv: string; en: string }> {
  const headers = adminHeaders()
  const slug = { sv: `bara-pa-svenska-${tag}`, en: `only-in-swedish-${tag}` }
  const made = await request.post('/api/topics?locale=sv', {
    headers,
    data: { slug: slug.sv, focusArea: 'general', adult: { title: `Bara på svenska ${tag}`, summary: 'Finns på svenska.', body: paragraph('Den här texten finns bara på svenska.') }, _status: 'published' },
  })
  expect(made.status(), await made.text()).toBe(201)
  const { doc } = (await made.json()) as { doc: { id: number } }
  const en = await request.patch(`/api/topics/${doc.id}?locale=en`, {
    headers,
    data: { slug: slug.en, adult: { title: `Only in Swedish ${tag}`, summary: 'In Swedish and English.', body: paragraph('This text is in Swedish and English only.') }, _status: 'published' },
  })
  expect(en.status(), await en.text()).toBe(200)
  return { id: doc.id, ...slug }
}

/**
 * The admin's edit address of a seeded topic. Not the topic list's first row: tests running beside
 * this one make and delete topics, and the newest comes first. Each test names a topic no other test
 * opens or saves: opening the edit view locks the document for that user (Payload's document
 * locking), and another user then meets "Document locked".
 */
export async function seededTopicInAdmin(request: APIRequestContext, slug: string): Promise<string> {
  return `/admin/collections/topics/${await topicIdBySlug(request, slug)}`
}

/** The id of the topic with this Swedish slug, asked as the e2e admin. */
export async function topicIdBySlug(request: APIRequestContext, slug: string): Promise<number> {
  const found = await request.get(`/api/topics?locale=sv&where[slug][equals]=${slug}&depth=0`, { headers: adminHeaders() })
  expect(found.status()).toBe(200)
  return ((await found.json()) as { docs: { id: number }[] }).docs[0].id
}

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** An XML document's root, parsed strictly: anything malformed fails the test. */
function parseXml(xml: string, what: string) {
  const onError = (level: string, message: string) => {
    if (level !== 'warning') throw new Error(`${what}: ${message}`)
  }
  const doc = new DOMParser({ onError }).parseFromString(xml, 'application/xml')
  return doc.documentElement!
}

/**
 * The sitemap as a crawler reads it: the index at /sitemap.xml (sitemaps.org's `sitemapindex`),
 * then each file it names (a `urlset`). `get` fetches an absolute address and gives its text.
 */
export async function readSitemap(origin: string, get: (url: string) => Promise<string>): Promise<{ files: { url: string; locs: string[]; alternates: number }[] }> {
  const index = parseXml(await get(`${origin}/sitemap.xml`), '/sitemap.xml')
  expect(index.namespaceURI).toBe(sitemapNs)
  expect(index.localName).toBe('sitemapindex')
  const fileUrls = Array.from(index.getElementsByTagNameNS(sitemapNs, 'loc')).map((l) => l.textContent!.trim())
  const files = []
  for (const url of fileUrls) {
    const root = parseXml(await get(url), url)
    expect(root.namespaceURI, url).toBe(sitemapNs)
    expect(root.localName, url).toBe('urlset')
    const locs = Array.from(root.getElementsByTagNameNS(sitemapNs, 'loc')).map((l) => l.textContent!.trim())
    files.push({ url, locs, alternates: root.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length })
  }
  return { files }
}

/** Signs `email` in through the admin's own login form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
