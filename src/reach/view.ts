/**
 * `/api/reach/view?p=<the page's path>`: one page view. POST from /reach.js after the page has
 * loaded, GET from the <noscript> image without JavaScript. It reads the path and the User-Agent
 * (to skip robots) and keeps neither: the count goes to the page's document, language and variant
 * for today. Always a quick answer that no cache keeps and that sets nothing; never an error page.
 *
 * A plain Next route, not a Payload endpoint: the edge serves a campaign peak's pages without the
 * app, but every reading still sends its view here, and Payload's REST handler sets up a request,
 * its i18n and auth for each call, about a third more of the server's time than the view needs.
 */
import { payloadClient } from '@/site/payload'

import { pageAt } from './pages'
import { isRobot } from './robots'
import { counterFor, today } from './store'

// The smallest transparent GIF, for the no-JavaScript image.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const noStore = { 'Cache-Control': 'no-store' }
const pixelHeaders = { ...noStore, 'Content-Type': 'image/gif' }

async function count(request: Request): Promise<void> {
  if (isRobot(request.headers.get('user-agent'))) return
  const path = new URL(request.url).searchParams.get('p')
  if (!path || !path.startsWith('/')) return
  try {
    const page = await pageAt(path)
    if (page) counterFor(await payloadClient()).add({ day: today(), ...page })
  } catch {
    // Counting is never worth a failed request (the database may be away).
  }
}

export async function POST(request: Request): Promise<Response> {
  await count(request)
  return new Response(null, { status: 204, headers: noStore })
}

export async function GET(request: Request): Promise<Response> {
  await count(request)
  return new Response(pixel, { status: 200, headers: pixelHeaders })
}

/** The image's headers, and no view: a HEAD is a check, not a reading. */
export async function HEAD(): Promise<Response> {
  return new Response(null, { status: 200, headers: pixelHeaders })
}

const allow = 'GET, HEAD, POST, OPTIONS'

/** Any other method: a clear 405 rather than Payload's API answering for an address it does not have. */
export async function notAllowed(): Promise<Response> {
  return Response.json({ errors: [{ message: 'A view is counted with POST (or GET from the image).' }] }, { status: 405, headers: { ...noStore, allow } })
}

/** The same methods as the 405 names (Next's own OPTIONS would list every exported one, the 405's too). */
export async function OPTIONS(): Promise<Response> {
  return new Response(null, { status: 204, headers: { ...noStore, allow } })
}
