/**
 * Everything a reader sees is in the translation workflow, not only topics: a global (site
 * settings), a campaign banner, key dates (an array of rows in a global) and an image's alt text.
 * Each goes missing → needs review → approved → outdated, shows on the dashboard, and makes the
 * XLIFF round trip with the topics' guarantees: dry run, stale units refused, a bad file changes
 * nothing, an unchanged file changes nothing.
 */
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { buildExport } from '@/translations/exchange/export'
import { importXliff, ImportRefused } from '@/translations/exchange/import'
import { translationMatrix } from '@/translations/queries'
import { sourceView } from '@/translations/source'
import { globalDocId, type Translatable } from '@/translations/translatable'
import { readXliff, writeXliff } from '@/translations/xliff'

import { getTestPayload, makeUser } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, translator: Staff

const as = (user: Staff) => createLocalReq({ user: user as never }, payload)

async function stateOf(collection: Translatable, docId: number, locale: Locale = 'fi') {
  const { rows } = await translationMatrix(payload, { collections: [collection], locales: [locale] })
  return rows.find((r) => r.docId === docId)?.cells[locale]
}

async function exportOf(collection: Translatable, id: number, locale: Locale = 'fi') {
  return writeXliff(await buildExport(payload, await as(editor), { locale, units: 'selected', docs: [{ collection, id }] }))
}

/** Fill every unit's target with `text(source)`, as a translation tool would. */
function translate(xml: string, text: (source: string) => string) {
  const doc = readXliff(xml)
  for (const unit of doc.files.flatMap((f) => f.units)) if (unit.source.kind === 'text') unit.target = { kind: 'text', text: text(unit.source.text) }
  return writeXliff(doc)
}

const refusalStatus = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ImportRefused ? e.status : 500))

const campaignSnapshot = (id: number) => payload.findByID({ collection: 'campaigns', id, locale: 'all' as Locale, depth: 0, overrideAccess: true })
const globalSnapshot = (slug: 'siteSettings' | 'keyDates') => payload.findGlobal({ slug, locale: 'all' as Locale, depth: 0, overrideAccess: true })

async function campaignWithBanner(text: string) {
  const created = await payload.create({
    collection: 'campaigns',
    locale: 'sv',
    overrideAccess: true,
    data: {
      title: `Kampanj ${text}`,
      status: 'planned',
      startsAt: '2030-03-01T00:00:00.000Z',
      startsAt_tz: 'Europe/Stockholm',
      endsAt: '2030-03-08T00:00:00.000Z',
      endsAt_tz: 'Europe/Stockholm',
      recurrence: 'none',
      focusAreas: ['general'],
      targetGroups: ['subjected'],
      languages: ['sv', 'fi'],
      channels: ['web-banner'],
      banner: { text, priority: 0 },
    } as never,
  })
  return created.id
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['fi'])
})

describe('a global: the footer text of the site settings', () => {
  it('is missing, needs review, approved and outdated like a topic, as document 0 on the dashboard', async () => {
    await payload.updateGlobal({ slug: 'siteSettings', locale: 'sv', overrideAccess: true, data: { footerText: 'Om portalen.' } })
    await payload.updateGlobal({ slug: 'siteSettings', locale: 'fi', overrideAccess: true, data: { footerText: null } })
    expect(await stateOf('siteSettings', globalDocId)).toBe('missing')
    await payload.updateGlobal({ slug: 'siteSettings', locale: 'fi', overrideAccess: true, data: { footerText: 'Portaalista.' } })
    expect(await stateOf('siteSettings', globalDocId)).toBe('needs-review')
    await payload.updateGlobal({ slug: 'siteSettings', locale: 'fi', overrideAccess: true, data: { translationReview: 'approved' } })
    expect(await stateOf('siteSettings', globalDocId)).toBe('approved')
    // Something shared changes: still approved. The Swedish text changes: outdated.
    await payload.updateGlobal({ slug: 'siteSettings', overrideAccess: true, data: { emergencyNumber: '112' } })
    expect(await stateOf('siteSettings', globalDocId)).toBe('approved')
    await payload.updateGlobal({ slug: 'siteSettings', locale: 'sv', overrideAccess: true, data: { footerText: 'Om portalen, nu.' } })
    expect(await stateOf('siteSettings', globalDocId)).toBe('outdated')
    const { rows } = await translationMatrix(payload, { collections: ['siteSettings'] })
    expect(rows).toHaveLength(1)
    expect(rows[0].title).toBe('Webbplatsinställningar')
    // The side-by-side source shows what changed since the Finnish was made.
    const view = await sourceView(payload, 'siteSettings', globalDocId, 'fi', await as(editor))
    expect(view.fields.footerText).toEqual({ current: 'Om portalen, nu.', basedOn: 'Om portalen.' })
  })

  it('makes the XLIFF round trip; a translator without the right to change settings is refused unit by unit', async () => {
    await payload.updateGlobal({ slug: 'siteSettings', locale: 'sv', overrideAccess: true, data: { footerText: 'Sidfotens text.' } })
    const xml = await exportOf('siteSettings', globalDocId)
    expect(readXliff(xml).files.flatMap((f) => f.units).map((u) => u.id)).toEqual(['siteSettings:0:footerText'])
    const translated = translate(xml, () => 'Alatunnisteen teksti.')
    const before = await globalSnapshot('siteSettings')

    const refused = await importXliff(payload, await as(translator), translated, 'fi', false)
    expect(refused.accepted).toEqual([])
    expect(refused.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/may not change/)])
    expect(await globalSnapshot('siteSettings')).toEqual(before)
    // …and their own exports leave it out: a file they could not bring back.
    const own = await buildExport(payload, await as(translator), { locale: 'fi', units: 'all' })
    expect(own.files.map((f) => f.original)).not.toContain('siteSettings/0')
    expect((await buildExport(payload, await as(editor), { locale: 'fi', units: 'all' })).files.map((f) => f.original)).toContain('siteSettings/0')

    const dry = await importXliff(payload, await as(editor), translated, 'fi', true)
    expect(dry.accepted.map((a) => a.unit)).toEqual(['siteSettings:0:footerText'])
    expect(await globalSnapshot('siteSettings')).toEqual(before)

    await importXliff(payload, await as(editor), translated, 'fi', false)
    const after = (await globalSnapshot('siteSettings')) as unknown as { footerText: Record<string, string>; translationReview: Record<string, string>; emergencyNumber: string }
    expect(after.footerText.fi).toBe('Alatunnisteen teksti.')
    expect(after.footerText.sv).toBe('Sidfotens text.')
    expect(after.translationReview.fi).toBe('needs-review')
    expect(after.emergencyNumber).toBe((before as { emergencyNumber: string }).emergencyNumber)
    expect(await stateOf('siteSettings', globalDocId)).toBe('needs-review')

    // Exactly round: what was imported comes out again, and importing that changes nothing.
    const again = await exportOf('siteSettings', globalDocId)
    expect(readXliff(again).files[0].units[0].target).toEqual({ kind: 'text', text: 'Alatunnisteen teksti.' })
    const snapshot = await globalSnapshot('siteSettings')
    const unchanged = await importXliff(payload, await as(editor), again, 'fi', false)
    expect(unchanged).toMatchObject({ accepted: [], unchanged: 1, refused: [] })
    expect(await globalSnapshot('siteSettings')).toEqual(snapshot)
  })
})

describe('a campaign banner', () => {
  it('has its own state, a row on the dashboard under the campaign’s name, and a unit for its text only', async () => {
    const id = await campaignWithBanner('Stödet finns, också i mars.')
    expect(await stateOf('campaigns', id)).toBe('missing')
    const { rows } = await translationMatrix(payload, { collections: ['campaigns'], locales: ['fi'] })
    expect(rows.find((r) => r.docId === id)).toMatchObject({ scope: 'banner', title: 'Kampanj Stödet finns, också i mars.' })
    const units = readXliff(await exportOf('campaigns', id)).files.flatMap((f) => f.units)
    expect(units.map((u) => u.id)).toEqual([`campaigns:${id}:banner.text`])
    expect(units[0].notes).toContainEqual({ category: 'maxLength', text: '200' })
  })

  it('is imported with dry run, stale refusal and the length limit; the plan around it stays as it was', async () => {
    const id = await campaignWithBanner('Du är inte ensam.')
    const xml = await exportOf('campaigns', id)
    const before = await campaignSnapshot(id)

    const tooLong = await importXliff(payload, await as(editor), translate(xml, () => 'x'.repeat(201)), 'fi', false)
    expect(tooLong.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/Longer than 200/)])

    const translated = translate(xml, () => 'Et ole yksin.')
    expect((await importXliff(payload, await as(editor), translated, 'fi', true)).accepted).toHaveLength(1)
    expect(await campaignSnapshot(id)).toEqual(before)

    await importXliff(payload, await as(editor), translated, 'fi', false)
    const after = (await campaignSnapshot(id)) as unknown as { banner: { text: Record<string, string>; review: Record<string, string>; priority: number }; status: string; channels: string[] }
    expect(after.banner.text).toMatchObject({ sv: 'Du är inte ensam.', fi: 'Et ole yksin.' })
    expect(after.banner.review.fi).toBe('needs-review')
    expect(after.status).toBe('planned')
    expect(after.channels).toEqual(['web-banner'])
    expect(await stateOf('campaigns', id)).toBe('needs-review')

    // The Swedish changes after the export: the unit is stale and refused, nothing changes.
    const stale = translate(xml, () => 'Et todellakaan ole yksin.')
    await payload.update({ collection: 'campaigns', id, locale: 'sv', overrideAccess: true, data: { banner: { text: 'Du är inte ensam – stödet finns.' } } as never })
    expect(await stateOf('campaigns', id)).toBe('outdated')
    const snapshot = await campaignSnapshot(id)
    const report = await importXliff(payload, await as(editor), stale, 'fi', false)
    expect(report.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/source has changed/)])
    expect(await campaignSnapshot(id)).toEqual(snapshot)
  })
})

describe('key dates: an array of rows in a global', () => {
  it('have one unit per row by row id, and a file edited for Finnish changes only the Finnish names', async () => {
    await payload.updateGlobal({
      slug: 'keyDates',
      locale: 'sv',
      overrideAccess: true,
      data: { dates: [{ name: 'Internationella kvinnodagen', date: '03-08', source: 'FN' }, { name: 'Barnkonventionens dag', date: '11-20' }] },
    })
    expect(await stateOf('keyDates', globalDocId)).toBe('missing')
    const before = (await globalSnapshot('keyDates')) as unknown as { dates: { id: string; name: Record<string, string>; date: string; source: string | null }[] }
    const ids = before.dates.map((d) => d.id)
    const xml = await exportOf('keyDates', globalDocId)
    expect(readXliff(xml).files.flatMap((f) => f.units).map((u) => u.id)).toEqual(ids.map((id) => `keyDates:0:dates.${id}.name`))

    const names: Record<string, string> = { 'Internationella kvinnodagen': 'Kansainvälinen naistenpäivä', 'Barnkonventionens dag': 'Lapsen oikeuksien sopimuksen päivä' }
    const translated = translate(xml, (sv) => names[sv])
    expect((await importXliff(payload, await as(editor), translated, 'fi', true)).accepted).toHaveLength(2)
    expect(await globalSnapshot('keyDates')).toEqual(before)

    // A bad file (for another language; cut short) changes nothing.
    expect(await refusalStatus(importXliff(payload, await as(editor), translated, 'so', false))).toBe(400)
    expect(await refusalStatus(importXliff(payload, await as(editor), translated.slice(0, translated.length / 2), 'fi', false))).toBe(400)
    expect(await globalSnapshot('keyDates')).toEqual(before)

    const report = await importXliff(payload, await as(editor), translated, 'fi', false)
    expect(report.accepted.map((a) => a.field)).toEqual(ids.map((id) => `dates.${id}.name`))
    const after = (await globalSnapshot('keyDates')) as unknown as typeof before & { translationReview: Record<string, string> }
    expect(after.dates.map((d) => d.id)).toEqual(ids)
    expect(after.dates.map((d) => d.name)).toEqual([
      { sv: 'Internationella kvinnodagen', fi: 'Kansainvälinen naistenpäivä' },
      { sv: 'Barnkonventionens dag', fi: 'Lapsen oikeuksien sopimuksen päivä' },
    ])
    expect(after.dates.map((d) => [d.date, d.source ?? null])).toEqual([['03-08', 'FN'], ['11-20', null]])
    expect(after.translationReview.fi).toBe('needs-review')
    expect(await stateOf('keyDates', globalDocId)).toBe('needs-review')
    // The side-by-side source is keyed by the admin form's row path.
    const view = await sourceView(payload, 'keyDates', globalDocId, 'fi', await as(editor))
    expect(view.fields['dates.1.name'].current).toBe('Barnkonventionens dag')
  })

  it('refuse a unit whose row was removed since the export', async () => {
    const current = (await payload.findGlobal({ slug: 'keyDates', locale: 'sv', depth: 0, overrideAccess: true })) as unknown as { dates: { id: string; name: string; date: string }[] }
    const xml = translate(await exportOf('keyDates', globalDocId), () => 'Päivä')
    await payload.updateGlobal({ slug: 'keyDates', locale: 'sv', overrideAccess: true, data: { dates: current.dates.slice(0, 1) } })
    const report = await importXliff(payload, await as(editor), xml, 'fi', true)
    expect(report.refused.map((r) => r.unit)).toEqual([`keyDates:0:dates.${current.dates[1].id}.name`])
  })
})

describe('an image’s alt text', () => {
  it('goes through states and XLIFF; a translator who may publish Finnish imports it, the file stays untouched', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#1d3557' } }).png().toBuffer()
    const media = await payload.create({
      collection: 'media',
      locale: 'sv',
      overrideAccess: true,
      data: { alt: 'En blå ruta.' },
      file: { data: png, mimetype: 'image/png', name: `ruta-${Date.now()}.png`, size: png.length },
    })
    expect(await stateOf('media', media.id)).toBe('missing')
    const { rows } = await translationMatrix(payload, { collections: ['media'], locales: ['fi'] })
    expect(rows.find((r) => r.docId === media.id)?.title).toBe('En blå ruta.')

    const translated = translate(await exportOf('media', media.id), () => 'Sininen ruutu.')
    const snapshot = () => payload.findByID({ collection: 'media', id: media.id, locale: 'all' as Locale, depth: 0, overrideAccess: true })
    const before = await snapshot()
    // A file keeps no drafts, so its alt text is imported only by a translator who may publish Finnish.
    expect((await importXliff(payload, await as(translator), translated, 'fi', false)).refused).toHaveLength(1)
    expect(await snapshot()).toEqual(before)
    const made = await makeUser(payload, 'translator', ['fi'])
    await payload.update({ collection: 'users', id: made.id, overrideAccess: true, data: { mayPublish: true } })
    const publisher = { ...made, mayPublish: true }
    expect((await importXliff(payload, await as(publisher), translated, 'fi', true)).accepted).toHaveLength(1)
    expect(await snapshot()).toEqual(before)
    const report = await importXliff(payload, await as(publisher), translated, 'fi', false)
    expect(report.refused).toEqual([])
    const after = (await snapshot()) as unknown as { alt: Record<string, string>; filename: string; updatedAt: string }
    expect(after.alt).toMatchObject({ sv: 'En blå ruta.', fi: 'Sininen ruutu.' })
    expect(after.filename).toBe((before as { filename: string }).filename)
    expect(await stateOf('media', media.id)).toBe('needs-review')
    await payload.update({ collection: 'media', id: media.id, locale: 'fi', overrideAccess: true, data: { translationReview: 'approved' } })
    expect(await stateOf('media', media.id)).toBe('approved')
    await payload.update({ collection: 'media', id: media.id, locale: 'sv', overrideAccess: true, data: { alt: 'En mörkblå ruta.' } })
    expect(await stateOf('media', media.id)).toBe('outdated')
    await payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    expect(await stateOf('media', media.id)).toBeUndefined()
  })
})
