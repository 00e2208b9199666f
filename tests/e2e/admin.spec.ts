import { expect, test } from '@playwright/test'

test('the first admin signs in to the admin', async ({ page }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.locator('input[name="email"]').fill(process.env.ADMIN_EMAIL!)
  await page.locator('input[name="password"]').fill(process.env.ADMIN_PASSWORD!)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Ämnen|Topics/ }).first()).toBeVisible()
})

test('an editor opens a topic in the admin and sees its fields (server functions work)', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(process.env.ADMIN_EMAIL!)
  await page.locator('input[name="password"]').fill(process.env.ADMIN_PASSWORD!)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto('/admin/collections/topics')
  // The list rewrites its own address once loaded (?depth=1&limit=10), which can swallow an early
  // click; follow the first row's link instead.
  const href = await page.locator('tbody a[href*="/admin/collections/topics/"]').first().getAttribute('href')
  await page.goto(href!)
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+/)
  await expect(page.locator('input[name="adult.title"]')).not.toHaveValue('')
})
