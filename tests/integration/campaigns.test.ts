/**
 * Campaigns on a real PostgreSQL: who may plan them (each forbidden path tried with access
 * enforced), schedules stored in Malmö time, and the calendar feed parsed back by ical.js.
 */
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashToken, newToken } from '@/campaigns/calendarToken'
import { campaignFeed, uidOf } from '@/campaigns/feed'
import { loadPlan } from '@/campaigns/queries'
import { instantOf, occurrencesInYear } from '@/campaigns/schedule'
import type { Campaign, User } from '@/payload-types'

import { getTestPayload, makeUser, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }

let payload: Payload
let admin: Staff, editor: Staff, translator: Staff, communicator: Staff
const created: number[] = []

const local = (y: number, m: number, d: number, hh = 0, mm = 0) => instantOf({ y, m, d, hh, mm }).toISOString()

const base = {
  title: 'Orange the World',
  status: 'planned' as const,
  startsAt: local(2026, 11, 25),
  endsAt: local(2026, 12, 10),
  allDay: true,
  recurrence: 'yearly' as const,
  focusAreas: ['close-relationships' as const],
  targetGroups: ['subjected' as const],
  languages: ['sv' as const, 'en' as const],
  channels: ['web-banner' as const],
  variant: 'adult' as const,
}

async function make(user: Staff, data: Partial<Campaign> = {}): Promise<Campaign> {
  const doc = await payload.create({ collection: 'campaigns', overrideAccess: false, user, locale: 'sv', data: { ...base, ...data } as never })
  created.push(doc.id)
  return doc
}

beforeAll(async () => {
  payload = await getTestPayload()
  const existing = await payload.count({ collection: 'users', overrideAccess: true })
  admin = await makeUser(payload, 'admin')
  if (existing.totalDocs === 0) admin = { ...admin, role: 'admin' }
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['en'])
  communicator = await makeUser(payload, 'communicator')
})

afterAll(async () => {
  if (created.length) await payload.delete({ collection: 'campaigns', where: { id: { in: created } }, overrideAccess: true })
})

describe('who plans campaigns', () => {
  it('communicators, editors and admins create, change and delete them', async () => {
    for (const user of [communicator, editor, admin]) {
      const doc = await make(user, { title: `Kampanj av ${user.role}` })
      const changed = await payload.update({ collection: 'campaigns', id: doc.id, overrideAccess: false, user, data: { status: 'production' } })
      expect(changed.status).toBe('production')
      // The owner defaults to whoever created it.
      expect(typeof doc.owner === 'object' ? doc.owner?.id : doc.owner).toBe(user.id)
    }
    const doomed = await make(communicator)
    await payload.delete({ collection: 'campaigns', id: doomed.id, overrideAccess: false, user: communicator })
    expect(await refusal(payload.findByID({ collection: 'campaigns', id: doomed.id, overrideAccess: true }))).toBe(404)
  })

  it('translators read the plan but cannot create, change or delete a campaign', async () => {
    const doc = await make(communicator)
    expect((await payload.findByID({ collection: 'campaigns', id: doc.id, overrideAccess: false, user: translator })).id).toBe(doc.id)
    expect(await refusal(payload.create({ collection: 'campaigns', overrideAccess: false, user: translator, data: base as never }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'campaigns', id: doc.id, overrideAccess: false, user: translator, data: { title: 'Ändrad' } }))).toBe(403)
    // Not even the banner text in their own language.
    expect(await refusal(payload.update({ collection: 'campaigns', id: doc.id, locale: 'en', overrideAccess: false, user: translator, data: { banner: { text: 'Hi' } } }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'campaigns', id: doc.id, overrideAccess: false, user: translator }))).toBe(403)
    expect((await payload.findByID({ collection: 'campaigns', id: doc.id, overrideAccess: true })).title).toBe(base.title)
  })

  it('anonymous readers never see the plan, by list, by id or by count', async () => {
    const doc = await make(communicator)
    expect(await refusal(payload.find({ collection: 'campaigns', overrideAccess: false }))).toBe(403)
    expect(await refusal(payload.findByID({ collection: 'campaigns', id: doc.id, overrideAccess: false }))).toBe(403)
    expect(await refusal(payload.count({ collection: 'campaigns', overrideAccess: false }))).toBe(403)
    expect(await refusal(payload.create({ collection: 'campaigns', overrideAccess: false, data: base as never }))).toBe(403)
    expect(await refusal(loadPlan(payload, null))).toBe(403)
    expect(await refusal(payload.findGlobal({ slug: 'keyDates', overrideAccess: false }))).toBe(403)
  })

  it('communicators cannot change or publish topic content', async () => {
    const topic = await payload.create({ collection: 'topics', overrideAccess: true, locale: 'sv', draft: true, data: { adult: { title: 'Utkast för kampanj' }, focusArea: 'general', _status: 'draft' } })
    try {
      expect(await refusal(payload.update({ collection: 'topics', id: topic.id, locale: 'sv', overrideAccess: false, user: communicator, data: { _status: 'published' } }))).toBe(403)
      expect(await refusal(payload.update({ collection: 'topics', id: topic.id, locale: 'sv', overrideAccess: false, user: communicator, draft: true, data: { adult: { title: 'Kapat' } } }))).toBe(403)
      const after = await payload.findByID({ collection: 'topics', id: topic.id, draft: true, overrideAccess: true, locale: 'sv' })
      expect(after._status).toBe('draft')
      expect(after.adult.title).toBe('Utkast för kampanj')
    } finally {
      await payload.delete({ collection: 'topics', id: topic.id, overrideAccess: true })
    }
  })

  it('nobody reads or sets the calendar token hash through the API', async () => {
    const hash = hashToken(newToken())
    await payload.update({ collection: 'users', id: communicator.id, overrideAccess: true, data: { calendarTokenHash: hash } })
    const self = await payload.findByID({ collection: 'users', id: communicator.id, overrideAccess: false, user: communicator })
    expect(self).not.toHaveProperty('calendarTokenHash')
    const asAdmin = await payload.findByID({ collection: 'users', id: communicator.id, overrideAccess: false, user: admin })
    expect(asAdmin).not.toHaveProperty('calendarTokenHash')
    await payload.update({ collection: 'users', id: communicator.id, overrideAccess: false, user: communicator, data: { calendarTokenHash: 'chosen' } as never })
    const stored = await payload.find({ collection: 'users', where: { calendarTokenHash: { equals: hash } }, overrideAccess: true })
    expect(stored.docs.map((d) => d.id)).toEqual([communicator.id])
  })
})

describe('schedules', () => {
  it('keep the instant and the Malmö zone', async () => {
    const doc = await make(communicator, { allDay: false, startsAt: local(2026, 3, 28, 18), endsAt: local(2026, 3, 29, 12), recurrence: 'yearly' })
    const read = await payload.findByID({ collection: 'campaigns', id: doc.id, overrideAccess: true })
    expect(new Date(read.startsAt).toISOString()).toBe('2026-03-28T17:00:00.000Z')
    expect(new Date(read.endsAt).toISOString()).toBe('2026-03-29T10:00:00.000Z')
    expect(read.startsAt_tz).toBe('Europe/Stockholm')
  })

  it('refuse an end before the start with a clear 400, and keep the stored campaign', async () => {
    const doc = await make(communicator)
    expect(await refusal(payload.create({ collection: 'campaigns', overrideAccess: false, user: communicator, data: { ...base, endsAt: local(2026, 11, 1) } as never }))).toBe(400)
    expect(await refusal(payload.update({ collection: 'campaigns', id: doc.id, overrideAccess: false, user: communicator, data: { endsAt: local(2026, 1, 1) } }))).toBe(400)
    expect(await refusal(payload.update({ collection: 'campaigns', id: doc.id, overrideAccess: false, user: communicator, data: { recurrence: 'weekOf', startsAt: local(2026, 3, 2), endsAt: local(2026, 3, 2) } }))).toBe(400)
    const read = await payload.findByID({ collection: 'campaigns', id: doc.id, overrideAccess: true })
    expect(new Date(read.endsAt).toISOString()).toBe(base.endsAt)
  })

  it('keep the banner link and priority when a language’s banner text is added', async () => {
    const doc = await make(communicator, { banner: { text: 'Svensk text', priority: 70 } })
    await payload.update({ collection: 'campaigns', id: doc.id, locale: 'en', overrideAccess: false, user: communicator, data: { banner: { text: 'English text' } } })
    const all = (await payload.findByID({ collection: 'campaigns', id: doc.id, locale: 'all' as never, overrideAccess: true })) as unknown as { banner: { text: Record<string, string>; priority: number } }
    expect(all.banner.text).toMatchObject({ sv: 'Svensk text', en: 'English text' })
    expect(all.banner.priority).toBe(70)
  })
})

describe('the calendar feed', () => {
  let feed: ICAL.Component
  let text: string
  let ids: { orange: number; week: number; timed: number }

  beforeAll(async () => {
    const orange = await make(communicator, { title: 'Feed: Orange' })
    const week = await make(communicator, { title: 'Feed: Veckan', recurrence: 'weekOf', startsAt: local(2026, 11, 25), endsAt: local(2026, 11, 25) })
    const timed = await make(communicator, { title: 'Feed: Föreläsning', allDay: false, recurrence: 'none', startsAt: local(2027, 3, 28, 14), endsAt: local(2027, 3, 28, 15, 30) })
    ids = { orange: orange.id, week: week.id, timed: timed.id }
    const plan = (await loadPlan(payload, communicator)).filter((c) => c.title.startsWith('Feed:'))
    text = campaignFeed(plan, { name: 'Test', adminURL: (id) => `http://localhost/admin/collections/campaigns/${id}`, stamp: new Date('2026-11-23T12:00:00Z') })
    feed = new ICAL.Component(ICAL.parse(text))
    // Register the feed's own VTIMEZONE, as a calendar client does.
    for (const tz of feed.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  })

  const event = (id: number) => new ICAL.Event(feed.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === uidOf(id))!)

  it('ends every content line with CRLF, END:VCALENDAR too (RFC 5545 §3.1, §3.4)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.split('\r\n').filter((line) => /[\r\n]/.test(line))).toEqual([])
  })

  it('has a VTIMEZONE for Europe/Stockholm and one event per campaign with a stable UID', () => {
    expect(feed.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm'])
    expect(feed.getAllSubcomponents('vevent')).toHaveLength(3)
    expect(event(ids.orange).summary).toBe('Feed: Orange')
  })

  it('gives whole-day campaigns DATE values with an exclusive end, and yearly recurrence as RRULE', () => {
    const e = event(ids.orange)
    expect(e.startDate.isDate).toBe(true)
    expect(e.startDate.toString()).toBe('2026-11-25')
    expect(e.endDate.toString()).toBe('2026-12-11')
    expect(e.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY')
    const it = e.iterator()
    it.next()
    expect(it.next()?.toString()).toBe('2027-11-25')
  })

  it('expands “the week of 25 November” to the same weeks as the site', () => {
    const e = event(ids.week)
    const it = e.iterator()
    const starts = [1, 2, 3, 4].map(() => it.next()!.toString())
    const ours = [2026, 2027, 2028, 2029].map((y) => occurrencesInYear({ startsAt: local(2026, 11, 25), endsAt: local(2026, 11, 25), allDay: true, recurrence: 'weekOf' }, y)[0].firstDay)
    expect(starts).toEqual(ours)
    expect(e.endDate.toString()).toBe('2026-11-30')
  })

  it('writes timed campaigns in Malmö time that a client turns into the right instant', () => {
    const e = event(ids.timed)
    expect(e.startDate.zone?.tzid).toBe('Europe/Stockholm')
    expect(e.startDate.toString()).toBe('2027-03-28T14:00:00')
    // 28 March 2027 is the first day of summer time: 14:00 in Malmö is 12:00 UTC.
    expect(e.startDate.toJSDate().toISOString()).toBe('2027-03-28T12:00:00.000Z')
    expect(e.endDate.toJSDate().toISOString()).toBe('2027-03-28T13:30:00.000Z')
    expect(e.component.getFirstPropertyValue('rrule')).toBeNull()
  })
})

describe('campaign owners', () => {
  it('are shown by name; the address stands in for a missing name only where asked, never in the feed', async () => {
    const named = await makeUser(payload, 'communicator')
    await payload.update({ collection: 'users', id: named.id, overrideAccess: true, data: { name: 'Kim Kampanj' } })
    const unnamed = await makeUser(payload, 'communicator')
    const a = await make(named, { title: 'Ägare: med namn' })
    const b = await make(unnamed, { title: 'Ägare: utan namn' })
    const owners = (plan: Awaited<ReturnType<typeof loadPlan>>) => [a.id, b.id].map((id) => plan.find((c) => c.id === id)?.ownerName)

    for (const user of [translator, communicator, editor]) {
      const plan = await loadPlan(payload, user)
      expect(owners(plan)).toEqual(['Kim Kampanj', undefined])
      const text = campaignFeed(plan, { name: 'Test', adminURL: (id) => `/admin/collections/campaigns/${id}`, stamp: new Date('2026-11-23T12:00:00Z') }).replace(/\r\n[ \t]/g, '')
      expect(text).toContain('Ansvarig: Kim Kampanj')
      expect(text).not.toContain(named.email)
      expect(text).not.toContain(unnamed.email)
    }
    expect(owners(await loadPlan(payload, editor, undefined, { addresses: true }))).toEqual(['Kim Kampanj', unnamed.email])
  })
})
