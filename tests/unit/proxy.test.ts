import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import proxy from '@/proxy'

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
