/** Search finds published content in the reader's language (that it leaves no trace: privacy.spec.ts). */
import { expect, test } from '@playwright/test'

test('results appear in place', async ({ page }) => {
  await page.goto('/sv/sok')
  await page.locator('#q').fill('hedersrelaterat')
  await page.locator('.search-form button[type="submit"]').click()
  await expect(page.locator('.search-results li').first()).toBeVisible()
})

test('missing diacritics still find the text', async ({ page }) => {
  await page.goto('/sv/sok')
  await page.locator('#q').fill('manniskohandel')
  await page.locator('.search-form button[type="submit"]').click()
  await expect(page.locator('.search-results a').first()).toContainText(/Människohandel/i)
})

test('Arabic and Persian queries find their own texts', async ({ page }) => {
  await page.goto('/ar/sok')
  await page.locator('#q').fill('العنف')
  await page.locator('.search-form button[type="submit"]').click()
  await expect(page.locator('.search-results li').first()).toBeVisible()
  await page.goto('/fa/sok')
  await page.locator('#q').fill('خشونت')
  await page.locator('.search-form button[type="submit"]').click()
  await expect(page.locator('.search-results li').first()).toBeVisible()
})

test('drafts are never found', async ({ page }) => {
  // Kriscentrum Malmö is seeded as a draft: its number is still to be verified.
  await page.goto('/sv/sok')
  await page.locator('#q').fill('Kriscentrum')
  await page.locator('.search-form button[type="submit"]').click()
  await expect(page.locator('.search-results__heading')).toBeVisible()
  await expect(page.locator('.search-results li')).toHaveCount(0)
})
