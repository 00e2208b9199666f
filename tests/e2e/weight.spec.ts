/**
 * What a first visit downloads, and the fonts it gets: Arabic and Persian pages under 200 KB (they
 * were 280 KB with the whole Arabic font), only our own font files (src/fonts/), and those files hold
 * every Arabic-script character the seeded pages show. Bytes, not time: speed is `npm run bench`'s.
 */

import { expect, test, type Browser } from '@playwright/test'

import { arabicAndPersian, inRanges } from '../../src/fonts/subsets'
import { everyPageType } from './support'
import { documentBytes } from '../support/documentBytes'

const limit = 200 * 1024

/** Everything a first visit to `path` downloads (bytes on the wire, without headers), and the font files. */
async function firstVisit(browser: Browser, baseURL: string, path: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const sizes: Promise<{ type: string; url: string; bytes: number }>[] = []
  page.on('requestfinished', (req) => sizes.push(req.sizes().then((s) => ({ type: req.resourceType(), url: req.url(), bytes: s.responseBodySize }))))
  await page.goto(path, { waitUntil: 'networkidle' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const done = (await Promise.all(sizes)).filter((r) => r.type !== 'document')
  await context.close()
  const total = (await documentBytes(baseURL + path)) + done.reduce((sum, r) => sum + Math.max(0, r.bytes), 0)
  return { total, fonts: done.filter((r) => r.type === 'font').map((r) => new URL(r.url).pathname) }
}

async function topicsOf(browser: Browser, locale: string) {
  const page = await browser.newPage()
  await page.goto(`/${locale}`)
  const adult = (await page.locator('.focus-areas a').first().getAttribute('href'))!
  await page.goto(`/${locale}/barn`)
  const child = (await page.locator('.topic-list a').first().getAttribute('href'))!
  await page.close()
  return [adult, child]
}

for (const locale of ['ar', 'fa']) {
  test(`${locale}: a first visit is under 200 KB and fetches our Arabic subsets, not the whole font`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000)
    for (const path of [`/${locale}`, `/${locale}/barn`, `/${locale}/stod`, ...(await topicsOf(browser, locale))]) {
      const { total, fonts } = await firstVisit(browser, baseURL!, path)
      expect(total, `${path}: ${total} bytes`).toBeLessThan(limit)
      // Arabic script comes from our subsets only, never the whole font (other files may come for
      // other characters: the directory names languages in their own script, Cyrillic among them).
      expect(fonts.filter((f) => f.includes('noto-sans-arabic') && !f.includes('-subset.')), path).toEqual([])
      expect(fonts.some((f) => f.includes('noto-sans-arabic-arabic-400-subset')), path).toBe(true)
    }
  })
}

test('sv: a first visit stays under 200 KB with only the Latin font files', async ({ browser, baseURL }) => {
  test.setTimeout(90_000)
  for (const path of ['/sv', ...(await topicsOf(browser, 'sv'))]) {
    const { total, fonts } = await firstVisit(browser, baseURL!, path)
    expect(total, `${path}: ${total} bytes`).toBeLessThan(limit)
    expect(fonts.length, path).toBeGreaterThan(0)
    expect(fonts.filter((f) => !/^\/fonts\/noto-sans-latin-/.test(f)), path).toEqual([])
  }
})

/** Arabic-script code points (the Arabic blocks and presentation forms). */
const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u

for (const locale of ['ar', 'fa']) {
  test(`${locale}: our Arabic subset holds every Arabic-script character the pages show`, async ({ page }) => {
    test.setTimeout(90_000)
    const outside: string[] = []
    let seen = 0
    for (const path of await everyPageType(page, locale)) {
      await page.goto(path)
      // The text shown, and the unicode-ranges of the Arabic faces the browser loaded for it.
      const { text, loaded } = await page.evaluate(async () => {
        await document.fonts.ready
        const faces = [...(document.fonts as unknown as Iterable<FontFace>)].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Arabic' && f.status === 'loaded')
        return { text: document.title + document.body.innerText, loaded: faces.map((f) => f.unicodeRange) }
      })
      const loadedRanges = loaded.flatMap((r) =>
        r.split(',').map((part) => {
          const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-')
          return [parseInt(a, 16), parseInt(b, 16)] as const
        }),
      )
      for (const ch of new Set(text)) {
        if (!arabicScript.test(ch)) continue
        seen++
        const c = ch.codePointAt(0)!
        const name = `${path}: U+${c.toString(16).toUpperCase()} ${ch}`
        if (!inRanges(arabicAndPersian, c)) outside.push(`${name} is not in our subset`)
        if (!inRanges(loadedRanges, c)) outside.push(`${name} is in no Arabic face the page loaded`)
      }
    }
    expect(seen).toBeGreaterThan(30)
    expect(outside).toEqual([])
  })
}
