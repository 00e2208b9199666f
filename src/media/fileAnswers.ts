/**
 * What Payload's file routes (/api/media/file/…, /api/film-files/file/…) leave out of HTTP, on disk
 * and in the bucket alike; wraps the REST route's GET (HEAD goes through it too).
 *
 * - **A failure is not kept.** How long a file may be kept is decided before Payload looks for it
 *   (`fileCaching`, src/collections/Media/hooks/versionedUrls.ts), so a file missing on disk or in the
 *   bucket, or a range past its end, would carry a year's caching: an answer of 400 or more says
 *   `no-store`, as the rest of the API does (src/edge/headers.ts).
 */
export function fileAnswers<A extends unknown[]>(get: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => notKeptIfFailed(await get(request, ...rest))
}

function notKeptIfFailed(response: Response): Response {
  if (response.status < 400) return response
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', 'no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
