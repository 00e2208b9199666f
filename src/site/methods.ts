/**
 * Methods Next cannot represent: its route handlers build a WHATWG Request, which refuses fetch's
 * forbidden methods, so a TRACE to `/robots.txt` or the API was a 500 with a stack trace. (The other
 * two never get this far: Node's parser answers TRACK with a 400, and CONNECT is not a request.)
 */
const forbidden = new Set(['TRACE'])

/** What a page answers: reads, and the posts of its forms (Next's server actions). */
const pageMethods = ['GET', 'HEAD', 'POST']

export type MethodAnswer = { status: 204 | 405; allow: string } | undefined

/**
 * What the server answers itself, before Next, for a request's method and address:
 * - a page (no `/api`, `/_next`, nor a file name) takes GET, HEAD and POST; Next would render it
 *   for any method (a DELETE got the page and a 200, which tells a cache in front that the page
 *   was deleted), and answer OPTIONS with a 400. Now a 405 with Allow, and OPTIONS says which
 *   (RFC 9110 §9.3.7, §15.5.6).
 * - anything else (the API, files, feeds) keeps its route's own answers; only the methods Next
 *   cannot represent get a 405 here. Allow names GET and HEAD for a file, and for the API the
 *   methods Payload's REST answers (a route's own OPTIONS lists its exact ones).
 */
export function methodAnswer(method: string, url: string): MethodAnswer {
  const path = url.split(/[?#]/, 1)[0]
  const page = !/^\/(?:api|_next)(?:\/|$)/.test(path) && !/\.[^/]*$/.test(path)
  const upper = method.toUpperCase()
  if (page) {
    if (pageMethods.includes(upper)) return undefined
    const allow = [...pageMethods, 'OPTIONS'].join(', ')
    return upper === 'OPTIONS' ? { status: 204, allow } : { status: 405, allow }
  }
  if (!forbidden.has(upper)) return undefined
  return { status: 405, allow: /^\/api(?:\/|$)/.test(path) ? 'GET, HEAD, POST, PATCH, DELETE, OPTIONS' : 'GET, HEAD' }
}
