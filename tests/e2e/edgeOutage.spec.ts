/**
 * The app stops while the edge runs (the runner's control server stops and starts the Next server):
 * every page the edge has keeps answering 200, however old, and a page it never had is the calm
 * "try again / call 112" page in the reader's language, served by nginx alone. Runs last and alone
 * (project "edge-outage" in playwright.config.ts).
 */
import { expect, test } from '@playwright/test'

const edge = process.env.EDGE_URL ?? ''
const control = process.env.E2E_CONTROL_URL

async function app(action: 'stop' | 'start') {
  const res = await fetch(`${control}/app/${action}`, { method: 'POST' })
  expect(res.status, await res.text()).toBe(204)
}

const get = (path: string) => fetch(edge + path, { redirect: 'manual' })

test('the app stopped: cached pages answer from the edge, the others a calm page in their language', async ({ page }) => {
  test.skip(!edge || !control, 'needs nginx and the control server of tests/e2e/run.ts')
  test.setTimeout(150_000)
  const cached = ['/sv', '/ar', '/sv/barn', '/fa/saker-surfning', '/en/stod?who=worried', '/sv/amne/vald-i-nara-relation']
  const before = new Map<string, string>()
  for (const path of cached) {
    const res = await get(path)
    expect(res.status, path).toBe(200)
    before.set(path, await res.text())
  }
  await app('stop')
  try {
    expect((await fetch(`${process.env.BASE_URL}/sv`).catch(() => undefined))?.status, 'the app is down').toBeUndefined()
    // Until each page is past its freshness and served stale: still 200, the same page.
    for (const path of cached) {
      await expect.poll(async () => (await get(path)).headers.get('x-edge-cache'), { timeout: 20_000 }).toBe('STALE')
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(await res.text(), path).toBe(before.get(path))
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('set-cookie')).toBeNull()
    }

    const never = `/ar/amne/aldrig-sedd-${Date.now()}`
    const calm = await get(never)
    expect(calm.status).toBe(503)
    expect(calm.headers.get('cache-control')).toBe('no-store')
    expect(calm.headers.get('retry-after')).toBeTruthy()
    expect(calm.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(calm.headers.get('referrer-policy')).toBe('no-referrer')
    expect(calm.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await calm.text()
    expect(html).toContain('href="tel:112"')
    expect(html).toContain('href="tel:020505050"')

    // In the reader's language and direction, with the quick exit, without JavaScript.
    await page.goto(edge + never)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('h1')).toHaveText('لا يمكن عرض الصفحة الآن')
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible()
    await page.goto(`${edge}/pl/stod?about=never-seen`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
    await page.goto(`${edge}/sv/kontakt?x=${Date.now()}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
    await expect(page.locator('a[rel~="noreferrer"]')).toHaveCount(1)
  } finally {
    await app('start')
  }
  // Back: the edge asks the app again.
  await expect.poll(async () => (await get('/sv')).headers.get('x-edge-cache'), { timeout: 30_000 }).not.toBe('STALE')
  expect((await get(`/ar/amne/aldrig-sedd-${Date.now()}`)).status).toBe(404)
})
