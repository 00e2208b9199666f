import createMiddleware from 'next-intl/middleware'
import { type NextRequest } from 'next/server'

import { routing } from './i18n/routing'
import { databaseIsUp } from './resilience/databaseWatch'
import { localeOfPath, unavailableHtml } from './resilience/unavailablePage'

const intl = createMiddleware(routing)

/** Marks the proxy's own request for a page while the database is away (see below). */
const INNER = 'x-fff-inner'

/**
 * Locale routing for the public site: `/` goes to the best match of Accept-Language (else /sv),
 * paths without a locale get one. Sets no cookie. Never runs for the admin, the API or files.
 *
 * While the database is away, Next still serves the pages it has cached, but a page it would have
 * to render fails, and Next can only answer that with a 500. So then (and only then) the proxy asks
 * for the page itself: what Next can serve is passed on, anything else becomes the calm 503 page
 * with the numbers to call. On the normal path this costs one boolean read.
 */
export default async function proxy(request: NextRequest) {
  const response = intl(request)
  if (databaseIsUp() || request.headers.has(INNER) || !['GET', 'HEAD'].includes(request.method) || response.status >= 300) return response
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, `http://127.0.0.1:${process.env.PORT ?? 3000}`)
  try {
    const inner = await fetch(url, { method: request.method, headers: { [INNER]: '1', 'accept-encoding': 'identity' }, redirect: 'manual', cache: 'no-store' })
    if (inner.status < 500) {
      const headers = new Headers(inner.headers)
      headers.delete('content-length')
      headers.delete('content-encoding')
      return new Response(inner.body, { status: inner.status, headers })
    }
  } catch {
    // The server could not be asked either: the calm page is still the answer.
  }
  return new Response(unavailableHtml(localeOfPath(request.nextUrl.pathname)), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' },
  })
}

export const config = {
  matcher: ['/((?!api|admin|framework-floor|_next|_vercel|.*\\..*).*)'],
}
