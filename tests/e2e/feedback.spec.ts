/**
 * The feedback form without JavaScript: a message is stored, a filled honeypot is thanked and
 * dropped, and a client over the hourly limit is told so in its language, also when it forges
 * X-Forwarded-For. All requests of the run come from one address, so this file owns that address's
 * hourly allowance: no other spec may send feedback.
 */
import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { perClientPerHour } from '../../src/feedback/rateLimit'
import { adminHeaders } from './support'

test.describe.configure({ mode: 'serial' })
test.use({ javaScriptEnabled: false })

const run = `e2e-feedback-${randomBytes(4).toString('hex')}`

async function stored(request: APIRequestContext, text: string): Promise<number> {
  const res = await request.get(`/api/feedback?where[message][like]=${encodeURIComponent(text)}&limit=0&depth=0`, { headers: adminHeaders() })
  expect(res.status()).toBe(200)
  return (await res.json()).totalDocs
}

async function send(page: Page, locale: string, message: string, honeypot?: string) {
  await page.goto(`/${locale}/kontakt`)
  await page.locator('#message').fill(message)
  // Hidden, so not fillable as a person would: set as a machine filling every field would.
  if (honeypot) await page.locator('#website').evaluate((el, value) => ((el as HTMLInputElement).value = value), honeypot)
  await page.locator('.feedback-form button[type="submit"]').click()
}

test('a reader without JavaScript sends a message, and it is stored', async ({ page, request }) => {
  await send(page, 'sv', `${run} first: the menu cannot be reached with a screen reader`)
  await expect(page.locator('.notice--success')).toHaveText('Tack! Ditt meddelande har skickats.')
  expect(await stored(request, `${run} first`)).toBe(1)
})

test('the honeypot is hidden from people and screen readers; filled, it is thanked and dropped', async ({ page, request }) => {
  await page.goto('/sv/kontakt')
  await expect(page.locator('#website')).toBeHidden()
  expect(await page.locator('.feedback-form').ariaSnapshot()).not.toContain('tomt')
  await send(page, 'sv', `${run} spam`, 'https://spam.example')
  await expect(page.locator('.notice--success')).toHaveText('Tack! Ditt meddelande har skickats.')
  // The positive path above was stored; this one, under the same conditions, was not.
  expect(await stored(request, `${run} first`)).toBe(1)
  expect(await stored(request, `${run} spam`)).toBe(0)
})

test('a client over the hourly limit is told so in its language, whatever X-Forwarded-For it sends', async ({ page, request }) => {
  let sent = 1
  for (let i = 0; i < perClientPerHour + 2; i++) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${i}` })
    await send(page, 'fi', `${run} more ${i}`)
    // The click returns once the post has started: wait for its answer, whichever it is.
    const refused = page.locator('#message-error')
    await expect(page.locator('.notice--success').or(refused)).toBeVisible()
    if (await refused.count()) {
      await expect(refused).toHaveText('Viestejä on lähetetty liian monta lyhyessä ajassa. Yritä uudelleen tunnin kuluttua.')
      break
    }
    await expect(page.locator('.notice--success')).toBeVisible()
    sent++
  }
  expect(sent).toBe(perClientPerHour)
  expect(await stored(request, `${run} more`)).toBe(perClientPerHour - 1)
})
