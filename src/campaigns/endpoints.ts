/**
 * The campaigns' own API: the iCalendar feed (by secret token), the subscription token of the
 * signed-in user, and the wheel as SVG or PNG for slides and the intranet.
 */
import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import sharp from 'sharp'

import { roleOf } from '@/access/roles'
import { loadPlannedEvents } from '@/events/planning'
import { now } from '@/site/clock'

import { hashToken, looksLikeToken, newToken } from './calendarToken'
import { campaignFeed } from './feed'
import { matches, parseFilters, parseWheelOptions } from './filters'
import type { KeyDate } from './keyDates'
import { loadPlan } from './queries'
import { yearOf } from './schedule'
import { buildWheel, type Lang } from './wheel/buildWheel'
import { wheelSvg } from './wheel/svg'

const problem = (status: number, message: string, errors?: string[]) => Response.json({ errors: [{ message }, ...(errors ?? []).map((m) => ({ message: m }))] }, { status })

const baseURL = (req: PayloadRequest) => req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin
export const campaignAdminURL = (req: PayloadRequest, id: number) => `${baseURL(req)}/admin/collections/campaigns/${id}`
const eventAdminURL = (req: PayloadRequest, id: number) => `${baseURL(req)}/admin/collections/events/${id}`

async function keyDatesFor(req: PayloadRequest, user: TypedUser): Promise<KeyDate[]> {
  const global = await req.payload.findGlobal({ slug: 'keyDates', depth: 0, overrideAccess: false, user })
  return (global.dates ?? []) as KeyDate[]
}

const feed: Endpoint = {
  path: '/calendar.ics',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const token = params.get('token')
    if (!token) return problem(401, 'A calendar token is required: create a subscription link on the annual wheel.')
    if (!looksLikeToken(token)) return problem(401, 'This calendar link is not valid.')
    const filters = parseFilters(params)
    if (!filters.ok) return problem(400, 'Unknown filter values.', filters.errors)
    const { docs } = await req.payload.find({ collection: 'users', where: { calendarTokenHash: { equals: hashToken(token) } }, overrideAccess: true, depth: 0, limit: 1 })
    const owner = docs[0]
    // A revoked, replaced or unknown token, or an account without a role: no feed.
    if (!owner || roleOf(owner) === undefined) return problem(401, 'This calendar link is not valid.')
    const reader = { ...owner, collection: 'users' as const }
    const plan = (await loadPlan(req.payload, reader)).filter((c) => matches(c, filters.value))
    // Events of the campaigns in the feed, and those of no campaign.
    const inPlan = new Set(plan.map((c) => c.id))
    const events = (await loadPlannedEvents(req.payload, reader)).filter((e) => e.campaign === null || inPlan.has(e.campaign))
    const body = campaignFeed(plan, { name: 'Årshjul – Fri från våld', adminURL: (id) => campaignAdminURL(req, id), stamp: now(), events, eventAdminURL: (id) => eventAdminURL(req, id) })
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="arshjul.ics"', 'Cache-Control': 'private, no-store' },
    })
  },
}

function staff(req: PayloadRequest): TypedUser | undefined {
  return roleOf(req.user) !== undefined ? (req.user as TypedUser) : undefined
}

const createToken: Endpoint = {
  path: '/calendar-token',
  method: 'post',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return problem(401, 'Sign in to create a calendar link.')
    const token = newToken()
    await req.payload.update({ collection: 'users', id: user.id, data: { calendarTokenHash: hashToken(token) }, overrideAccess: true, depth: 0 })
    return Response.json({ url: `${baseURL(req)}/api/campaigns/calendar.ics?token=${token}` })
  },
}

const revokeToken: Endpoint = {
  path: '/calendar-token',
  method: 'delete',
  handler: async (req) => {
    const user = staff(req)
    if (!user) return problem(401, 'Sign in to revoke your calendar link.')
    await req.payload.update({ collection: 'users', id: user.id, data: { calendarTokenHash: null }, overrideAccess: true, depth: 0 })
    return Response.json({ revoked: true })
  },
}

/** The wheel for the signed-in user's filters, as an SVG document. */
async function renderWheel(req: PayloadRequest): Promise<{ svg: string; year: number } | Response> {
  const user = staff(req)
  if (!user) return problem(401, 'Sign in to export the annual wheel.')
  const params = new URL(req.url ?? '', 'http://localhost').searchParams
  const opts = parseWheelOptions(params, yearOf(now()))
  if (!opts.ok) return problem(400, 'Unknown filter values.', opts.errors)
  const lang: Lang = req.i18n?.language === 'en' ? 'en' : 'sv'
  const [plan, keyDates, events] = await Promise.all([loadPlan(req.payload, user), keyDatesFor(req, user), loadPlannedEvents(req.payload, user)])
  const model = buildWheel(plan, opts.value, keyDates, now(), lang, (id) => campaignAdminURL(req, id), events, (id) => eventAdminURL(req, id))
  return { svg: wheelSvg(model.data), year: opts.value.year }
}

const svgExport: Endpoint = {
  path: '/wheel.svg',
  method: 'get',
  handler: async (req) => {
    const result = await renderWheel(req)
    if (result instanceof Response) return result
    return new Response(result.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Content-Disposition': `attachment; filename="arshjul-${result.year}.svg"`, 'Cache-Control': 'private, no-store' } })
  },
}

const pngExport: Endpoint = {
  path: '/wheel.png',
  method: 'get',
  handler: async (req) => {
    const result = await renderWheel(req)
    if (result instanceof Response) return result
    // 2000 px square: sharp for slides; the SVG stays the source for print.
    const png = await sharp(Buffer.from(result.svg), { density: 144 }).resize(2000, 2000).png().toBuffer()
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Disposition': `attachment; filename="arshjul-${result.year}.png"`, 'Cache-Control': 'private, no-store' } })
  },
}

export const campaignEndpoints: Endpoint[] = [feed, createToken, revokeToken, svgExport, pngExport]
