/**
 * The seeded site in every language: every page reachable from every home page (the sitemap, the
 * fixed pages and whatever they link to: topics in both variants, the directory, the brochure, the
 * ways in, the children's pages) is fetched in every language, and no page in another language may
 * show a block in Swedish (`lang="sv"`, the fallback). Runs in a project of its own before any test
 * makes content (playwright.config.ts), so it sees the site exactly as a fresh start seeds it.
 * Plain HTTP fetches and a DOM parse: no browser page per address.
 */
import { expect, test } from '@playwright/test'

import { defaultLocale, isLocale, localeInfo } from '../../src/i18n/locales'

import { parseHtml } from './html'
import { adminHeaders, fixedPageTypes, locales, readSitemap } from './support'

const swedishName = localeInfo(defaultLocale).nativeName

/** Pages that answer 404 on purpose. */
const expectedMissing = new Set(locales.map(({ code }) => `/${code}/ingen-sadan-sida`))

/** A same-site page address worth fetching: a locale's page, no API, no file. */
function pageAddress(href: string, base: string): string | undefined {
  const url = new URL(href, base)
  if (url.origin !== new URL(base).origin) return undefined
  const [first] = url.pathname.split('/').filter(Boolean)
  if (!isLocale(first) || /\.[a-z0-9]{2,4}$/i.test(url.pathname)) return undefined
  return url.pathname + url.search
}

/**
 * A GET, tried once more when the connection itself fails: the server may close an idle keep-alive
 * connection just as it is reused (ECONNRESET), which says nothing about the page.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual' })
  } catch {
    return fetch(url, { redirect: 'manual' })
  }
}

test('no page of the seeded site shows Swedish text in another language', async ({ baseURL }) => {
  test.setTimeout(300_000)
  // The index, then each of its files (addressed with the server's SITE_URL, read here from the test server).
  const sitemap = await readSitemap(baseURL!, async (url) => (await get(baseURL + new URL(url).pathname)).text())
  const start = [
    ...locales.flatMap(({ code }) => fixedPageTypes.map((p) => `/${code}${p}`)),
    ...sitemap.files.flatMap((f) => f.locs).map((loc) => pageAddress(loc, baseURL!)),
  ].filter((p): p is string => Boolean(p))
  expect(start.length, 'the sitemap lists pages').toBeGreaterThan(locales.length * fixedPageTypes.length)

  const seen = new Set(start)
  const queue = [...seen]
  const swedish: string[] = []
  const broken: string[] = []
  const follow = (href: string) => {
    const next = pageAddress(href, baseURL!)
    if (next && !seen.has(next)) {
      seen.add(next)
      queue.push(next)
    }
  }
  const crawl = async (path: string) => {
    const res = await get(baseURL + path)
    if (res.status >= 300 && res.status < 400) return follow(res.headers.get('location') ?? '')
    if (res.status !== 200 && !(res.status === 404 && expectedMissing.has(path))) broken.push(`${path}: ${res.status}`)
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) return
    const doc = await parseHtml(await res.text())
    const locale = path.split('/')[1]
    for (const a of doc.querySelectorAll('a[href]')) follow(String(a.getAttribute('href')?.value ?? ''))
    if (locale === defaultLocale) return
    for (const el of doc.querySelectorAll('[lang]')) {
      const lang = String(el.getAttribute('lang')?.value ?? '')
      if (lang !== defaultLocale && !lang.startsWith(`${defaultLocale}-`)) continue
      // The name of the language in itself ("Svenska" in the language picker and the directory's
      // language filter) is meant to be Swedish.
      if (el.textContent.trim() === swedishName) continue
      swedish.push(`${path}: <${el.tagName} class="${el.getAttribute('class')?.value ?? ''}"> ${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 100)}`)
    }
  }
  // A few fetches at a time: fast, without crowding the server other tests share.
  await new Promise<void>((resolve, reject) => {
    let active = 0
    const pump = () => {
      while (active < 2 && queue.length > 0) {
        active++
        crawl(queue.shift()!).then(() => {
          active--
          pump()
        }, reject)
      }
      if (active === 0) resolve()
    }
    pump()
  })

  console.log(`Crawled ${seen.size} pages in ${locales.length} languages.`)
  // The crawl reached every kind of page in every language (else it proves nothing).
  for (const { code } of locales) {
    for (const kind of ['/amne/', '/barn/amne/', '/broschyr/', '/vem/', '/stod', '/evenemang/']) {
      expect([...seen].some((p) => p.startsWith(`/${code}${kind}`)), `${code}${kind}`).toBe(true)
    }
  }
  expect(broken, 'pages linked from the site that do not answer 200').toEqual([])
  expect(swedish, 'blocks shown in Swedish on pages in another language').toEqual([])
})

test('the translation dashboard of the seeded site: every language covered, nothing missing, everything a reader sees in it', async ({ request }) => {
  const res = await request.get('/admin/translations', { headers: adminHeaders() })
  expect(res.status()).toBe(200)
  const doc = await parseHtml(await res.text())
  for (const { code } of locales) {
    if (code === defaultLocale) continue
    const item = doc.querySelector(`.translation-dashboard__coverage li[data-locale="${code}"]`)
    expect(item?.querySelector('[data-testid="coverage-percent"]')?.textContent.trim(), code).toBe('100 %')
  }
  expect(doc.querySelectorAll('td.translation-state--missing').length, 'cells in the state missing').toBe(0)
  // Rows for the globals, the banners, the events and the alt texts, not only topics, services and the brochure.
  const links = doc.querySelectorAll('.translation-matrix tbody th a').map((a) => String(a.getAttribute('href')?.value ?? ''))
  for (const kind of ['/admin/collections/topics/', '/admin/collections/supportServices/', '/admin/collections/brochures/', '/admin/collections/campaigns/', '/admin/collections/events/', '/admin/collections/media/', '/admin/globals/siteSettings', '/admin/globals/keyDates']) {
    expect(links.some((href) => href.startsWith(kind)), kind).toBe(true)
  }
  // Each row is headed by the document's Swedish title, never by its id.
  expect(doc.querySelectorAll('.translation-matrix tbody th a').filter((a) => /^\d+$/.test(a.textContent.trim()))).toEqual([])
})
