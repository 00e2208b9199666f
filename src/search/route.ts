import { isLocale } from '@/i18n/locales'
import { bodyWithin } from '@/site/requestBody'

import { searchAnswer } from './answer'
import { maxQueryLength } from './query'

const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })

/** Far more than a form of a language code and 200 characters needs, percent-encoded. */
const maxBodyBytes = 8 * 1024

/**
 * `POST /api/search` (body `locale=sv&q=…`, form-encoded): what the search form asks with
 * JavaScript, answered as JSON (SearchState). A plain route rather than the form's server action:
 * Next answers an action by running the page's whole render machinery, several times the work of
 * the search itself. Posted, so the words are never in an address; never stored by any cache.
 */
export async function POST(request: Request): Promise<Response> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) return problem(415, 'Send the search as a form (Content-Type: application/x-www-form-urlencoded) with the fields locale and q.')
  const body = Number(request.headers.get('content-length') ?? 0) > maxBodyBytes ? undefined : await bodyWithin(request.body, maxBodyBytes)
  if (body === undefined) return problem(413, `The search is too long: at most ${maxQueryLength} characters are searched.`)
  const form = new URLSearchParams(body.toString('utf8'))
  const locale = form.get('locale')
  if (!isLocale(locale)) return problem(400, 'The field locale must be one of the site’s language codes (sv, fi, en, …).')
  const answer = await searchAnswer(locale, form.get('q') ?? '')
  return Response.json(answer, { headers: { 'cache-control': 'no-store' } })
}

const allow = 'POST, OPTIONS'

/** Any other method: words sent in an address would reach logs and the browser's history. */
export async function notAllowed(): Promise<Response> {
  return problem(405, 'Send the search as a POST of a form (locale, q): a search is never put in an address.', { allow })
}

/** The same methods as the 405 names (Next's own OPTIONS would list every exported one, the 405's too). */
export async function OPTIONS(): Promise<Response> {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store', allow } })
}
