/**
 * `/api/reach/view?p=<the page's path>`: one page view. POST from /reach.js after the page has
 * loaded, GET from the <noscript> image without JavaScript. It reads the path and the User-Agent
 * (to skip robots) and keeps neither: the count goes to the page's document, language and variant
 * for today. Always a quick answer that no cache keeps and that sets nothing; never an error page.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { now } from '@/site/clock'

import { campaignReach, eventReach, reachCsv, type CampaignPages, type EventDays, type ReachReport } from './campaignReach'
import { pageAt } from './pages'
import { isRobot } from './robots'
import { counterFor, today } from './store'

// The smallest transparent GIF, for the no-JavaScript image.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
const noStore = { 'Cache-Control': 'no-store' }

async function count(req: PayloadRequest): Promise<void> {
  if (isRobot(req.headers.get('user-agent'))) return
  const path = new URL(req.url ?? 'http://x/').searchParams.get('p')
  if (!path || !path.startsWith('/')) return
  try {
    const page = await pageAt(path)
    if (page) counterFor(req.payload).add({ day: today(), ...page })
  } catch {
    // Counting is never worth a failed request (the database may be away).
  }
}

const isPlanner = (user: PayloadRequest['user']) => hasRole(user, 'admin', 'editor', 'communicator')

/**
 * A report as CSV, for the planners who may see it (communicators, editors and admins): the
 * document is read with the caller's own access, so what they cannot read is not found.
 */
const csvOf = (collection: 'campaigns' | 'events', report: (req: PayloadRequest, doc: unknown) => Promise<ReachReport>): Endpoint => ({
  path: `/reach/${collection}/:id/csv`,
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
    if (!isPlanner(req.user)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
    const found = await req.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user })
    if (!found.docs[0]) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
    const r = await report(req, found.docs[0])
    const name = `${collection === 'campaigns' ? 'campaign' : 'event'}-${id}-reach${r.demo ? '-demo' : ''}.csv`
    return new Response(reachCsv(r), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
    })
  },
})

export const reachEndpoints: Endpoint[] = [
  csvOf('campaigns', (req, doc) => campaignReach(req.payload, doc as CampaignPages, now())),
  csvOf('events', (req, doc) => eventReach(req.payload, doc as EventDays)),
  {
    path: '/reach/view',
    method: 'post',
    handler: async (req) => {
      await count(req)
      return new Response(null, { status: 204, headers: noStore })
    },
  },
  {
    path: '/reach/view',
    method: 'get',
    handler: async (req) => {
      await count(req)
      return new Response(pixel, { status: 200, headers: { ...noStore, 'Content-Type': 'image/gif', 'Content-Length': String(pixel.length) } })
    },
  },
]
