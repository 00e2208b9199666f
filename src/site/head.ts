/**
 * HEAD answered as GET without a body (RFC 9110 §9.3.2): players and download managers ask it before
 * a file. Next hands a HEAD to the GET handler when a route has no HEAD of its own, but Payload's
 * router then looks for a `head` endpoint and answers 404; so the request is passed on as a GET and
 * only its status and headers are kept (type, Accept-Ranges, Content-Range, caching).
 */
export function headFromGet<A extends unknown[]>(get: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    // From its parts: Next hands the route a proxy of its request, which `new Request(request)` cannot read.
    const response = await get(new Request(request.url, { method: 'GET', headers: request.headers }), ...rest)
    // A file is streamed from disk or the bucket: close it instead of reading it.
    await response.body?.cancel()
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
}
