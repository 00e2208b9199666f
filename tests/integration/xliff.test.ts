/**
 * XLIFF 2.0 round trip through the portal: export a language, edit the file as a translation tool
 * would, import it back. Stale, wrong-language, malformed and oversized files; translators' limits.
 */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { buildExport } from '@/translations/exchange/export'
import { importXliff, ImportRefused } from '@/translations/exchange/import'
import { translationMatrix } from '@/translations/queries'
import { readXliff, writeXliff } from '@/translations/xliff'

import { getTestPayload, makeUser } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, translator: Staff

const text = (t: string, format = 0) => ({ type: 'text', text: t, detail: 0, format, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const body = {
  root: block('root', [
    block('paragraph', [text('Det är '), text('aldrig', 1), text(' ditt fel.')], { textFormat: 0, textStyle: '' }),
    block('list', [block('listitem', [text('Ring 112')], { value: 1 }), block('listitem', [text('Prata med någon du litar på')], { value: 2 })], { listType: 'bullet', start: 1, tag: 'ul' }),
    block('paragraph', [block('link', [text('Läs mer')], { fields: { url: 'https://www.1177.se/', newTab: false, linkType: 'custom' }, id: 'l1' })], { textFormat: 0, textStyle: '' }),
  ]),
}

async function as(user: Staff) {
  return createLocalReq({ user: user as never }, payload)
}

async function topicWithFinnishTitle(title: string) {
  const topic = await payload.create({
    collection: 'topics', locale: 'sv', overrideAccess: true,
    data: { adult: { title, summary: 'En kort ingress.', body: body as never }, focusArea: 'general', _status: 'published' },
  })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'fi', overrideAccess: true, data: { adult: { title: `${title} (fi)` } } })
  return topic.id
}

const snapshot = (id: number) => payload.findByID({ collection: 'topics', id, locale: 'all' as Locale, draft: true, depth: 0, overrideAccess: true })

async function exportFor(id: number, locale: Locale = 'fi') {
  return writeXliff(await buildExport(payload, await as(editor), { locale, units: 'selected', docs: [{ collection: 'topics', id }] }))
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['fi'])
})

describe('export', () => {
  it('writes XLIFF 2.0 with one unit per field, the source fingerprint, notes and the current translation', async () => {
    const id = await topicWithFinnishTitle('Exporttest')
    const xml = await exportFor(id)
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0')
    expect(xml).toMatch(/srcLang="sv"/)
    expect(xml).toMatch(/trgLang="fi"/)
    const doc = readXliff(xml)
    const units = doc.files.flatMap((f) => f.units)
    expect(units.map((u) => u.id).sort()).toEqual([`topics:${id}:adult.body`, `topics:${id}:adult.summary`, `topics:${id}:adult.title`])
    const title = units.find((u) => u.id.endsWith('adult.title'))!
    expect(title.target).toEqual({ kind: 'text', text: 'Exporttest (fi)' })
    expect(title.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(units.find((u) => u.id.endsWith('adult.summary'))!.notes.map((n) => n.category)).toContain('maxLength')
    expect(units.find((u) => u.id.endsWith('adult.body'))!.source).toEqual({ kind: 'richText', value: body })
  })

  it('of what is missing or outdated leaves approved languages out', async () => {
    const id = await topicWithFinnishTitle('Att göra')
    const todo = await buildExport(payload, await as(editor), { locale: 'fi', units: 'todo' })
    expect(todo.files.some((f) => f.original === `topics/${id}`)).toBe(true)
    const before = todo.files.length
    await payload.update({ collection: 'topics', id, locale: 'fi', overrideAccess: true, data: { adult: { summary: 'Lyhyt johdanto.', body: body as never, review: 'approved' } } })
    const after = await buildExport(payload, await as(editor), { locale: 'fi', units: 'todo' })
    expect(after.files.some((f) => f.original === `topics/${id}`)).toBe(false)
    expect(after.files.length).toBe(before - 1)
  })
})

describe('import', () => {
  it('of an unchanged export changes nothing at all', async () => {
    const id = await topicWithFinnishTitle('Oförändrad')
    const before = await snapshot(id)
    const versions = (await payload.countVersions({ collection: 'topics', where: { parent: { equals: id } } })).totalDocs
    const report = await importXliff(payload, await as(editor), await exportFor(id), 'fi', false)
    expect(report.accepted).toEqual([])
    expect(report.unchanged).toBe(1)
    expect(await snapshot(id)).toEqual(before)
    expect((await payload.countVersions({ collection: 'topics', where: { parent: { equals: id } } })).totalDocs).toBe(versions)
  })

  it('takes a file edited by a translation tool: texts change, formatting survives, the rest stays, the language needs review', async () => {
    const id = await topicWithFinnishTitle('Verktyg')
    const before = await snapshot(id)
    const exported = readXliff(await exportFor(id))
    // What a CAT tool does: fill in targets, keeping every tag.
    for (const unit of exported.files.flatMap((f) => f.units)) {
      if (unit.source.kind === 'text') unit.target = { kind: 'text', text: unit.id.endsWith('title') ? 'Työkalu' : 'Lyhyt johdanto.' }
      else {
        const copy = structuredClone(unit.source.value) as typeof body
        const finnish: Record<string, string> = { 'Det är ': 'Se ei ole ', aldrig: 'koskaan', ' ditt fel.': ' sinun syysi.', 'Ring 112': 'Soita 112', 'Prata med någon du litar på': 'Puhu jollekulle, johon luotat', 'Läs mer': 'Lue lisää' }
        const walk = (n: { text?: string; children?: unknown[] }) => {
          if (typeof n.text === 'string') n.text = finnish[n.text] ?? n.text
          n.children?.forEach((c) => walk(c as never))
        }
        walk(copy.root)
        unit.target = { kind: 'richText', value: copy as never }
      }
    }
    // …and rewrites the XML its own way.
    const xml = writeXliff(exported).replace(/<segment>/g, '<segment state="translated">').replace(/\n\s*/g, '\n      ')

    const dry = await importXliff(payload, await as(translator), xml, 'fi', true)
    expect(dry.accepted).toHaveLength(3)
    expect(await snapshot(id)).toEqual(before)

    const report = await importXliff(payload, await as(translator), xml, 'fi', false)
    expect(report.accepted.map((a) => a.field).sort()).toEqual(['adult.body', 'adult.summary', 'adult.title'])
    const after = (await snapshot(id)) as unknown as { adult: Record<string, Record<string, unknown>>; focusArea: string }
    expect(after.adult.title.fi).toBe('Työkalu')
    expect(after.adult.review.fi).toBe('needs-review')
    const fiBody = after.adult.body.fi as typeof body
    expect(fiBody.root.children[0]).toMatchObject({ type: 'paragraph', children: [{ text: 'Se ei ole ' }, { text: 'koskaan', format: 1 }, { text: ' sinun syysi.' }] })
    expect(fiBody.root.children[1]).toMatchObject({ type: 'list', listType: 'bullet' })
    expect(fiBody.root.children[2]).toMatchObject({ children: [{ type: 'link', fields: { url: 'https://www.1177.se/' }, children: [{ text: 'Lue lisää' }] }] })
    // Nothing but Finnish changed.
    const b = before as unknown as typeof after
    expect(after.adult.title.sv).toBe(b.adult.title.sv)
    expect(after.adult.body.sv).toEqual(b.adult.body.sv)
    expect(after.adult.title.en ?? null).toEqual(b.adult.title.en ?? null)
    expect(after.focusArea).toBe(b.focusArea)
    const { rows } = await translationMatrix(payload, { collections: ['topics'], locales: ['fi'] })
    expect(rows.find((r) => r.docId === id && r.scope === 'adult')?.cells.fi).toBe('needs-review')
  })

  it('refuses, line by line, units whose Swedish source changed since export, and takes the rest', async () => {
    const id = await topicWithFinnishTitle('Inaktuell')
    const exported = readXliff(await exportFor(id))
    for (const unit of exported.files.flatMap((f) => f.units)) if (unit.source.kind === 'text') unit.target = { kind: 'text', text: 'Uusi teksti' }
    const xml = writeXliff(exported)
    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: true, data: { adult: { summary: 'En ny, kort ingress.' } } })
    const report = await importXliff(payload, await as(editor), xml, 'fi', false)
    const stale = report.refused.find((r) => r.unit.endsWith('adult.summary'))!
    expect(stale.reason).toMatch(/source has changed/)
    expect(stale.line).toBeGreaterThan(1)
    expect(xml.split('\n')[stale.line! - 1]).toContain('adult.summary')
    expect(report.accepted.map((a) => a.field)).toEqual(['adult.title'])
    const fi = await payload.findByID({ collection: 'topics', id, locale: 'fi', fallbackLocale: false, draft: true, overrideAccess: true })
    expect(fi.adult.title).toBe('Uusi teksti')
    expect(fi.adult.summary ?? null).toBeNull()
  })

  it('refuses a file for another language, a malformed file and an oversized file, and changes nothing', async () => {
    const id = await topicWithFinnishTitle('Fel fil')
    const before = await snapshot(id)
    const xml = await exportFor(id)
    const refusal = async (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ImportRefused ? e.status : 500))
    expect(await refusal(importXliff(payload, await as(editor), xml, 'en', false))).toBe(400)
    expect(await refusal(importXliff(payload, await as(editor), xml.slice(0, xml.length / 2), 'fi', false))).toBe(400)
    expect(await refusal(importXliff(payload, await as(editor), '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>', 'fi', false))).toBe(400)
    expect(await refusal(importXliff(payload, await as(editor), `${xml}<!--${'x'.repeat(6 * 1024 * 1024)}-->`, 'fi', false))).toBe(413)
    const malformed = await importXliff(payload, await as(editor), xml.replace('</target>', ''), 'fi', false).catch((e: ImportRefused) => e)
    expect((malformed as ImportRefused).problems.length).toBeGreaterThan(0)
    expect(await snapshot(id)).toEqual(before)
  })

  it('lets translators import only into their own languages', async () => {
    const id = await topicWithFinnishTitle('Översättare')
    const so = await exportFor(id, 'so')
    const status = await importXliff(payload, await as(translator), so, 'so', true).then(() => 200, (e: ImportRefused) => e.status)
    expect(status).toBe(403)
  })
})
