/** What the app tells the caches in front of it, and the edge's configuration as nginx gets it. */
import fs from 'node:fs'

import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'

import { freshForSeconds, publicCacheControl, revalidateForSeconds } from '@/edge/headers'
import { securityHeaderLines } from '@/edge/pages'
import { renderTemplate, withUpstreams } from '../../scripts/nginx'
import nextConfig from '../../next.config'

describe('the headers of the built config (next.config.ts with withPayload)', () => {
  /** The rules that apply to a request, matched with the functions Next's router uses; the last one wins. */
  const rulesFor = async (path: string, headers: Record<string, string> = {}) => {
    const rules = await nextConfig.headers!()
    return rules.filter((r) => getPathMatch(r.source)(path) && matchHas({ headers } as never, {}, r.has as never, r.missing as never)).flatMap((r) => r.headers)
  }
  const keysFor = async (path: string) => (await rulesFor(path)).map((h) => h.key.toLowerCase())
  const cacheControlOf = async (path: string, headers: Record<string, string> = {}) => (await rulesFor(path, headers)).filter((h) => h.key.toLowerCase() === 'cache-control').at(-1)?.value

  it('sends Payload’s colour-scheme client hints on the admin only', async () => {
    for (const page of ['/sv', '/ar/barn', '/sv/amne/x']) {
      const keys = await keysFor(page)
      expect(keys, page).not.toContain('critical-ch')
      expect(keys, page).not.toContain('accept-ch')
      expect(keys, page).not.toContain('vary')
    }
    expect(await keysFor('/admin')).toContain('critical-ch')
    expect(await keysFor('/admin/collections/topics')).toContain('critical-ch')
  })

  it('says how long a cache may keep public pages, and nothing where the proxy redirects by language', async () => {
    for (const page of ['/sv', '/fa/stod', '/ar/barn/amne/x', '/sitemap.xml', '/sitemap-pages.xml', '/sitemap-topics-1.xml', '/robots.txt']) expect(await cacheControlOf(page), page).toBe(publicCacheControl)
    for (const other of ['/', '/stod', '/admin/login']) expect(await cacheControlOf(other), other).toBeUndefined()
  })

  it('keeps a 404 outside the locales as briefly as a page, never for the year of Next’s own not-found page', async () => {
    for (const path of ['/xx', '/ti/stod', '/manifest.webmanifest', '/.well-known/security.txt', '/sitemap-films-1.xml']) expect(await cacheControlOf(path), path).toBe(publicCacheControl)
    expect(await cacheControlOf('/fonts/noto-sans-latin.woff2')).toBe('public, max-age=31536000, immutable')
    // A rule here would be taken for the build files that are there too (src/site/beforeNext.ts sees to the others).
    expect(await cacheControlOf('/_next/static/chunks/a.js')).toBeUndefined()
  })

  it('lets no cache keep the API’s answers or the router’s requests', async () => {
    for (const path of ['/api/users/me', '/api/topics/1', '/api/graphql', '/api/media/x', '/api/film-files']) expect(await cacheControlOf(path), path).toBe('no-store')
    // The uploads' files say their own (a rule here would win over it).
    for (const path of ['/api/media/file/a.webp', '/api/film-files/file/a.mp4']) expect(await cacheControlOf(path), path).toBeUndefined()
    for (const path of ['/sv', '/ar/amne/x', '/']) expect(await cacheControlOf(path, { rsc: '1' }), path).toBe('private, no-store')
  })
})

describe('freshness', () => {
  it('shows a change through any cache within 10 seconds and lets caches serve stale on errors', () => {
    expect(freshForSeconds + revalidateForSeconds).toBeLessThanOrEqual(10)
    expect(publicCacheControl).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/)
  })
})

describe('the nginx template', () => {
  const template = fs.readFileSync('deploy/nginx/templates/default.conf.template', 'utf8')

  it('fills in every ${EDGE_…} and leaves nginx’s own variables alone', () => {
    const out = renderTemplate(template, { EDGE_PORT: '8080', EDGE_UPSTREAM: 'app:3000', EDGE_CACHE_DIR: '/c', EDGE_PAGES_DIR: '/p', EDGE_ACCESS_LOG: '/l' })
    expect(out).not.toMatch(/\$\{EDGE_/)
    expect(out).toContain('$request_uri')
    expect(out).toContain('server app:3000 max_fails=1 fail_timeout=5s;')
  })

  it('balances over every instance named, and retries on the next only what is safe to repeat', () => {
    const out = withUpstreams(template, '127.0.0.1:3001, 127.0.0.1:3002')
    expect(out.match(/^\s*server 127\.0\.0\.1:300[12] max_fails=1 fail_timeout=5s;$/gm)).toHaveLength(2)
    expect(out).not.toMatch(/server \$\{EDGE_UPSTREAM\}/)
    expect(out).toMatch(/^\s*proxy_next_upstream error timeout http_502 http_503 http_504;$/m)
    expect(out).not.toMatch(/^\s*proxy_next_upstream .*non_idempotent/m)
    expect(withUpstreams(template, 'app:3000 resolve').match(/^\s*server app:3000 resolve max_fails/gm)).toHaveLength(1)
  })

  it('gives the calm page the public pages’ security headers', () => {
    const lines = securityHeaderLines()
    expect(lines).toContain('add_header Referrer-Policy "no-referrer" always;')
    expect(lines).toMatch(/add_header Content-Security-Policy "default-src 'self';[^"]*" always;/)
  })
})
