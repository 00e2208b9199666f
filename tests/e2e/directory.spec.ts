/**
 * The support directory's addresses (src/supportServices/address.ts): the form's own address is
 * served as it is, a filter with a value the directory does not know is redirected away, each
 * combination is answered from Next's cache after its first reader, and "open now" tells caches to
 * keep it no longer than it holds.
 */
import { expect, test } from '@playwright/test'

import { freshForSeconds } from '../../src/edge/headers'

test('any address with known filters is served as it is; a value the directory does not know is redirected away', async ({ request }) => {
  const same = [
    // The form sends every filter, "any" as an empty value; order and other parameters do not matter.
    ['/sv/stod?who=&about=&group=&language=&open=24h', '/sv/stod?open=24h'],
    ['/sv/stod?about=honour&who=worried&utm_source=tv', '/sv/stod?who=worried&about=honour'],
    ['/ar/stod?language=so&language=fa', '/ar/stod?language=fa'],
    ['/sv/stod?open=now&who=worried&group=', '/sv/stod?who=worried&open=now'],
  ]
  for (const [address, canonical] of same) {
    const [a, b] = [await request.get(address, { maxRedirects: 0 }), await request.get(canonical, { maxRedirects: 0 })]
    expect(a.status(), address).toBe(200)
    expect(b.status(), canonical).toBe(200)
    const shown = (html: string) => [/class="result-count">[^<]*/.exec(html)?.[0], [...html.matchAll(/<option value="[^"]*"[^>]*\sselected/g)].map((m) => m[0]).join()]
    expect(shown(await a.text()), address).toEqual(shown(await b.text()))
  }
  const redirected = [
    ['/en/stod?who=nonsense&utm_source=tv', '/en/stod'],
    ['/sv/stod?who=worried&open=later', '/sv/stod?who=worried'],
    ['/ar/stod?language=fa&language=xx', '/ar/stod'],
    // The cached pages' own addresses are not public ones.
    ['/sv/stod/alla', '/sv/stod'],
    ['/fi/stod/who-worried~open-now~t-0', '/fi/stod'],
  ]
  for (const [from, to] of redirected) {
    const res = await request.get(from, { maxRedirects: 0 })
    expect(res.status(), from).toBe(308)
    const location = new URL(res.headers().location!, 'http://x')
    expect(location.pathname + location.search, from).toBe(to)
  }
  // An address that looks like a file's does not reach the proxy, nor any page.
  expect((await request.get('/fi/stod/who-worried.open-now.t-0', { maxRedirects: 0 })).status()).toBe(404)
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
