/**
 * Translation state per document, language and audience variant; the fingerprint rule; the
 * dashboard's matrix; translators' publishing; per-language publishing, also scheduled.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { translationMatrix } from '@/translations/queries'
import type { TranslationState } from '@/translations/status'

import { getTestPayload, makeUser, paragraph, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, translator: Staff, publishingTranslator: Staff

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['fi', 'so'])
  publishingTranslator = await makeUser(payload, 'translator', ['fi'])
  await payload.update({ collection: 'users', id: publishingTranslator.id, overrideAccess: true, data: { mayPublish: true } })
  publishingTranslator = { ...publishingTranslator, mayPublish: true }
})

async function states(id: number, scope = 'adult'): Promise<Partial<Record<Locale, TranslationState>>> {
  const { rows } = await translationMatrix(payload, { collections: ['topics'] })
  return rows.find((r) => r.docId === id && r.scope === scope)?.cells ?? {}
}

async function newTopic(title: string) {
  const topic = await payload.create({
    collection: 'topics', locale: 'sv', overrideAccess: false, user: editor,
    data: { adult: { title, summary: 'Kort, tydlig ingress.', body: paragraph('Brödtext på svenska.') }, focusArea: 'sexual', _status: 'published' },
  })
  return topic.id
}

const translate = (id: number, locale: Locale, title: string, extra: Record<string, unknown> = {}) =>
  payload.update({ collection: 'topics', id, locale, overrideAccess: false, user: editor, data: { adult: { title, summary: `${title} …`, body: paragraph(title), ...extra } } })

describe('translation state', () => {
  it('is missing until a language has text, then needs review', async () => {
    const id = await newTopic('Tillstånd ett')
    expect(await states(id)).toMatchObject({ fi: 'missing', en: 'missing', ar: 'missing' })
    await translate(id, 'fi', 'Tila yksi')
    const s = await states(id)
    expect(s.fi).toBe('needs-review')
    expect(s.en).toBe('missing')
    expect(Object.keys(s)).toHaveLength(10)
  })

  it('is approved when a reviewer approves it, in that language only', async () => {
    const id = await newTopic('Tillstånd två')
    await translate(id, 'fi', 'Tila kaksi')
    await translate(id, 'en', 'State two')
    await payload.update({ collection: 'topics', id, locale: 'fi', overrideAccess: false, user: editor, data: { adult: { review: 'approved' } } })
    expect(await states(id)).toMatchObject({ fi: 'approved', en: 'needs-review' })
  })

  it('goes outdated in every language when a Swedish comma changes, and a Finnish edit changes nothing elsewhere', async () => {
    const id = await newTopic('Tillstånd tre')
    await translate(id, 'fi', 'Tila kolme', { review: 'approved' })
    await translate(id, 'en', 'State three', { review: 'approved' })
    await translate(id, 'so', 'Xaalad saddex')
    expect(await states(id)).toMatchObject({ fi: 'approved', en: 'approved', so: 'needs-review' })

    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: editor, data: { adult: { summary: 'Kort tydlig ingress.' } } })
    expect(await states(id)).toMatchObject({ fi: 'outdated', en: 'outdated', so: 'outdated', ar: 'missing' })

    // The Finnish translator brings Finnish in step; English and Somali stay outdated.
    await translate(id, 'fi', 'Tila kolme, päivitetty')
    expect(await states(id)).toMatchObject({ fi: 'approved', en: 'outdated', so: 'outdated' })

    // Approving English without changing it also brings it in step with the new source.
    await payload.update({ collection: 'topics', id, locale: 'en', overrideAccess: false, user: editor, data: { adult: { review: 'needs-review' } } })
    await payload.update({ collection: 'topics', id, locale: 'en', overrideAccess: false, user: editor, data: { adult: { review: 'approved' } } })
    expect(await states(id)).toMatchObject({ fi: 'approved', en: 'approved', so: 'outdated' })
  })

  it('does not go outdated when something other than the Swedish text changes', async () => {
    const id = await newTopic('Tillstånd fyra')
    await translate(id, 'fi', 'Tila neljä')
    await payload.update({ collection: 'topics', id, overrideAccess: false, user: editor, data: { order: 7, focusArea: 'honour' } })
    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: editor, data: { adult: { title: 'Tillstånd fyra' } } })
    expect((await states(id)).fi).toBe('needs-review')
  })

  it('is kept per audience variant: the children’s version has its own state', async () => {
    const id = await newTopic('Tillstånd fem')
    expect(await states(id, 'child')).toEqual({})
    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: editor, data: { child: { title: 'För barn', body: paragraph('Det är inte ditt fel.') } } })
    await translate(id, 'fi', 'Tila viisi')
    expect((await states(id, 'child')).fi).toBe('missing')
    expect((await states(id, 'adult')).fi).toBe('needs-review')
    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: editor, data: { child: { title: 'För barn!' } } })
    expect((await states(id, 'adult')).fi).toBe('needs-review')
  })

  it('disappears with the document', async () => {
    const id = await newTopic('Tillstånd sex')
    await payload.delete({ collection: 'topics', id, overrideAccess: false, user: editor })
    const { rows } = await translationMatrix(payload, { collections: ['topics'] })
    expect(rows.some((r) => r.docId === id)).toBe(false)
  })
})

describe('the dashboard matrix', () => {
  it('filters by state, language and focus area and counts coverage per language', async () => {
    const id = await newTopic('Matris')
    await translate(id, 'pl', 'Macierz', { review: 'approved' })
    const { rows, coverage } = await translationMatrix(payload, { collections: ['topics'], focusAreas: ['sexual'], locales: ['pl', 'hr'], states: ['approved'] })
    expect(rows.map((r) => r.docId)).toContain(id)
    expect(rows.every((r) => r.cells.pl === 'approved' || r.cells.hr === 'approved')).toBe(true)
    expect(Object.keys(coverage)).toEqual(['pl', 'hr'])
    expect(coverage.pl.counts.approved).toBeGreaterThan(0)
    expect(coverage.hr.upToDatePercent).toBeLessThan(coverage.pl.upToDatePercent)
    const other = await translationMatrix(payload, { collections: ['topics'], focusAreas: ['trafficking'] })
    expect(other.rows.some((r) => r.docId === id)).toBe(false)
  })
})

describe('translators', () => {
  it('save drafts in their own languages, which do not go live', async () => {
    const id = await newTopic('Utkast')
    const saved = await payload.update({ collection: 'topics', id, locale: 'fi', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Luonnos' } } })
    expect(saved.adult.title).toBe('Luonnos')
    const live = await payload.findByID({ collection: 'topics', id, locale: 'fi', fallbackLocale: false, overrideAccess: true })
    expect(live.adult?.title ?? null).toBeNull()
  })

  it('cannot write the live document, publish, or publish another language, without the admin’s leave', async () => {
    const id = await newTopic('Publicering')
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'fi', overrideAccess: false, user: translator, data: { adult: { title: 'Suoraan' } } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'fi', overrideAccess: false, user: translator, publishSpecificLocale: 'fi', data: { _status: 'published' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'en', overrideAccess: false, user: publishingTranslator, publishSpecificLocale: 'en', data: { _status: 'published' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'fi', overrideAccess: false, user: publishingTranslator, data: { _status: 'published' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: publishingTranslator, publishSpecificLocale: 'sv', data: { _status: 'published' } }))).toBe(403)
  })

  it('cannot delete, also not through a bulk delete, nor restore a version', async () => {
    const id = await newTopic('Radera inte')
    const bulk = await payload.delete({ collection: 'topics', where: { id: { equals: id } }, overrideAccess: false, user: translator }).catch((e: { status?: number }) => e)
    expect((bulk as { docs?: unknown[] }).docs?.length ?? 0).toBe(0)
    expect(await payload.count({ collection: 'topics', where: { id: { equals: id } }, overrideAccess: true })).toMatchObject({ totalDocs: 1 })
    const versions = await payload.findVersions({ collection: 'topics', where: { parent: { equals: id } }, overrideAccess: true })
    expect(await refusal(payload.restoreVersion({ collection: 'topics', id: versions.docs[0].id, overrideAccess: false, user: translator }))).toBe(403)
  })

  it('cannot copy another language over the Swedish source (what the admin’s copy-to-locale does)', async () => {
    const id = await newTopic('Källa')
    // Payload's copyDataFromLocale reads one locale and saves it as a draft in the other, with the user's access.
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'sv', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Lähde' } } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'en', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Source' } } }))).toBe(403)
  })
})

describe('per-language publishing', () => {
  it('publishes Finnish without publishing a pending Swedish draft, by a translator allowed to', async () => {
    const id = await newTopic('Publicerad källa')
    await payload.update({ collection: 'topics', id, locale: 'sv', draft: true, overrideAccess: false, user: editor, data: { adult: { title: 'Ej klar svensk ändring' } } })
    await payload.update({ collection: 'topics', id, locale: 'fi', draft: true, overrideAccess: false, user: publishingTranslator, data: { adult: { title: 'Suomeksi' } } })
    await payload.update({ collection: 'topics', id, locale: 'fi', overrideAccess: false, user: publishingTranslator, publishSpecificLocale: 'fi', data: { _status: 'published' } })
    const fi = await payload.findByID({ collection: 'topics', id, locale: 'fi', fallbackLocale: false, overrideAccess: false })
    const sv = await payload.findByID({ collection: 'topics', id, locale: 'sv', overrideAccess: false })
    expect(fi.adult.title).toBe('Suomeksi')
    expect(sv.adult.title).toBe('Publicerad källa')
  })

  it('can be scheduled: the jobs queue publishes only that language at its time', async () => {
    const id = await newTopic('Schemalagd')
    await payload.update({ collection: 'topics', id, locale: 'sv', draft: true, overrideAccess: false, user: editor, data: { adult: { title: 'Svensk ändring väntar' } } })
    await payload.update({ collection: 'topics', id, locale: 'so', draft: true, overrideAccess: false, user: editor, data: { adult: { title: 'Af-Soomaali' } } })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'so', doc: { relationTo: 'topics', value: String(id) }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 60_000),
    } as never)
    await payload.jobs.run()
    const before = await payload.findByID({ collection: 'topics', id, locale: 'so', fallbackLocale: false, overrideAccess: false })
    expect(before.adult?.title ?? null).toBeNull()

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'so', doc: { relationTo: 'topics', value: String(id) }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await payload.jobs.run()
    const so = await payload.findByID({ collection: 'topics', id, locale: 'so', fallbackLocale: false, overrideAccess: false })
    const sv = await payload.findByID({ collection: 'topics', id, locale: 'sv', overrideAccess: false })
    expect(so.adult.title).toBe('Af-Soomaali')
    expect(sv.adult.title).toBe('Schemalagd')
  })
})
