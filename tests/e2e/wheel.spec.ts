/**
 * The årshjul in the admin (in English: the test browser asks for it): rendering, filters, switches,
 * keyboard, click-through, axe. The demo campaigns are anchored in the year the seed ran, so the
 * year shown is read from the seeded data (seedYear), never named; today's hand from the site's clock.
 */
import fs from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { authFile } from './globalSetup'
import { seedYear } from './support'

/** Act as the e2e admin with the session made once in globalSetup (no second sign-in). */
test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'payload-token', value: fs.readFileSync(authFile, 'utf8').trim(), url: baseURL! }])
})

const arcs = (page: Page) => page.locator('svg.wheel a.wheel__arc')

let year: number
test.beforeAll(async ({ request }) => {
  year = await seedYear(request)
})

test('the wheel shows the year’s campaigns in rings, the key dates, today and the planning help', async ({ page }) => {
  // Without a year: the current year of the site's clock, with today's hand on it; another year has none.
  await page.goto('/admin/wheel')
  await expect(page.getByRole('heading', { level: 1, name: /^Annual wheel \d{4}$/ })).toBeVisible()
  await expect(page.locator('svg.wheel .wheel__today')).toHaveCount(1)
  const current = Number((await page.getByRole('heading', { level: 1 }).textContent())!.match(/\d{4}/)![0])
  await page.goto(`/admin/wheel?year=${current - 1}`)
  await expect(page.getByRole('heading', { level: 1, name: `Annual wheel ${current - 1}` })).toBeVisible()
  await expect(page.locator('svg.wheel .wheel__today')).toHaveCount(0)

  await page.goto(`/admin/wheel?year=${year}`)
  await expect(page.getByRole('heading', { level: 1, name: `Annual wheel ${year}` })).toBeVisible()
  expect(await arcs(page).count()).toBeGreaterThan(10)
  await expect(page.locator('svg.wheel .wheel__keydate')).toHaveCount(7)
  await expect(arcs(page).filter({ has: page.locator('title', { hasText: 'Orange the World' }) }).first()).toHaveAttribute('data-status', 'live')
  // Orange the World and the week free from violence reach the same target group in week 48.
  await expect(page.locator('.wheel-overlaps')).toContainText('En vecka fri från våld')
  expect(await page.locator('svg.wheel .wheel__overlap').count()).toBeGreaterThan(0)
  expect(await page.locator('svg.wheel .wheel__empty').count()).toBeGreaterThan(0)
  // January has no campaign in any language: its mark counts all eleven.
  await expect(page.locator('svg.wheel .wheel__language-gap').first()).toContainText('11')
  // The rings by target group instead.
  await page.goto(`/admin/wheel?year=${year}&rings=targetGroups`)
  await expect(page.locator('svg.wheel text', { hasText: /^Older people$/ })).toHaveCount(1)
})

test('filters, the year switch and the list view show the same campaigns', async ({ page }) => {
  await page.goto(`/admin/wheel?year=${year}`)
  const all = await arcs(page).count()
  await page.getByLabel('Focus area').selectOption('honour')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/focusArea=honour/)
  const honour = await arcs(page).count()
  expect(honour).toBeGreaterThan(0)
  expect(honour).toBeLessThan(all)
  for (const label of await arcs(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) expect(label).not.toContain('Orange')

  await page.getByRole('link', { name: 'List' }).click()
  await expect(page).toHaveURL(/view=list/)
  const rows = page.locator('.wheel-view__list tbody tr')
  await expect(rows).toHaveCount(honour)
  await expect(page.locator('.wheel-view__list')).toContainText('Hedersrelaterat våld inför sommarlovet')

  // Next year: recurring campaigns come round again, one-off ones of this year do not.
  await page.getByRole('link', { name: /Next year/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Annual wheel ${year + 1}` })).toBeVisible()
  await expect(page.locator('.wheel-view__list')).toContainText('Hedersrelaterat våld inför sommarlovet')
  await expect(page.locator('.wheel-view__list')).toContainText(`${year + 1}-05-25`)

  // A bad filter is said clearly, not ignored.
  await page.goto('/admin/wheel?focusArea=nope')
  await expect(page.locator('.wheel-view').getByRole('alert')).toContainText('focusArea')
})

test('keyboard: tab to a campaign to see its details, Enter opens it; a click does too', async ({ page }) => {
  await page.goto(`/admin/wheel?year=${year}`)
  await page.getByRole('link', { name: 'List' }).focus()
  await page.keyboard.press('Tab')
  const focused = page.locator('svg.wheel a.wheel__arc:focus')
  await expect(focused).toHaveCount(1)
  await expect(focused.locator('.wheel__detail')).toBeVisible()
  const id = await focused.getAttribute('data-campaign')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/admin/collections/campaigns/${id}$`))
  await expect(page.locator('#field-title')).not.toHaveValue('')

  await page.goto(`/admin/wheel?year=${year}`)
  const orange = arcs(page).filter({ has: page.locator('title', { hasText: 'Orange the World' }) }).first()
  const orangeId = await orange.getAttribute('data-campaign')
  await orange.click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/campaigns/${orangeId}$`))
  await expect(page.locator('#field-title')).toHaveValue('Orange the World – 16 dagars aktivism')
})

test('the wheel and the list have no axe violations (WCAG 2.1 AA)', async ({ page }) => {
  for (const path of [`/admin/wheel?year=${year}`, `/admin/wheel?year=${year}&view=list&rings=targetGroups`]) {
    await page.goto(path)
    await expect(page.locator('.wheel-view h1')).toBeVisible()
    const results = await new AxeBuilder({ page }).include('.wheel-view').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([])
  }
})

test('the key dates’ rows are labelled with their own name and date, not "Date 01"', async ({ page }) => {
  await page.goto('/admin/globals/keyDates?locale=sv')
  const headers = page.locator('#field-dates .array-field__row-header')
  await expect(headers.first()).toBeVisible()
  expect(await headers.count()).toBeGreaterThanOrEqual(7)
  await expect(headers.filter({ hasText: 'Internationella kvinnodagen (March 8)' })).toHaveCount(1)
  await expect(headers.filter({ hasText: /^Internationella dagen för avskaffande av våld mot kvinnor.*\(November 25\s–\sDecember 10\)$/ })).toHaveCount(1)
  await expect(headers.filter({ hasText: /^Dates? \d+$/ })).toHaveCount(0)
})

test.describe('in an Arabic admin', () => {
  test.use({ locale: 'ar', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false })

  test('a key date’s row says its date in Arabic beside its (Swedish) name', async ({ page }) => {
    await page.goto('/admin/globals/keyDates?locale=sv')
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    const header = page.locator('#field-dates .array-field__row-header').filter({ hasText: 'Internationella kvinnodagen' })
    await expect(header).toHaveText(/^Internationella kvinnodagen \((8|٨) مارس\)$/)
    await expect(header.locator('bdi')).toHaveText('Internationella kvinnodagen')
    await page.locator('#field-dates').screenshot({ path: test.info().outputPath('key-dates-ar.png') })
  })
})
