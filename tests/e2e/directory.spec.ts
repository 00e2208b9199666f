/**
 * The support directory's addresses (src/supportServices/address.ts): any query leads to the one
 * canonical address of its filter combination, each combination is answered from Next's cache after
 * its first reader, and "open now" tells caches to keep it no longer than it holds.
 */
import { expect, test } from '@playwright/test'

import { freshForSeconds } from '../../src/edge/headers'

test('a query that is not the canonical one for its filters is redirected to it', async ({ request }) => {
  const cases = [
    ['/sv/stod?open=now&who=worried', '/sv/stod?who=worried&open=now'],
    ['/sv/stod?who=&about=&group=&language=&open=24h', '/sv/stod?open=24h'],
    ['/en/stod?who=nonsense&utm_source=tv', '/en/stod'],
    ['/ar/stod?language=fa&language=so', '/ar/stod?language=fa'],
    // The cached pages' own addresses are not public ones.
    ['/sv/stod/alla', '/sv/stod'],
    ['/fi/stod/who-worried_open-now_t-0', '/fi/stod'],
  ]
  for (const [from, to] of cases) {
    const res = await request.get(from, { maxRedirects: 0 })
    expect(res.status(), from).toBe(308)
    const location = new URL(res.headers().location!, 'http://x')
    expect(location.pathname + location.search, from).toBe(to)
  }
  // An address that looks like a file's does not reach the proxy, nor any page.
  expect((await request.get('/fi/stod/who-worried.open-now.t-0', { maxRedirects: 0 })).status()).toBe(404)
  for (const canonical of ['/sv/stod', '/sv/stod?who=worried&open=now', '/ar/stod?language=fa']) {
    expect((await request.get(canonical, { maxRedirects: 0 })).status(), canonical).toBe(200)
  }
})

test('each filter combination is rendered once and then answered from the cache', async ({ request }) => {
  const path = '/pl/stod?who=subjected&group=children'
  const first = await request.get(path)
  expect(first.status()).toBe(200)
  await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { timeout: 20_000 }).toBe('HIT')
  const html = await (await request.get(path)).text()
  expect(html).toContain('<html lang="pl"')
  // Its filters are the page's: the form shows them chosen.
  expect(html).toMatch(/<option value="subjected" selected/)
  expect(html).toMatch(/<option value="children" selected/)
  // Another combination is another page.
  expect(await (await request.get('/pl/stod?who=worried')).text()).not.toBe(html)
})

test('"open now" may be kept by a cache only until the next minute it can change, and never stale', async ({ request }) => {
  const res = await request.get('/sv/stod?open=now')
  expect(res.status()).toBe(200)
  const cacheControl = res.headers()['cache-control']
  expect(cacheControl).toMatch(/^public, s-maxage=\d+, must-revalidate$/)
  expect(Number(/s-maxage=(\d+)/.exec(cacheControl)![1])).toBeLessThanOrEqual(freshForSeconds)
  // The other combinations keep the public pages' freshness.
  expect((await request.get('/sv/stod?open=24h')).headers()['cache-control']).toMatch(/stale-if-error=/)
})
