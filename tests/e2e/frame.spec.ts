/** The public frame every page shares: languages, quick exit, 404 (headers and traces: privacy.spec.ts). */
import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { locales, stubNeutralSite, watchTraces } from './support'

test.describe('every locale', () => {
  for (const locale of locales) {
    test(`/${locale.code} answers in ${locale.englishName} with lang and dir`, async ({ page, baseURL }) => {
      const traces = watchTraces(page, baseURL!)
      const response = await page.goto(`/${locale.code}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code)
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir)
      // The emergency number and quick exit are on the page, in the reader's language.
      await expect(page.locator('.emergency-bar a[href="tel:112"]')).toBeVisible()
      await expect(page.locator('.quick-exit__button')).toBeVisible()
      await traces.expectNoTrace()
    })
  }
})

test('the root sends readers to their language without a cookie', async ({ request }) => {
  const ar = await request.get('/', { headers: { 'Accept-Language': 'ar,en;q=0.5' }, maxRedirects: 0 })
  expect(ar.status()).toBeGreaterThanOrEqual(300)
  expect(ar.headers()['location']).toMatch(/\/ar$/)
  expect(ar.headers()['set-cookie']).toBeUndefined()
  const other = await request.get('/', { headers: { 'Accept-Language': 'de-DE' }, maxRedirects: 0 })
  expect(other.headers()['location']).toMatch(/\/sv$/)
})

test('an unknown path is a 404 page in the reader’s language, never a 500', async ({ page }) => {
  const res = await page.goto('/so/ma-jiro')
  expect(res?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'so')
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.locator('.emergency-bar')).toBeVisible()
})

// The notFound() that makes the status sits where the browser never renders it (NotFoundPage): if
// it ran there, Next would swap this page for the layout's small not-found once the scripts ran.
test('with JavaScript the 404 page keeps its whole frame after the scripts ran, without an error', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && errors.push(m.text()))
  const res = await page.goto('/en/no-such-page', { waitUntil: 'networkidle' })
  expect(res?.status()).toBe(404)
  // Hydrated: React has attached its fiber to the page's elements.
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('h1')!).some((k) => k.startsWith('__reactFiber')))).toBe(true)
  await expect(page.locator('.language-picker')).toBeVisible()
  await expect(page.locator('.site-footer')).toBeVisible()
  await expect(page.locator('main a[href="/en/sok"]')).toBeVisible()
  expect(errors).toEqual([])
})

test('a page that is found carries none of the 404 page in its data, and no preconnect', async ({ request }) => {
  const html = await (await request.get('/sv/barn')).text()
  expect(html).not.toContain('NEXT_HTTP_ERROR_FALLBACK')
  // One footer in the page's RSC data, its own (the 404 frame's rode along with it before).
  expect(html.split('\\"className\\":\\"site-footer\\"').length - 1).toBe(1)
  expect(html).not.toContain('rel="preconnect"')
})

test('an unknown locale is a 404, not an error', async ({ request }) => {
  for (const path of ['/xx', '/xx/yy', '/sv-SE/', '/%E2%82%AC', '/sv/..%2f..%2fetc%2fpasswd']) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(404)
    expect(await res.text(), path).not.toMatch(/at \w+ \(|node_modules/)
  }
})

test('the language picker leads to the same page in each language, named in its own script', async ({ page }) => {
  await page.goto('/sv/saker-surfning')
  await page.locator('.language-picker summary').click()
  const links = page.locator('.language-picker__list a')
  await expect(links).toHaveCount(locales.length)
  await expect(page.locator('.language-picker__list a[hreflang="sr"]')).toHaveText('Српски')
  await page.locator('.language-picker__list a[hreflang="fa"]').click()
  await expect(page).toHaveURL(/\/fa\/saker-surfning$/)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
})

test.describe('quick exit', () => {
  test('the button blanks the page and leaves for the neutral site, replacing this page in history', async ({ page }) => {
    await stubNeutralSite(page)
    await page.goto('/sv')
    await page.goto('/en/saker-surfning')
    await page.locator('.quick-exit__button').click()
    await expect(page).toHaveURL('https://www.smhi.se/')
    await page.goBack()
    // Back skips the page that was left: the reader lands on the page before it.
    await expect(page).toHaveURL(/\/sv$/)
  })

  test('three presses of Shift leave the page', async ({ page }) => {
    await stubNeutralSite(page)
    await page.goto('/ar')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await expect(page).toHaveURL('https://www.smhi.se/')
  })

  test('the first Tab stop is the exit skip link', async ({ page }) => {
    await page.goto('/pl')
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused).toHaveAttribute('href', 'https://www.smhi.se/')
    await expect(focused).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('quick exit is a plain link to the neutral site', async ({ page }) => {
    await stubNeutralSite(page)
    await page.goto('/fi')
    await page.locator('.quick-exit__button').click()
    await expect(page).toHaveURL('https://www.smhi.se/')
  })

  // Next would send an empty shell for these until JavaScript runs (vercel/next.js#62228).
  test('an unknown path or topic is a 404 page with its language, title, 112 and quick exit', async ({ page }) => {
    for (const [locale, dir, path] of [['sv', 'ltr', '/sv/ingen-sadan-sida'], ['so', 'ltr', '/so/ma-jiro/hoose'], ['ar', 'rtl', '/ar/amne/la-yujad'], ['fa', 'rtl', '/fa/barn/amne/vojud-nadarad']]) {
      const title = (JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as { notFound: { title: string } }).notFound.title
      const res = await page.goto(path)
      expect(res?.status(), path).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(page).toHaveTitle(new RegExp(`^${title} – `))
      await expect(page.locator('h1')).toHaveText(title)
      await expect(page.locator('.emergency-bar a[href="tel:112"]')).toBeVisible()
      await expect(page.locator('.quick-exit__button')).toBeVisible()
    }
  })

  test('the language picker opens and works', async ({ page }) => {
    await page.goto('/sv')
    await page.locator('.language-picker summary').click()
    await page.locator('.language-picker__list a[hreflang="en"]').click()
    await expect(page).toHaveURL(/\/en$/)
  })
})

test('the quick-exit page explains what it does and does not hide', async ({ page }) => {
  await page.goto('/en/saker-surfning')
  await expect(page.locator('h1')).toContainText(/quick/i)
  await expect(page.locator('main')).toContainText(/history/i)
})
