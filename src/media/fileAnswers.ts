/**
 * What Payload's file routes (/api/media/file/…, /api/film-files/file/…) leave out of HTTP, on disk
 * and in the bucket alike; wraps the REST route's GET (HEAD goes through it too).
 *
 * - **If-Range** (RFC 9110 §13.1.5). Payload answers a `Range` with 206 whatever `If-Range` says. A
 *   client resuming a download names the version it holds; when that is not the file's current one,
 *   the bytes it asks for would be spliced onto another version: it gets the whole file (200)
 *   instead. Only an entity tag that is a strong match for the file's own `ETag` keeps the range (on
 *   disk `fromDisk`'s, src/media/diskFiles.ts; from the bucket the bucket's). A date is not compared
 *   (the whole file is always a right answer), and a weak tag never matches. The whole file is asked
 *   for first and kept unless the tag matches, so a mismatch costs no second request.
 * - **A failure is not kept.** How long a file may be kept is decided before Payload looks for it
 *   (`fileCaching`, src/collections/Media/hooks/versionedUrls.ts), so a file missing on disk or in the
 *   bucket, or a range past its end, would carry a year's caching: an answer of 400 or more says
 *   `no-store`, as the rest of the API does (src/edge/headers.ts).
 */
export function fileAnswers<A extends unknown[]>(get: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => notKeptIfFailed(await answer(get, request, rest))
}

async function answer<A extends unknown[]>(get: (request: Request, ...rest: A) => Promise<Response>, request: Request, rest: A): Promise<Response> {
  const ifRange = request.headers.get('if-range')
  if (ifRange === null || !request.headers.has('range')) return get(request, ...rest)
  const headers = new Headers(request.headers)
  headers.delete('range')
  headers.delete('if-range')
  // From its parts: Next hands the route a proxy of its request (see src/site/head.ts).
  const whole = await get(new Request(request.url, { method: request.method, headers, signal: request.signal }), ...rest)
  if (whole.status !== 200 || !isStrongMatch(ifRange, whole.headers.get('etag'))) return whole
  await whole.body?.cancel()
  return get(request, ...rest)
}

/** Strong comparison (RFC 9110 §8.8.3.2): neither tag weak, and the same characters. */
function isStrongMatch(ifRange: string, etag: string | null): boolean {
  return etag !== null && etag.startsWith('"') && ifRange.trim() === etag
}

function notKeptIfFailed(response: Response): Response {
  if (response.status < 400) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
