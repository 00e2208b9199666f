/**
 * The reach reports' CSV for planners. The views themselves are counted by a plain Next route
 * (`src/reach/view.ts`, `/api/reach/view`).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { now } from '@/site/clock'

import { campaignReach, eventReach, reachCsv, type CampaignPages, type EventDays, type ReachReport } from './campaignReach'

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
]
