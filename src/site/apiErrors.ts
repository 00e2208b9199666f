import type { AfterErrorHook } from 'payload'

/** The SQLSTATE of a database error, wherever the driver or Drizzle put it. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
  }
  return undefined
}

/**
 * Bad input to the API is the caller's mistake and gets a clear 400, not "unknown error" 500:
 * a body in a format the API does not read (415), malformed JSON, a body that is not an object, and values PostgreSQL refuses as data (class 22: an id that is not a number, an
 * option that does not exist, a date that is not a date). Anything else stays as Payload reports it.
 */
export const clientErrorsAre400: AfterErrorHook = ({ error, req }) => {
  // A body in a format the API does not read (text/plain, XML, …) reaches the operation as nothing.
  const type = req?.headers?.get('content-type') ?? ''
  if (req && ['POST', 'PATCH', 'PUT'].includes(req.method ?? '') && type && !/json|multipart\/form-data|x-www-form-urlencoded/i.test(type)) {
    return { status: 415, response: { errors: [{ message: 'Send the request body as JSON (Content-Type: application/json) or as multipart/form-data.' }] } }
  }
  if (error?.name === 'SyntaxError' || /JSON/.test(String(error?.message))) {
    return { status: 400, response: { errors: [{ message: 'The request body is not valid JSON.' }] } }
  }
  // Valid JSON that is not an object ("a string", [1, 2]) fails deep inside an operation.
  if (req?.data !== undefined && (typeof req.data !== 'object' || req.data === null || Array.isArray(req.data))) {
    return { status: 400, response: { errors: [{ message: 'The request body must be a JSON object.' }] } }
  }
  // A refused field (Payload's ValidationError): its REST answer names the field but, in the built
  // server, drops why (the formatter tests the error's class, and the bundled copy's class and name
  // differ). The reason is the clear part, so it is passed on, found by the error's shape.
  const refused = error as { status?: unknown; data?: { errors?: unknown } } | undefined
  if (refused?.status === 400 && Array.isArray(refused.data?.errors)) {
    const errors = (refused.data.errors as { message?: unknown; path?: unknown; label?: unknown }[]).map(({ message, path, label }) => ({ message, path, label }))
    return { status: 400, response: { errors: [{ name: 'ValidationError', message: error.message, data: { errors } }] } }
  }
  const state = sqlState(error)
  if (state?.startsWith('22')) {
    return {
      status: 400,
      response: { errors: [{ message: 'A value in the request is not valid here (for example an id that is not a number, or an option that does not exist).' }] },
    }
  }
}

/** What Payload's REST answer says when it cannot word an error (payload/dist/utilities/formatErrors). */
const unknownError = 'An unknown error occurred.'

/**
 * Payload words an error for REST by its class name (`this.name = this.constructor.name`), and the
 * built server's bundler leaves APIError's class anonymous (`class extends …` inside a list), so its
 * name is '' and every `throw new APIError(reason, 403)` of ours (a file's alt text that would go
 * live unreviewed, a publish without a language) reached REST as "An unknown error occurred.",
 * while the Local API, GraphQL and the admin had the reason. A reason that is public by Payload's own
 * rule (isErrorPublic: `isPublic`, or a status other than 500 not marked private) is passed on.
 */
export const publicReasonsKept: AfterErrorHook = ({ error, result }) => {
  const { isPublic, status, message } = error as Error & { isPublic?: boolean; status?: number }
  const isPublicError = isPublic === true || (isPublic !== false && typeof status === 'number' && status !== 500)
  if (!result || !isPublicError || !message || result.errors?.[0]?.message !== unknownError) return
  return { response: { errors: [{ name: 'APIError', message }] } }
}

/**
 * Payload answers a collection that has no REST API (its migrations table) with 501 and
 * "Cannot GET <the address the server sees>", which tells a caller the server's internal address.
 * To a caller that collection simply does not exist: 404, and nothing about the server.
 */
export function notFoundForMissingAPIs<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const response = await handler(request, ...rest)
    if (response.status !== 501) return response
    return Response.json({ errors: [{ message: 'Not found.' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
  }
}

/** How deeply a JSON text nests arrays and objects (strings skipped), in one pass. */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 /* { */ || c === 91 /* [ */) deepest = Math.max(deepest, ++depth)
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--
  }
  return deepest
}

/** No document of ours nests near this deep (a Lexical body with nested lists is about 20). */
export const maxJsonDepth = 100

/**
 * A JSON body nested thousands deep overflows the stack of Payload's recursive field walks, which
 * then answer 500 "unknown error". Refuse it before it gets there, with a 400 that says why.
 */
export function refuseDeepJson<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const type = request.headers.get('content-type') ?? ''
    if (['POST', 'PATCH', 'PUT'].includes(request.method) && /json/i.test(type) && jsonDepth(await request.clone().text()) > maxJsonDepth) {
      return Response.json({ errors: [{ message: `The request body nests deeper than ${maxJsonDepth} levels.` }] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
    }
    return handler(request, ...rest)
  }
}
