import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'

import { localeCodes } from './i18n/locales'
import { routing } from './i18n/routing'
import { databaseIsUp } from './resilience/databaseWatch'
import { unavailableAdminResponse } from './resilience/unavailableApi'
import { countUnavailableAnswer } from './resilience/outage'
import { localeOfPath, unavailableHtml } from './resilience/unavailablePage'
import { publicCacheControl } from './edge/headers'
import { trustedProxies } from './site/clientAddress'
import { now } from './site/clock'
import { canonicalQuery, directoryTarget, readQuery } from './supportServices/address'

const intl = createMiddleware(routing)

/** Marks the proxy's own request for a page while the database is away (see below). */
const INNER = 'x-fff-inner'

/**
 * Locale routing for the public site: `/` goes to the best match of Accept-Language (else /sv),
 * paths without a locale get one. Sets no cookie. Never runs for the API or files; for the admin only
 * to answer a plain 503 while the database is away.
 *
 * While the database is away, Next still serves the pages it has cached, but a page it would have
 * to render fails, and Next can only answer that with a 500. So then (and only then) the proxy asks
 * for the page itself: what Next can serve is passed on, anything else becomes the calm 503 page
 * with the numbers to call. On the normal path this costs one boolean read.
 */
export default async function proxy(request: NextRequest) {
  const refusal = malformed(request)
  if (refusal) return refusal
  // The admin (its sign-in too) cannot work without the database: a plain 503 instead of a 500.
  if (adminPage.test(request.nextUrl.pathname)) return databaseIsUp() ? adminRequest(request) : unavailableAdminResponse()
  // Reached only for the broken-encoding check (second matcher): the API, files.
  if (!publicPage.test(request.nextUrl.pathname)) return NextResponse.next()
  const passed = passedOn(request)
  let response = readsLocalizedPage(request, passed) ? NextResponse.next() : intl(passed)
  if (response.status < 300) response = supportDirectory(request, passed) ?? response
  if (databaseIsUp() || request.headers.has(INNER) || !['GET', 'HEAD'].includes(request.method) || response.status >= 300) return response
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, `http://127.0.0.1:${process.env.PORT ?? 3000}`)
  try {
    const inner = await fetch(url, { method: request.method, headers: { [INNER]: '1', 'accept-encoding': 'identity' }, redirect: 'manual', cache: 'no-store' })
    if (inner.status < 500) {
      const headers = new Headers(inner.headers)
      headers.delete('content-length')
      headers.delete('content-encoding')
      // The inner answer's own routing (the directory's rewrite) is done: passed on, Next would redo it.
      for (const name of [...headers.keys()]) if (name.startsWith('x-middleware-')) headers.delete(name)
      return new Response(inner.body, { status: inner.status, headers })
    }
  } catch {
    // The server could not be asked either: the calm page is still the answer.
  }
  countUnavailableAnswer()
  return new Response(unavailableHtml(localeOfPath(request.nextUrl.pathname)), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' },
  })
}

const localized = new RegExp(`^/(${localeCodes.join('|')})(/|$)`)

/**
 * A read of a page under a locale prefix, with nothing in the request to change: next-intl would only
 * pass it on with its locale header, which no page reads (each sets its locale from its params), and
 * cloning the headers for that is the larger part of this proxy's cost on the busiest requests.
 */
function readsLocalizedPage(request: NextRequest, passed: NextRequest): boolean {
  return passed === request && (request.method === 'GET' || request.method === 'HEAD') && localized.test(request.nextUrl.pathname)
}

/**
 * An admin page, passed on with the browser's Serbian asked for by the code Payload gives its
 * Serbian in Cyrillic (`rs`): Payload matches Accept-Language against its own codes, so a Serbian
 * browser (`sr`, `sr-RS`, `sr-Cyrl`) got the next language it asks for, or Swedish. Serbian in Latin
 * script is left as asked (the admin has no Latin Serbian).
 */
function adminRequest(request: NextRequest): NextResponse {
  const asked = request.headers.get('accept-language')
  const serbian = asked?.replace(/(^|,)(\s*)sr(?:-(?!latn\b)[a-z0-9]+)*(?=\s*(?:;|,|$))/gi, '$1$2rs')
  if (!asked || serbian === asked) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', serbian!)
  return NextResponse.next({ request: { headers } })
}

/** Marks the directory's rewrite to its internal page (see supportDirectory). */
const DIRECTORY_REWRITE = 'x-fff-directory'

const directoryPath = /^\/([a-z]{2})\/stod(\/[^/]*)?\/?$/

/**
 * The support directory (src/supportServices/address.ts). Next's own rewrites serve every address
 * whose filters it knows, but "open now": that one is served here from the page for the stretch of
 * the week it falls in. A known filter with an unknown value is redirected to the address without
 * it. The internal pages' own addresses are not public: they lead to the directory.
 */
function supportDirectory(request: NextRequest, passed: NextRequest): NextResponse | undefined {
  const match = directoryPath.exec(request.nextUrl.pathname)
  if (!match || !['GET', 'HEAD'].includes(request.method)) return undefined
  const [, locale, internal] = match
  // Our own rewrite, seen again: the standalone server runs the proxy once more on the rewritten
  // address. Anyone may send this header: it only reaches a page that a public address shows anyway.
  if (internal && request.headers.has(DIRECTORY_REWRITE)) return undefined
  const { filter, unknownValue } = readQuery(request.nextUrl.searchParams)
  if (internal || unknownValue) {
    const to = new URL(`/${locale}/stod${canonicalQuery(request.nextUrl.searchParams)}`, request.url)
    return NextResponse.redirect(to, { status: 308, headers: { 'cache-control': publicCacheControl } })
  }
  // Next's rewrites (next.config.ts) serve the others once the proxy has passed them on.
  if (filter.open !== 'now') return undefined
  const { key, cacheControl } = directoryTarget(filter, now())
  const headers = new Headers(passed.headers)
  headers.set(DIRECTORY_REWRITE, '1')
  return NextResponse.rewrite(new URL(`/${locale}/stod/${key}`, request.url), {
    request: { headers },
    ...(cacheControl ? { headers: { 'cache-control': cacheControl } } : {}),
  })
}

/**
 * Requests Next itself would answer with a bare 500: an address with broken percent-encoding, and a
 * form post whose multipart body has no boundary. They are the caller's mistake: a clear 400.
 */
function malformed(request: NextRequest): Response | undefined {
  const bad = (message: string) => new Response(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  try {
    // No address of ours has a NUL; Next would render the page for it and fail to cache it (a 200).
    if (decodeURIComponent(request.nextUrl.pathname).includes('\0')) return bad('Bad request: the address contains a NUL character (%00).')
  } catch {
    return bad('Bad request: the address has broken percent-encoding.')
  }
  const type = request.headers.get('content-type') ?? ''
  if (request.method === 'POST' && /^multipart\/form-data/i.test(type) && !/boundary=/i.test(type)) {
    return bad('Bad request: a multipart/form-data body needs a boundary.')
  }
  return undefined
}

/**
 * The request as the public pages see it:
 * - Without a proxy of ours in front (TRUST_PROXY unset), an X-Forwarded-For header came from the
 *   client: it is dropped, so Next writes the socket's address there and the feedback form's limit
 *   counts real clients (src/site/clientAddress.ts).
 * - Under `Referrer-Policy: no-referrer` browsers send `Origin: null` with every POST, so Next would
 *   refuse the public forms' server actions (search, feedback) as cross-site. Such a post to a public
 *   page is passed on as same-origin, but without cookies or Authorization: whatever action it
 *   reaches (Next forwards an action to the page that has it) runs as an anonymous reader, which
 *   anyone may be. Everywhere else (the admin's own actions) a null Origin is refused by Next.
 */
function passedOn(request: NextRequest): NextRequest {
  const forgedForwarding = trustedProxies() === 0 && request.headers.has('x-forwarded-for')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  const nullOrigin = request.method === 'POST' && request.headers.get('origin') === 'null' && host !== null
  if (!forgedForwarding && !nullOrigin) return request
  const headers = new Headers(request.headers)
  if (forgedForwarding) headers.delete('x-forwarded-for')
  if (nullOrigin) {
    headers.set('origin', `${request.nextUrl.protocol}//${host}`)
    headers.delete('cookie')
    headers.delete('authorization')
  }
  return new NextRequest(request.url, { method: request.method, headers })
}

const publicPage = /^\/(?!api|admin|framework-floor|_next|_vercel|.*\..*)/
const adminPage = /^\/admin(\/|$)/

// Next reads `config` at build time, so each source is written out in full (no shared constants);
// tests/unit/proxy.test.ts checks them with Next's own matcher.
export const config = {
  // Next runs the proxy only for the requests that need it. A plain read of a page in a language
  // (most of a peak's requests) does not: running the proxy at all costs such a read a third of its speed.
  matcher: [
    // An address without a language (or with one in capitals): next-intl gives it one.
    '/((?![a-z]{2}(?:/|$)|api|admin|framework-floor|_next|_vercel|.*\\..*).*)',
    // The support directory (supportDirectory): "open now", a known filter with a value not among
    // those next.config.ts's rewrites know (tests/unit/proxy.test.ts checks the lists are the same),
    // and the internal pages' own addresses. Every other directory address is served without it.
    { source: '/:locale([a-z]{2})/stod', has: [{ type: 'query', key: 'open', value: 'now' }] },
    { source: '/:locale([a-z]{2})/stod', has: [{ type: 'query', key: 'open', value: '(?!(?:now|24h)$)[\\s\\S]*' }] },
    { source: '/:locale([a-z]{2})/stod', has: [{ type: 'query', key: 'who', value: '(?!(?:subjected|worried|uses-violence|professionals)$)[\\s\\S]*' }] },
    { source: '/:locale([a-z]{2})/stod', has: [{ type: 'query', key: 'about', value: '(?!(?:close-relationships|honour|sexual|sex-for-compensation|trafficking|general)$)[\\s\\S]*' }] },
    { source: '/:locale([a-z]{2})/stod', has: [{ type: 'query', key: 'group', value: '(?!(?:children|young-people|older-people|disability|lgbtqi)$)[\\s\\S]*' }] },
    { source: '/:locale([a-z]{2})/stod', has: [{ type: 'query', key: 'language', value: '(?!(?:sv|fi|en|so|sr|bs|hr|pl|es|ar|fa)$)[\\s\\S]*' }] },
    '/:locale([a-z]{2})/stod/:path+',
    // What passedOn() and malformed() look at: a post with `Origin: null` (a form under no-referrer),
    // a body that is not multipart with a boundary (Next's own server actions send one), a forwarded
    // address. (A header's value is matched whole.)
    { source: '/((?!api|admin|framework-floor|_next|_vercel|.*\\..*).*)', has: [{ type: 'header', key: 'origin', value: 'null' }] },
    { source: '/((?!api|admin|framework-floor|_next|_vercel|.*\\..*).*)', has: [{ type: 'header', key: 'content-type', value: '(?![\\s\\S]*boundary=)[\\s\\S]*' }] },
    { source: '/((?!api|admin|framework-floor|_next|_vercel|.*\\..*).*)', has: [{ type: 'header', key: 'x-forwarded-for' }] },
    // The admin's pages (a plain 503 while the database is away).
    '/admin',
    '/admin/:path*',
    // An address with a percent sign that is not well-formed UTF-8 of printable characters (broken
    // encoding, NUL, overlong forms), for the 400 in malformed(). An Arabic, Persian or Serbian
    // address (two- and three-byte sequences, upper-case hex as browsers send them) is passed by.
    '/((?=.*%)(?!(?:[^%]|%[2-7][0-9A-F]|%(?:C[2-9A-F]|D[0-9A-F])%[89AB][0-9A-F]|%E0%[AB][0-9A-F]%[89AB][0-9A-F]|%E[1-9A-CEF]%[89AB][0-9A-F]%[89AB][0-9A-F]|%ED%[89][0-9A-F]%[89AB][0-9A-F])*$).*)',
  ],
}
