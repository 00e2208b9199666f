/**
 * Reach on a real PostgreSQL: batched counts land per day, page, language and variant; two
 * processes writing at once add up; demo numbers never mix with real ones; a campaign's report and
 * CSV read its linked pages during the campaign and before it; only planners get the CSV (REST).
 */
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { instantOf } from '@/campaigns/schedule'
import { BatchedCounter, type ViewKey } from '@/reach/counter'
import { campaignReach, eventReach, eventWindow, reachCsv, type CampaignPages } from '@/reach/campaignReach'
import { addCounts } from '@/reach/store'
import type { User } from '@/payload-types'

import { getTestPayload, makeUser } from '../support/payload'

type Staff = User & { collection: 'users' }

let payload: Payload
let communicator: Staff, translator: Staff
let topic: number, other: number, campaign: CampaignPages, event: { id: number; startsAt: string; endsAt: string }
const local = (y: number, m: number, d: number) => instantOf({ y, m, d, hh: 0, mm: 0 }).toISOString()

async function rest(pathname: string, user?: Staff): Promise<Response> {
  const url = new URL(pathname, 'http://localhost:3000')
  const headers: Record<string, string> = {}
  if (user) {
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'correct-horse-battery' } })
    headers.Authorization = `JWT ${token}`
  }
  const handler = REST_GET(config) as (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  return handler(new Request(url, { headers }), { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
}

const views = (where: Where) =>
  payload.find({ collection: 'pageViews', where, overrideAccess: true, pagination: false, depth: 0 }).then((r) => r.docs.map((d) => ({ day: d.day, language: d.language, variant: d.variant, demo: d.demo, count: Number(d.count) })))

beforeAll(async () => {
  payload = await getTestPayload()
  communicator = await makeUser(payload, 'communicator')
  translator = await makeUser(payload, 'translator', ['en'])
  topic = (await payload.create({ collection: 'topics', overrideAccess: true, data: { adult: { title: 'Räckvidd' }, focusArea: 'general' } as never })).id
  other = (await payload.create({ collection: 'topics', overrideAccess: true, data: { adult: { title: 'Annat' }, focusArea: 'general' } as never })).id
  campaign = (await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    locale: 'sv',
    data: {
      title: 'Räckviddstest',
      status: 'planned',
      startsAt: local(2031, 3, 10),
      endsAt: local(2031, 3, 12),
      allDay: true,
      recurrence: 'none',
      focusAreas: ['general'],
      targetGroups: ['subjected'],
      languages: ['sv', 'en', 'ar'],
      channels: ['web-banner'],
      variant: 'adult',
      topics: [topic],
    } as never,
  })) as unknown as CampaignPages
  // An event of the campaign, on its second day (14:00–15:30 Malmö time).
  event = (await payload.create({
    collection: 'events',
    locale: 'sv',
    overrideAccess: true,
    data: {
      title: 'Räckviddsföreläsning',
      startsAt: '2031-03-11T13:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      endsAt: '2031-03-11T14:30:00.000Z',
      endsAt_tz: 'Europe/Stockholm',
      place: { venueName: 'Träffpunkt Test', address: 'Testgatan 1, Malmö' },
      languages: ['sv'],
      audiences: ['older-people'],
      signUp: { method: 'none' },
      organiser: 'Malmö stad',
      campaign: campaign.id,
      public: true,
      _status: 'published',
    } as never,
  })) as unknown as typeof event
})

afterAll(async () => {
  await payload.delete({ collection: 'events', id: event.id, overrideAccess: true })
  await payload.delete({ collection: 'campaigns', id: campaign.id, overrideAccess: true })
  await payload.delete({ collection: 'topics', where: { id: { in: [topic, other] } }, overrideAccess: true })
})

describe('page views', () => {
  it('are stored per day, page, language and variant, and two processes writing at once add up', async () => {
    const clock = { ms: 0 }
    const counters = [0, 1].map(() => new BatchedCounter({ everyMs: 1000, clock: () => clock.ms, write: (rows) => addCounts(payload, rows) }))
    const key = (day: string, language: ViewKey['language'], variant: ViewKey['variant'] = 'adult', id = topic): ViewKey => ({ day, collection: 'topics', id, language, variant })
    // Each process gathers its own views; both write in the same moment.
    for (const c of counters) {
      c.add(key('2031-03-10', 'sv'))
      c.add(key('2031-03-10', 'sv'))
      c.add(key('2031-03-11', 'en'))
      c.add(key('2031-03-10', 'sv', 'child'))
      c.add(key('2031-03-08', 'ar'))
      c.add(key('2031-03-10', 'sv', 'adult', other))
    }
    // Each wrote its first view at once; the rest wait for the interval, then both write together.
    expect(counters.map((c) => c.pendingViews())).toEqual([5, 5])
    clock.ms += 1000
    await Promise.all(counters.map((c) => c.flushNow()))
    expect(counters.map((c) => c.pendingViews())).toEqual([0, 0])
    // More views after the first batch go into the same rows.
    clock.ms += 1000
    counters[0].add(key('2031-03-10', 'sv'))
    await counters[0].flushIfDue()

    const rows = await views({ docCollection: { equals: 'topics' }, docId: { equals: topic } })
    const count = (day: string, language: string, variant: string) => rows.find((r) => r.day === day && r.language === language && r.variant === variant && !r.demo)?.count
    expect(count('2031-03-10', 'sv', 'adult')).toBe(5)
    expect(count('2031-03-10', 'sv', 'child')).toBe(2)
    expect(count('2031-03-11', 'en', 'adult')).toBe(2)
    expect(count('2031-03-08', 'ar', 'adult')).toBe(2)
    expect(rows).toHaveLength(4)
  })

  it('a campaign reports its linked pages during it beside a baseline; demo numbers never mix with real ones', async () => {
    await addCounts(payload, [{ day: '2031-03-10', collection: 'topics', id: topic, language: 'sv', variant: 'adult', count: 1000 }], true)
    const report = await campaignReach(payload, campaign, new Date('2031-03-20T12:00:00Z'))
    expect(report.days).toEqual(['2031-03-10', '2031-03-11', '2031-03-12'])
    expect(report.baselineDays).toEqual(['2031-03-07', '2031-03-08', '2031-03-09'])
    expect(report.demo).toBe(false)
    expect(report.languages).toEqual(['sv', 'en', 'ar'])
    // Both variants of the page, the other topic not at all, the demo 1000 not at all.
    expect(report.during).toEqual({ sv: [7, 0, 0], en: [0, 2, 0], ar: [0, 0, 0] })
    expect(report.before).toEqual({ sv: [0, 0, 0], en: [0, 0, 0], ar: [0, 2, 0] })
    expect(reachCsv(report).split('\r\n')).toContain('sv,2031-03-10,7,2031-03-07,0,false')
  })

  it('without any real count the demo numbers show, marked as demo', async () => {
    // Without topics and brochures its event's page is still one of its pages.
    const quiet = { ...campaign, topics: [], brochures: [] } as CampaignPages
    expect((await campaignReach(payload, quiet, new Date('2031-03-20T12:00:00Z'))).pages).toBe(1)
    await payload.delete({ collection: 'pageViews', where: { docId: { equals: topic }, demo: { equals: false } }, overrideAccess: true })
    const report = await campaignReach(payload, campaign, new Date('2031-03-20T12:00:00Z'))
    expect(report.demo).toBe(true)
    expect(report.during.sv).toEqual([1000, 0, 0])
    expect(reachCsv(report)).toContain('sv,2031-03-10,1000,2031-03-07,0,true')
  })

  it('only planners and admins read them: the CSV and the rows answer others 401/403 over REST', async () => {
    expect((await rest(`/api/reach/campaigns/${campaign.id}/csv`)).status).toBe(401)
    expect((await rest(`/api/reach/campaigns/${campaign.id}/csv`, translator)).status).toBe(403)
    const ok = await rest(`/api/reach/campaigns/${campaign.id}/csv`, communicator)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toContain('text/csv')
    expect(await ok.text()).toMatch(/^language,day,views,baseline_day,baseline_views,demo\r\n/)
    expect((await rest('/api/pageViews', translator)).status).toBe(403)
    expect((await rest('/api/pageViews')).status).toBe(403)
    expect((await rest('/api/pageViews', communicator)).status).toBe(200)
    expect((await rest(`/api/reach/campaigns/abc/csv`, communicator)).status).toBe(404)
  })

  it('an event page reports its views per language per day, from four weeks before through its day, and counts for its campaign', async () => {
    const days = eventWindow(event)
    // Four weeks: 27 days before and the day itself.
    expect(days).toHaveLength(28)
    expect([days[0], days[days.length - 1]]).toEqual(['2031-02-12', '2031-03-11'])
    await addCounts(payload, [
      { day: '2031-03-11', collection: 'events', id: event.id, language: 'ar', variant: 'adult', count: 4 },
      { day: '2031-03-01', collection: 'events', id: event.id, language: 'sv', variant: 'adult', count: 3 },
      // Outside the window: the day after, and another page.
      { day: '2031-03-12', collection: 'events', id: event.id, language: 'sv', variant: 'adult', count: 50 },
      { day: '2031-03-11', collection: 'topics', id: other, language: 'sv', variant: 'adult', count: 60 },
    ])
    const report = await eventReach(payload, event)
    expect(report.demo).toBe(false)
    expect(report.baselineDays).toEqual([])
    expect(report.languages).toEqual(['sv', 'ar'])
    expect(report.during.ar?.at(-1)).toBe(4)
    expect(report.during.sv?.[days.indexOf('2031-03-01')]).toBe(3)
    expect(report.during.sv?.reduce((a, b) => a + b)).toBe(3)
    const csv = reachCsv(report).split('\r\n')
    expect(csv).toContain('ar,2031-03-11,4,,,false')
    // The campaign's report counts its event's page among its linked pages.
    const ofCampaign = await campaignReach(payload, campaign, new Date('2031-03-20T12:00:00Z'))
    expect(ofCampaign.pages).toBe(2)
    expect(ofCampaign.during.ar).toEqual([0, 4, 0])
    expect(ofCampaign.during.sv).toEqual([0, 0, 50])
  })

  it('only planners and admins get an event page’s CSV over REST (401/403 for others, 404 for no event)', async () => {
    expect((await rest(`/api/reach/events/${event.id}/csv`)).status).toBe(401)
    expect((await rest(`/api/reach/events/${event.id}/csv`, translator)).status).toBe(403)
    const ok = await rest(`/api/reach/events/${event.id}/csv`, communicator)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toContain('text/csv')
    expect(ok.headers.get('content-disposition')).toContain(`event-${event.id}-reach.csv`)
    expect((await ok.text()).split('\r\n')).toContain('ar,2031-03-11,4,,,false')
    expect((await rest('/api/reach/events/999999/csv', communicator)).status).toBe(404)
    expect((await rest('/api/reach/events/x/csv', communicator)).status).toBe(404)
  })

  it('nobody writes them through the API', async () => {
    await expect(payload.create({ collection: 'pageViews', overrideAccess: false, user: communicator, data: { day: '2031-01-01', docCollection: 'topics', docId: topic, language: 'sv', variant: 'adult', demo: false, count: 99 } })).rejects.toThrow()
    await expect(payload.delete({ collection: 'pageViews', where: {}, overrideAccess: false, user: communicator })).rejects.toThrow()
    await expect(payload.update({ collection: 'pageViews', where: {}, overrideAccess: false, user: communicator, data: { count: 0 } })).rejects.toThrow()
  })
})

describe('a server process stopped by SIGTERM or SIGINT', () => {
  const tsx = path.resolve(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs')

  /** Starts tests/support/reachStop.ts with VIEWS views gathered, stops it with `signal`, and says how it ended. */
  async function countThenStop(signal: NodeJS.Signals, env: Record<string, string>) {
    const child = spawn(process.execPath, [tsx, 'tests/support/reachStop.ts'], { env: { ...process.env, REACH_FLUSH_SECONDS: '3600', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig })))
    await expect.poll(() => output, { timeout: 30_000 }).toMatch(/ready \d+/)
    const pending = Number(/ready (\d+)/.exec(output)![1])
    child.kill(signal)
    return { ...(await ended), pending, output }
  }

  const stored = async (id: number) => (await views({ docCollection: { equals: 'topics' }, docId: { equals: id } })).reduce((a, r) => a + r.count, 0)

  it('writes the views it had gathered before it ends (SIGTERM from Docker or systemd, SIGINT from Ctrl+C)', async () => {
    for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
      const id = (await payload.create({ collection: 'topics', overrideAccess: true, data: { adult: { title: `Stopp ${signal}` }, focusArea: 'general' } as never })).id
      const stop = await countThenStop(signal, { DATABASE_URL: process.env.DATABASE_URL!, VIEWS: '25', DOC_ID: String(id) })
      // The first view was written at once, the other 24 were waiting for the interval when the stop came.
      expect(stop.pending, stop.output).toBe(24)
      expect(stop.code, stop.output).toBe(code)
      expect(await stored(id)).toBe(25)
      await payload.delete({ collection: 'topics', id, overrideAccess: true })
    }
  }, 90_000)

  it('still ends when the database does not answer', async () => {
    // A "database" that takes the connection and never says a word.
    const silent = net.createServer(() => {})
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()))
    try {
      const port = (silent.address() as net.AddressInfo).port
      const stop = await countThenStop('SIGTERM', { DATABASE_URL: `postgres://x:x@127.0.0.1:${port}/x`, VIEWS: '3', DOC_ID: '1' })
      expect(stop.code, stop.output).toBe(143)
      expect(stop.output).toMatch(/could not be written before the stop/)
    } finally {
      silent.close()
    }
  }, 60_000)
})
