import fs from 'node:fs'

import { expect, type Page } from '@playwright/test'

import { locales } from '../../src/i18n/locales'

export { locales }

/** Headers that act as the e2e admin (one token for the whole run; see globalSetup.ts). */
export function adminHeaders(): Record<string, string> {
  return { Authorization: `JWT ${fs.readFileSync('test-results/e2e-admin-token', 'utf8').trim()}` }
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
    const header = await res.headerValue('set-cookie')
    if (header) cookies.push(`${res.url()}: ${header}`)
  })
  return {
    async expectNoTrace() {
      expect(foreign, 'requests to other hosts').toEqual([])
      expect(cookies, 'Set-Cookie headers').toEqual([])
      expect(await page.context().cookies(), 'cookies in the browser').toEqual([])
      const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))
      expect(storage).toEqual({ local: 0, session: 0 })
    },
  }
}

/** Point the quick-exit destination at a local blank page so the test never leaves the machine. */
export async function stubNeutralSite(page: Page) {
  await page.route('https://www.smhi.se/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Väder</title><p>Väder</p>' }))
}
