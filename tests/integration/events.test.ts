/**
 * Public events: who may read and change them (the Local API as REST and GraphQL run it, with the
 * caller's user), their translation states, and an XLIFF round trip of an event.
 */
import { createLocalReq, type Payload } from 'payload'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { campaignFeed } from '@/campaigns/feed'
import { loadPlannedEvents } from '@/events/planning'
import { buildExport } from '@/translations/exchange/export'
import { importXliff } from '@/translations/exchange/import'
import { translationMatrix } from '@/translations/queries'
import { readXliff, writeXliff } from '@/translations/xliff'

import { getTestPayload, makeUser, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, communicator: Staff, translator: Staff

const as = (user: Staff) => createLocalReq({ user: user as never }, payload)

let counter = 0
function eventData(extra: Record<string, unknown> = {}) {
  counter += 1
  return {
    title: `Föreläsning ${counter} om stöd`,
    description: 'Om våld i nära relationer och var stödet finns.',
    practical: 'Gratis. Kaffe serveras.',
    startsAt: '2030-05-14T12:00:00.000Z',
    startsAt_tz: 'Europe/Stockholm',
    endsAt: '2030-05-14T13:30:00.000Z',
    endsAt_tz: 'Europe/Stockholm',
    place: { venueName: 'Träffpunkt Test', address: 'Testgatan 1, Malmö', directions: 'Buss 3.', accessibility: 'Entré utan trappsteg.' },
    languages: ['sv', 'ar'],
    audiences: ['older-people'],
    focusAreas: ['close-relationships'],
    signUp: { method: 'none' },
    organiser: 'Malmö stad',
    public: true,
    _status: 'published',
    ...extra,
  } as never
}

const make = (extra: Record<string, unknown> = {}) => payload.create({ collection: 'events', locale: 'sv', overrideAccess: true, data: eventData(extra) })
const snapshot = (id: number) => payload.findByID({ collection: 'events', id, locale: 'all' as Locale, depth: 0, draft: true, overrideAccess: true })

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  communicator = await makeUser(payload, 'communicator')
  translator = await makeUser(payload, 'translator', ['fi'])
})

describe('reading events', () => {
  it('anonymous readers get published public events only; a draft or a staff-only event is not there', async () => {
    const open = await make()
    const hidden = await make({ public: false })
    const draft = await make({ _status: 'draft' })
    const anonymous = await payload.find({ collection: 'events', overrideAccess: false, pagination: false, depth: 0 })
    const ids = anonymous.docs.map((d) => d.id)
    expect(ids).toContain(open.id)
    expect(ids).not.toContain(hidden.id)
    expect(ids).not.toContain(draft.id)
    expect(await refusal(payload.findByID({ collection: 'events', id: hidden.id, overrideAccess: false }))).toBe(404)
    // Asking for drafts or the version history changes nothing for them.
    expect(await refusal(payload.findByID({ collection: 'events', id: draft.id, draft: true, overrideAccess: false }))).toBe(404)
    expect(await refusal(payload.findVersions({ collection: 'events', overrideAccess: false, where: { parent: { equals: hidden.id } } }))).toBe(403)
    // A query on the hidden switch cannot reach past the rule either.
    const asked = await payload.find({ collection: 'events', overrideAccess: false, where: { public: { equals: false } }, depth: 0 })
    expect(asked.docs).toEqual([])
    // Staff read every event.
    const staff = await payload.find({ collection: 'events', overrideAccess: false, user: communicator, draft: true, pagination: false, depth: 0 })
    expect(staff.docs.map((d) => d.id)).toEqual(expect.arrayContaining([open.id, hidden.id, draft.id]))
  })
})

describe('changing events', () => {
  it('communicators and editors create, change, publish and delete them', async () => {
    for (const user of [communicator, editor]) {
      const created = await payload.create({ collection: 'events', locale: 'sv', overrideAccess: false, user, data: eventData() })
      await payload.update({ collection: 'events', id: created.id, locale: 'sv', overrideAccess: false, user, data: { cancelled: true, _status: 'published' } })
      expect((await snapshot(created.id)).cancelled).toBe(true)
      await payload.delete({ collection: 'events', id: created.id, overrideAccess: false, user })
      expect(await refusal(payload.findByID({ collection: 'events', id: created.id, overrideAccess: true }))).toBe(404)
    }
  })

  it('anonymous callers and translators may not create or delete one; nothing changes', async () => {
    const event = await make()
    const before = await snapshot(event.id)
    expect(await refusal(payload.create({ collection: 'events', locale: 'sv', overrideAccess: false, data: eventData() }))).toBe(403)
    expect(await refusal(payload.create({ collection: 'events', locale: 'fi', overrideAccess: false, user: translator, data: eventData() }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'events', id: event.id, locale: 'sv', overrideAccess: false, data: { public: false } }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'events', id: event.id, overrideAccess: false }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'events', id: event.id, overrideAccess: false, user: translator }))).toBe(403)
    expect(await snapshot(event.id)).toEqual(before)
  })

  it('a translator writes a draft of their own language only: never Swedish, never a shared field, never live without the right to publish', async () => {
    const event = await make()
    const before = await snapshot(event.id)
    expect(await refusal(payload.update({ collection: 'events', id: event.id, locale: 'sv', draft: true, overrideAccess: false, user: translator, data: { title: 'Kapad' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'events', id: event.id, locale: 'fi', overrideAccess: false, user: translator, data: { title: 'Luento', _status: 'published' } }))).toBe(403)
    expect(await snapshot(event.id)).toEqual(before)

    await payload.update({
      collection: 'events', id: event.id, locale: 'fi', draft: true, overrideAccess: false, user: translator,
      data: { title: 'Luento tuesta', place: { venueName: 'Kotini', address: 'Salainen osoite 1' }, public: false, cancelled: true } as never,
    })
    const after = (await snapshot(event.id)) as unknown as { title: Record<string, string>; place: { venueName: string; address: string }; public: boolean; cancelled: boolean }
    expect(after.title.fi).toBe('Luento tuesta')
    expect(after.title.sv).toBe((before.title as unknown as Record<string, string>).sv)
    expect(after.place).toMatchObject({ venueName: 'Träffpunkt Test', address: 'Testgatan 1, Malmö' })
    expect(after.public).toBe(true)
    expect(after.cancelled).toBe(false)
  })
})

async function stateOf(docId: number, locale: Locale = 'fi') {
  const { rows } = await translationMatrix(payload, { collections: ['events'], locales: [locale] })
  return rows.find((r) => r.docId === docId)?.cells[locale]
}

describe('translation states of an event', () => {
  it('go missing → needs review → approved → outdated, under the event’s Swedish title', async () => {
    const event = await make()
    expect(await stateOf(event.id)).toBe('missing')
    const { rows } = await translationMatrix(payload, { collections: ['events'], locales: ['fi'] })
    expect(rows.find((r) => r.docId === event.id)).toMatchObject({ scope: 'main', title: (event.title as unknown as string) })
    await payload.update({
      collection: 'events', id: event.id, locale: 'fi', overrideAccess: true,
      data: { title: 'Luento', description: 'Lähisuhdeväkivallasta.', practical: 'Maksuton.', place: { directions: 'Bussi 3.', accessibility: 'Esteetön.' } } as never,
    })
    expect(await stateOf(event.id)).toBe('needs-review')
    await payload.update({ collection: 'events', id: event.id, locale: 'fi', overrideAccess: true, data: { translationReview: 'approved' } })
    expect(await stateOf(event.id)).toBe('approved')
    // A shared field changes: still approved. The Swedish text changes: outdated.
    await payload.update({ collection: 'events', id: event.id, locale: 'sv', overrideAccess: true, data: { cancelled: true } })
    expect(await stateOf(event.id)).toBe('approved')
    await payload.update({ collection: 'events', id: event.id, locale: 'sv', overrideAccess: true, data: { description: 'Om våld i nära relationer, för äldre.' } })
    expect(await stateOf(event.id)).toBe('outdated')
  })
})

describe('XLIFF and an event', () => {
  const translate = (xml: string, text: (source: string) => string) => {
    const doc = readXliff(xml)
    for (const unit of doc.files.flatMap((f) => f.units)) if (unit.source.kind === 'text') unit.target = { kind: 'text', text: text(unit.source.text) }
    return writeXliff(doc)
  }

  it('round-trips its five texts as a draft marked needs review; the shared fields stay as they were', async () => {
    const event = await make()
    const exportOf = async () => writeXliff(await buildExport(payload, await as(editor), { locale: 'fi', units: 'selected', docs: [{ collection: 'events', id: event.id }] }))
    const xml = await exportOf()
    const units = readXliff(xml).files.flatMap((f) => f.units)
    expect(units.map((u) => u.id).sort()).toEqual(['description', 'place.accessibility', 'place.directions', 'practical', 'title'].map((p) => `events:${event.id}:${p}`).sort())

    const before = await snapshot(event.id)
    const dry = await importXliff(payload, await as(editor), translate(xml, (sv) => `FI ${sv}`), 'fi', true)
    expect(dry.accepted).toHaveLength(5)
    expect(await snapshot(event.id)).toEqual(before)

    await importXliff(payload, await as(editor), translate(xml, (sv) => `FI ${sv}`), 'fi', false)
    const after = (await snapshot(event.id)) as unknown as Record<string, unknown> & { title: Record<string, string>; place: { directions: Record<string, string>; venueName: string }; translationReview: Record<string, string> }
    expect(after.title.fi).toBe(`FI ${(before.title as unknown as Record<string, string>).sv}`)
    expect(after.place.directions.fi).toBe('FI Buss 3.')
    expect(after.place.venueName).toBe('Träffpunkt Test')
    expect(after.translationReview.fi).toBe('needs-review')
    for (const shared of ['startsAt', 'endsAt', 'languages', 'audiences', 'public', 'cancelled', 'organiser', 'slug']) expect(after[shared], shared).toEqual((before as unknown as Record<string, unknown>)[shared])
    expect(await stateOf(event.id)).toBe('needs-review')
    // Readers still get the published Swedish-only version until someone publishes the Finnish.
    const live = (await payload.findByID({ collection: 'events', id: event.id, locale: 'fi', fallbackLocale: false as never, overrideAccess: false, depth: 0 })) as unknown as { title?: string | null }
    expect(live.title ?? null).toBeNull()

    // Exactly round: the export now carries the Finnish, and importing it again changes nothing.
    const again = await exportOf()
    expect(readXliff(again).files.flatMap((f) => f.units).find((u) => u.id.endsWith(':practical'))?.target).toEqual({ kind: 'text', text: 'FI Gratis. Kaffe serveras.' })
    const snap = await snapshot(event.id)
    expect(await importXliff(payload, await as(editor), again, 'fi', false)).toMatchObject({ accepted: [], unchanged: 5, refused: [] })
    expect(await snapshot(event.id)).toEqual(snap)
  })
})

describe('events in the staff plan', () => {
  it('staff see every event, drafts and staff-only ones too; the feed carries them as VEVENTs', async () => {
    const hidden = await make({ public: false, title: 'Internt evenemang' })
    const draft = await make({ _status: 'draft' })
    const staff = await loadPlannedEvents(payload, communicator)
    expect(staff.map((e) => e.id)).toEqual(expect.arrayContaining([hidden.id, draft.id]))
    expect(staff.find((e) => e.id === hidden.id)).toMatchObject({ title: 'Internt evenemang', venueName: 'Träffpunkt Test', public: false, published: true })
    // Without a staff member, the rule for readers holds here too.
    const anonymous = (await loadPlannedEvents(payload, null)).map((e) => e.id)
    expect(anonymous).not.toContain(hidden.id)
    expect(anonymous).not.toContain(draft.id)

    const text = campaignFeed([], { name: 'Test', adminURL: (id) => `/c/${id}`, stamp: new Date('2030-01-01T00:00:00Z'), events: staff.filter((e) => e.id === hidden.id), eventAdminURL: (id) => `/e/${id}` })
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Internt evenemang (visas inte på webbplatsen)'])
    expect(vevents[0].getFirstPropertyValue('location')).toBe('Träffpunkt Test, Testgatan 1, Malmö')
  })
})
