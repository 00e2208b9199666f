/**
 * The API and the admin while the database is away: a plain 503 that says when to try again,
 * instead of Payload's 500 (or a wait for the database's connection timeout). No stack, no SQL.
 */
import type { AfterErrorHook } from 'payload'

import { databaseIsUp } from './databaseWatch'
import { countUnavailableAnswer, isDatabaseUnavailable } from './outage'

export const retryAfterSeconds = 30
const message = 'The database cannot be reached right now. Please try again in a minute.'

export function unavailableApiResponse(): Response {
  countUnavailableAnswer()
  return Response.json(
    { errors: [{ message }] },
    { status: 503, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}

/** The admin's pages (its sign-in too) while the database is away: plain text, staff read Swedish or English. */
export function unavailableAdminResponse(): Response {
  countUnavailableAnswer()
  return new Response('Databasen kan inte nås just nu. Försök igen om en stund.\n\nThe database cannot be reached right now. Please try again in a minute.\n', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
  })
}

/** Wraps an API route's handler: while the watch knows the database is away, answer 503 at once. */
export function unlessDatabaseIsAway<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return (request: Request, ...rest: A): Promise<Response> => (databaseIsUp() ? handler(request, ...rest) : Promise.resolve(unavailableApiResponse()))
}

/** For a request that found the database gone before the watch did: 503 too, with Retry-After. */
export const databaseAwayIs503: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  countUnavailableAnswer()
  if (req) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  }
  return { status: 503, response: { errors: [{ message }] } }
}
