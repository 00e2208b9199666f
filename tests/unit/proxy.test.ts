import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import proxy, { config } from '@/proxy'
import { directoryKey, readQuery } from '@/supportServices/address'
import { directoryRewrites, filterNames, filterValues } from '@/supportServices/filterValues'

const ask = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(new NextRequest(`http://127.0.0.1:3000${path}`, init))

/** What the proxy tells Next to put in the request it passes on (NextResponse.next({ request })). */
const passedHeader = (response: Response, name: string) =>
  response.headers.get('x-middleware-override-headers')?.split(',').includes(name) ? response.headers.get(`x-middleware-request-${name}`) : undefined

describe('the proxy on public pages', () => {
  it('passes a read of a localized page straight on, without next-intl rewriting its headers', async () => {
    for (const path of ['/sv', '/ar/amne/%D8%A7%D9%84%D8%B9%D9%86%D9%81', '/sv/barn']) {
      const response = await ask(path)
      expect(response.headers.get('x-middleware-next')).toBe('1')
      expect(response.headers.get('x-middleware-override-headers')).toBeNull()
      expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    }
  })

  it('still sends an address without its locale, or with it in the wrong case, to the localized one', async () => {
    const home = await ask('/', { headers: { 'accept-language': 'ar' } })
    expect(home.status).toBe(307)
    expect(new URL(home.headers.get('location')!).pathname).toBe('/ar')
    const upper = await ask('/SV/barn')
    expect(upper.status).toBeGreaterThanOrEqual(300)
    expect(new URL(upper.headers.get('location')!).pathname).toBe('/sv/barn')
  })

  it('still drops a forwarded address the client made up on a read of a localized page', async () => {
    const response = await ask('/sv', { headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(response.headers.get('x-middleware-override-headers')).not.toBeNull()
    expect(passedHeader(response, 'x-forwarded-for')).toBeUndefined()
    expect(response.headers.get('x-middleware-override-headers')!.split(',')).not.toContain('x-forwarded-for')
  })
})

/** The proxy's matcher as Next compiles it at build time (not in Next's types) and applies it per request. */
const runsFor = (() => {
  type Matchers = Parameters<typeof getMiddlewareRouteMatcher>[0]
  const { getMiddlewareMatchers } = pageStaticInfo as unknown as { getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => Matchers }
  const matchers = getMiddlewareMatchers(config.matcher, {})
  const route = getMiddlewareRouteMatcher(matchers)
  return (path: string, headers: Record<string, string> = {}) => {
    const url = new URL(path, 'http://x')
    const query: Record<string, string | string[]> = {}
    for (const [k, v] of url.searchParams) query[k] = k in query ? [query[k]].flat().concat(v) : v
    return route(url.pathname, { headers } as never, query)
  }
})()

describe('the proxy on admin pages', () => {
  it('asks Payload for its Serbian in Cyrillic (rs) when the browser asks for Serbian (sr)', async () => {
    for (const [asked, passed] of [
      ['sr-RS,sr;q=0.9,en;q=0.8', 'rs,rs;q=0.9,en;q=0.8'],
      ['sr', 'rs'],
      ['sv-SE, sr-Cyrl-RS;q=0.5', 'sv-SE, rs;q=0.5'],
    ]) {
      const response = await ask('/admin/collections/topics', { headers: { 'accept-language': asked } })
      expect(response.headers.get('x-middleware-next'), asked).toBe('1')
      expect(passedHeader(response, 'accept-language'), asked).toBe(passed)
    }
  })

  it('passes every other language, Serbian in Latin script and look-alike codes as they are, without copying the headers', async () => {
    for (const asked of ['ar', 'sr-Latn-RS,en;q=0.5', 'srn, sv', 'pl-PL,pl;q=0.9']) {
      const response = await ask('/admin', { headers: { 'accept-language': asked } })
      expect(response.headers.get('x-middleware-next'), asked).toBe('1')
      expect(response.headers.get('x-middleware-override-headers'), asked).toBeNull()
    }
  })
})

describe('which requests Next runs the proxy for', () => {
  it('not a plain read of a page in a language: the busiest requests skip it', () => {
    const arabicTopic = `/ar/amne/${encodeURIComponent('العنف-في-العلاقات-القريبة')}`
    const persian = `/fa/amne/${encodeURIComponent('خشونت\u200cخانگی')}`
    const serbian = `/sr/amne/${encodeURIComponent('насиље')}`
    for (const path of ['/sv', '/ar', '/sv/barn', '/sv/amne/vald-i-nara-relation', arabicTopic, persian, serbian, '/framework-floor', '/api/topics', '/_next/static/x.js', '/favicon.ico']) {
      expect(runsFor(path), path).toBe(false)
    }
  })

  it('every request the proxy has work for', () => {
    for (const path of ['/', '/amne/x', '/SV/barn', '/sv/stod?open=now', '/ar/stod?who=x', '/sv/stod/open', '/admin', '/admin/collections/topics']) expect(runsFor(path), path).toBe(true)
    // A form posted under no-referrer (Origin: null), a body without a multipart boundary, a forwarded address.
    expect(runsFor('/sv/kontakt', { origin: 'null', 'content-type': 'multipart/form-data; boundary=x' })).toBe(true)
    expect(runsFor('/sv/sok', { 'content-type': 'multipart/form-data' })).toBe(true)
    expect(runsFor('/sv/sok', { 'content-type': 'application/x-www-form-urlencoded' })).toBe(true)
    expect(runsFor('/sv', { 'x-forwarded-for': '203.0.113.9' })).toBe(true)
    // A server action from the page's own script (its origin, a multipart body with its boundary) need not.
    expect(runsFor('/sv/sok', { origin: 'https://example.org', 'content-type': 'multipart/form-data; boundary=----WebKitFormBoundaryx' })).toBe(false)
    // Broken or unsafe percent-encoding, for the proxy's 400.
    for (const path of ['/sv/amne/%00', '/sv/amne/%ZZ', '/sv/amne/%E0%A4%A', '/%ff', '/%c0%ae%c0%ae/', '/sv/%C0%AE', '/sv/%ED%A0%80', '/sv/amne/%1F', '/broschyr/%']) {
      expect(runsFor(path), path).toBe(true)
    }
  })

  it('skips no address whose percent-encoding would not decode to printable characters (all one-, two- and three-byte sequences)', () => {
    const hex = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`
    const decodes = (encoded: string) => {
      try {
        return !/[\u0000-\u001f]/.test(decodeURIComponent(encoded))
      } catch {
        return false
      }
    }
    let skipped = 0
    const check = (encoded: string) => {
      if (runsFor(`/sv/amne/a${encoded}b`)) return
      skipped++
      if (!decodes(encoded)) expect.fail(`the proxy is skipped for ${encoded}, which does not decode cleanly`)
    }
    for (let a = 0; a < 256; a++) {
      check(hex(a))
      for (let b = 0; b < 256; b++) {
        check(hex(a) + hex(b))
        if (a >= 0xe0 && a <= 0xef) for (let c = 0x70; c < 0xd0; c++) check(hex(a) + hex(b) + hex(c))
      }
    }
    // The well-formed sequences do skip it: Arabic, Cyrillic, the zero-width non-joiner…
    expect(skipped).toBeGreaterThan(60_000)
  })
})

const rewrites = directoryRewrites().map((rule) => ({ ...rule, match: getPathMatch(rule.source) }))

/** Where Next's own rewrites (next.config.ts) send an address, with the functions Next's router uses. */
function rewrittenTo(path: string): string | undefined {
  const url = new URL(path, 'http://x')
  const query: Record<string, string | string[]> = {}
  for (const [k, v] of url.searchParams) query[k] = k in query ? [query[k]].flat().concat(v) : v
  for (const rule of rewrites) {
    const params = rule.match(url.pathname)
    if (!params) continue
    const fromQuery = matchHas({ headers: {} } as never, query, rule.has as never, rule.missing as never)
    if (!fromQuery) continue
    return prepareDestination({ destination: rule.destination, params: { ...params, ...fromQuery }, query, appendParamsToQuery: false }).parsedDestination.pathname ?? undefined
  }
  return undefined
}

describe('the support directory: Next’s rewrites, or the proxy', () => {
  it('every address is either rewritten by Next to its filters’ cached page or handled by the proxy, never both, never neither', () => {
    // Each filter absent, empty (as the form sends "any"), each of its values, or a value it does not know.
    const states = (name: (typeof filterNames)[number]) => [undefined, '', ...filterValues[name], 'nonsense']
    let rewritten = 0
    let proxied = 0
    const visit = (i: number, pairs: string[]) => {
      if (i === filterNames.length) {
        const path = `/sv/stod${pairs.length ? `?${pairs.join('&')}` : ''}`
        const { filter, unknownValue } = readQuery(new URLSearchParams(pairs.join('&')))
        const proxy = runsFor(path)
        expect(proxy, path).toBe(unknownValue || filter.open === 'now')
        const to = rewrittenTo(path)
        if (proxy) proxied++
        else {
          rewritten++
          expect(to, path).toBe(`/sv/stod/${directoryKey(filter)}`)
        }
        return
      }
      const name = filterNames[i]
      for (const value of states(name)) visit(i + 1, value === undefined ? pairs : [...pairs, `${name}=${encodeURIComponent(value)}`])
    }
    visit(0, [])
    expect(rewritten).toBeGreaterThan(10_000)
    expect(proxied).toBeGreaterThan(10_000)
  })

  it('order, other parameters and a repeated filter (the last counts, as for Next) change nothing', () => {
    expect(rewrittenTo('/ar/stod?about=honour&utm_source=tv&who=worried')).toBe('/ar/stod/who-worried~about-honour')
    expect(rewrittenTo('/ar/stod?language=so&language=fa')).toBe('/ar/stod/language-fa')
    expect(runsFor('/ar/stod?language=fa&language=xx')).toBe(true)
    expect(readQuery(new URLSearchParams('language=fa&language=xx')).unknownValue).toBe(true)
    expect(rewrittenTo('/xx/stod')).toBeUndefined()
    expect(rewrittenTo('/sv/stod/alla')).toBeUndefined()
  })
})

describe('the proxy on the support directory', () => {
  it('serves "open now" from the page for its stretch of the week, with the filters as given', async () => {
    const response = await ask('/sv/stod?open=now&who=worried&about=')
    // On Sweden's days off the key names them too (src/supportServices/holidays.ts): today may be one.
    expect(response.headers.get('x-middleware-rewrite')).toMatch(/\/sv\/stod\/who-worried~open-now~t-\d+(~h-(sun|mon|tue|wed|thu|fri|sat)+)?$/)
    expect(response.headers.get('cache-control')).toMatch(/^public, s-maxage=\d, must-revalidate$/)
  })

  it('redirects a filter with a value it does not know, and the cached pages’ own addresses, to the directory', async () => {
    for (const [from, to] of [
      ['/en/stod?who=nonsense&open=now', '/en/stod?open=now'],
      ['/sv/stod?language=so&language=xx&group=children', '/sv/stod?group=children'],
      ['/sv/stod/alla', '/sv/stod'],
      ['/fi/stod/who-worried~open-now~t-0', '/fi/stod'],
    ]) {
      const response = await ask(from)
      expect(response.status, from).toBe(308)
      const location = new URL(response.headers.get('location')!)
      expect(location.pathname + location.search, from).toBe(to)
    }
  })

  it('passes on an address Next’s rewrites serve, when it runs for another reason (a forwarded address)', async () => {
    const response = await ask('/sv/stod?who=worried&about=', { headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    expect(response.status).toBe(200)
  })
})
