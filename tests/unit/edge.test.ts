/** What the app tells the caches in front of it, and the edge's configuration as nginx gets it. */
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { freshForSeconds, publicCacheControl, revalidateForSeconds } from '@/edge/headers'
import { securityHeaderLines } from '@/edge/pages'
import { renderTemplate, withUpstreams } from '../../scripts/nginx'
import nextConfig from '../../next.config'

describe('the headers of the built config (next.config.ts with withPayload)', () => {
  const rulesFor = async (path: string) => {
    const rules = await nextConfig.headers!()
    // Next's matching, for the simple sources used here: `/:path*` is any rest, `:name(a|b)` one of.
    const matches = (source: string) => new RegExp(`^${source.replace(/\/:path\*/g, '(?:/.*)?').replace(/:\w+\(([^)]*)\)/g, '($1)')}$`).test(path)
    return rules.filter((r) => matches(r.source)).flatMap((r) => r.headers.map((h) => h.key.toLowerCase()))
  }

  it('sends Payload’s colour-scheme client hints on the admin only', async () => {
    for (const page of ['/sv', '/ar/barn', '/sv/amne/x']) {
      const keys = await rulesFor(page)
      expect(keys, page).not.toContain('critical-ch')
      expect(keys, page).not.toContain('accept-ch')
      expect(keys, page).not.toContain('vary')
    }
    expect(await rulesFor('/admin')).toContain('critical-ch')
    expect(await rulesFor('/admin/collections/topics')).toContain('critical-ch')
  })

  it('says how long a cache may keep public pages, and only those under a locale', async () => {
    for (const page of ['/sv', '/fa/stod', '/ar/barn/amne/x', '/sitemap.xml', '/sitemap-pages.xml', '/sitemap-topics-1.xml']) expect(await rulesFor(page), page).toContain('cache-control')
    for (const other of ['/', '/stod', '/admin/login', '/api/topics']) expect(await rulesFor(other), other).not.toContain('cache-control')
  })
})

describe('freshness', () => {
  it('shows a change through any cache within 10 seconds and lets caches serve stale on errors', () => {
    expect(freshForSeconds + revalidateForSeconds).toBeLessThanOrEqual(10)
    expect(publicCacheControl).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/)
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
