/**
 * Who may read and change what, tried through the Local API with access enforced
 * (overrideAccess: false), as REST and GraphQL do. Each forbidden path is attempted.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Field, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasLocalizedField, translatorsKeepRows } from '@/access/sharedFields'
import type { Topic, User } from '@/payload-types'
import { schedulePublishIfAllowed } from '@/translations/publishing/schedulePublish'

import { getTestPayload, makeUser, paragraph, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }

let payload: Payload
let admin: Staff, editor: Staff, translator: Staff, communicator: Staff
let published: Topic, draft: Topic

beforeAll(async () => {
  payload = await getTestPayload()
  // One after another: the very first account of a database becomes admin.
  admin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['fi', 'so'])
  communicator = await makeUser(payload, 'communicator')
  published = await payload.create({
    collection: 'topics',
    overrideAccess: true,
    locale: 'sv',
    data: { adult: { title: 'Publicerat ämne', body: paragraph('Text') }, focusArea: 'general', _status: 'published' },
  })
  draft = await payload.create({
    collection: 'topics',
    overrideAccess: true,
    locale: 'sv',
    draft: true,
    data: { adult: { title: 'Hemligt utkast' }, focusArea: 'honour', _status: 'draft' },
  })
})

afterAll(async () => {
  await payload.delete({ collection: 'topics', where: { id: { in: [published.id, draft.id] } }, overrideAccess: true })
})

describe('anonymous readers', () => {
  it('see published topics and never drafts', async () => {
    const found = await payload.find({ collection: 'topics', overrideAccess: false, limit: 100 })
    const ids = found.docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
  })

  it('cannot open a draft by id, even asking for the draft version', async () => {
    expect(await refusal(payload.findByID({ collection: 'topics', id: draft.id, overrideAccess: false }))).toBe(404)
    expect(await refusal(payload.findByID({ collection: 'topics', id: draft.id, draft: true, overrideAccess: false }))).toBe(404)
  })

  it('cannot read versions of a topic', async () => {
    expect(await refusal(payload.findVersions({ collection: 'topics', overrideAccess: false }))).toBe(403)
  })

  it('cannot create, change or delete content', async () => {
    expect(await refusal(payload.create({ collection: 'topics', overrideAccess: false, data: { adult: { title: 'x' }, focusArea: 'general' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id: published.id, overrideAccess: false, data: { order: 1 } }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'topics', id: published.id, overrideAccess: false }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'siteSettings', overrideAccess: false, data: { emergencyNumber: '999' } }))).toBe(403)
  })

  it('cannot list users', async () => {
    expect(await refusal(payload.find({ collection: 'users', overrideAccess: false }))).toBe(403)
  })
})

describe('editors', () => {
  it('read drafts and create, change and delete topics', async () => {
    const seen = await payload.findByID({ collection: 'topics', id: draft.id, draft: true, overrideAccess: false, user: editor })
    expect(seen.adult.title).toBe('Hemligt utkast')
    const made = await payload.create({ collection: 'topics', overrideAccess: false, user: editor, data: { adult: { title: 'Nytt' }, focusArea: 'sexual' } })
    const changed = await payload.update({ collection: 'topics', id: made.id, overrideAccess: false, user: editor, locale: 'en', data: { adult: { title: 'New' } } })
    expect(changed.adult.title).toBe('New')
    await payload.delete({ collection: 'topics', id: made.id, overrideAccess: false, user: editor })
  })

  it('cannot see or create other accounts, nor raise their own role', async () => {
    const users = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(users.docs.map((u) => u.id)).toEqual([editor.id])
    expect(await refusal(payload.create({ collection: 'users', overrideAccess: false, user: editor, data: { email: 'x@test.example', password: 'pw-pw-pw-pw', role: 'admin' } }))).toBe(403)
    await payload.update({ collection: 'users', id: editor.id, overrideAccess: false, user: editor, data: { role: 'admin' } })
    const after = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    expect(after.role).toBe('editor')
    expect(await refusal(payload.delete({ collection: 'users', id: admin.id, overrideAccess: false, user: editor }))).toBe(403)
  })

  it('change the footer links; translators and communicators cannot', async () => {
    const nav = await payload.updateGlobal({ slug: 'navigation', overrideAccess: false, user: editor, data: { footerLinks: [{ label: 'Malmö stad', href: 'https://malmo.se/' }] } })
    expect(nav.footerLinks?.[0]?.href).toBe('https://malmo.se/')
    expect(await refusal(payload.updateGlobal({ slug: 'navigation', overrideAccess: false, user: translator, data: { footerLinks: [] } }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'navigation', overrideAccess: false, user: communicator, data: { footerLinks: [] } }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'navigation', overrideAccess: false, data: { footerLinks: [] } }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'navigation', overrideAccess: false, user: editor, data: { footerLinks: [{ label: 'x', href: 'javascript:alert(1)' }] } }))).toBe(400)
  })

  it('change the site settings', async () => {
    const s = await payload.updateGlobal({ slug: 'siteSettings', overrideAccess: false, user: editor, data: { emergencyNumber: '112' } })
    expect(s.emergencyNumber).toBe('112')
  })
})

describe('translators', () => {
  it('change their own languages', async () => {
    const t = await payload.update({ collection: 'topics', id: published.id, locale: 'fi', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Julkaistu aihe' } } })
    expect(t.adult.title).toBe('Julkaistu aihe')
  })

  it('cannot change the Swedish source or a language not theirs', async () => {
    expect(await refusal(payload.update({ collection: 'topics', id: published.id, locale: 'sv', overrideAccess: false, user: translator, data: { adult: { title: 'Ändrat' } } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id: published.id, locale: 'en', overrideAccess: false, user: translator, data: { adult: { title: 'Changed' } } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'topics', id: published.id, locale: 'all' as never, overrideAccess: false, user: translator, data: { adult: { title: 'All' } } }))).toBe(403)
    const sv = await payload.findByID({ collection: 'topics', id: published.id, locale: 'sv', overrideAccess: true })
    expect(sv.adult.title).toBe('Publicerat ämne')
  })

  it('cannot change fields shared by all languages', async () => {
    await payload.update({ collection: 'topics', id: published.id, locale: 'fi', draft: true, overrideAccess: false, user: translator, data: { focusArea: 'trafficking', order: 1 } })
    const after = await payload.findByID({ collection: 'topics', id: published.id, overrideAccess: true })
    expect(after.focusArea).toBe('general')
    expect(after.order).not.toBe(1)
  })

  it('cannot create or delete topics, nor change settings', async () => {
    expect(await refusal(payload.create({ collection: 'topics', locale: 'fi', overrideAccess: false, user: translator, data: { adult: { title: 'x' }, focusArea: 'general' } }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'topics', id: published.id, overrideAccess: false, user: translator }))).toBe(403)
    expect(await refusal(payload.updateGlobal({ slug: 'siteSettings', overrideAccess: false, user: translator, data: { quickExitUrl: 'https://example.org/' } }))).toBe(403)
  })

  it('cannot give themselves another language', async () => {
    await payload.update({ collection: 'users', id: translator.id, overrideAccess: false, user: translator, data: { languages: ['fi', 'so', 'sv', 'en'] as never } })
    const after = await payload.findByID({ collection: 'users', id: translator.id, overrideAccess: true })
    expect(after.languages).toEqual(['fi', 'so'])
  })
})

describe('communicators', () => {
  it('cannot change, create or delete topic content', async () => {
    expect(await refusal(payload.update({ collection: 'topics', id: published.id, locale: 'sv', overrideAccess: false, user: communicator, data: { adult: { title: 'Kampanj' } } }))).toBe(403)
    expect(await refusal(payload.create({ collection: 'topics', overrideAccess: false, user: communicator, data: { adult: { title: 'x' }, focusArea: 'general' } }))).toBe(403)
    expect(await refusal(payload.delete({ collection: 'topics', id: published.id, overrideAccess: false, user: communicator }))).toBe(403)
  })

  it('cannot publish a drafted topic', async () => {
    expect(await refusal(payload.update({ collection: 'topics', id: draft.id, overrideAccess: false, user: communicator, data: { _status: 'published' } }))).toBe(403)
  })
})

describe('media files', () => {
  const png = async (width: number, colour: string) => {
    const data = await sharp({ create: { width, height: 20, channels: 3, background: colour } }).png().toBuffer()
    return { data, mimetype: 'image/png', name: `prov-${width}.png`, size: data.length }
  }
  const onDisk = (filename: unknown) => {
    const file = path.join(payload.collections.media.config.upload.staticDir!, String(filename))
    return fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'missing'
  }
  const technical = ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY'] as const

  it('a translator writes the alt text of their own languages only, and never the file or its fields', async () => {
    // A file keeps no drafts: only a translator who may publish Somali writes its Somali alt text.
    const made = await makeUser(payload, 'translator', ['so'])
    await payload.update({ collection: 'users', id: made.id, overrideAccess: true, data: { mayPublish: true } })
    const somali = { ...made, mayPublish: true }
    const doc = await payload.create({ collection: 'media', overrideAccess: true, locale: 'sv', data: { alt: 'Röd' }, file: await png(40, '#c00') })
    const hash = onDisk(doc.filename)
    const expectUnchanged = async () => {
      const after = await payload.findByID({ collection: 'media', id: doc.id, locale: 'sv', overrideAccess: true })
      for (const key of technical) expect(after[key], key).toEqual(doc[key])
      expect(after.alt).toBe('Röd')
      expect(onDisk(after.filename)).toBe(hash)
    }
    expect(await refusal(payload.update({ collection: 'media', id: doc.id, locale: 'so', overrideAccess: false, user: somali, data: {}, file: await png(80, '#00c') }))).toBe(403)
    await expectUnchanged()
    await payload.update({ collection: 'media', id: doc.id, locale: 'so', overrideAccess: false, user: somali, data: { width: 1, height: 1, mimeType: 'application/pdf', focalX: 3, focalY: 97 } })
    await expectUnchanged()
    expect(await refusal(payload.update({ collection: 'media', id: doc.id, locale: 'sv', overrideAccess: false, user: somali, data: { alt: 'Ändrad' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'media', id: doc.id, locale: 'so', overrideAccess: false, user: translator, data: { alt: 'Casaan' } }))).toBe(403)
    const own = await payload.update({ collection: 'media', id: doc.id, locale: 'so', overrideAccess: false, user: somali, data: { alt: 'Casaan' } })
    expect(own.alt).toBe('Casaan')
    await expectUnchanged()

    expect(await refusal(payload.update({ collection: 'media', id: doc.id, locale: 'sv', overrideAccess: false, user: communicator, data: { alt: 'Kampanj' } }))).toBe(403)
    expect(await refusal(payload.update({ collection: 'media', id: doc.id, locale: 'sv', overrideAccess: false, user: communicator, data: {}, file: await png(60, '#0c0') }))).toBe(403)
    await expectUnchanged()
    const poster = await payload.create({ collection: 'media', overrideAccess: false, user: communicator, locale: 'sv', data: { alt: 'Affisch' }, file: await png(30, '#fc0') })

    const replaced = await payload.update({ collection: 'media', id: doc.id, locale: 'sv', overrideAccess: false, user: editor, data: {}, file: await png(90, '#00c') })
    expect(replaced.width).toBe(90)
    expect(onDisk(replaced.filename)).not.toBe(hash)
    await payload.delete({ collection: 'media', where: { id: { in: [doc.id, poster.id] } }, overrideAccess: true })
  })
})

describe('scheduled publishing (the admin\'s schedule-publish server function)', () => {
  const jobs = async () => (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' }, 'input.doc.value': { equals: String(published.id) } }, overrideAccess: true, depth: 0 })).docs
  const call = async (user: Staff, args: Record<string, unknown>) => {
    const req = await createLocalReq({ user }, payload)
    return (await schedulePublishIfAllowed({ ...args, req, user, importMap: {}, cookies: new Map(), locale: undefined, permissions: {} } as never)) as { error?: string; message?: string }
  }
  const date = new Date('2099-01-01T08:00:00Z')

  it('is for those who may publish the document in that language, also to cancel', async () => {
    const doc = { relationTo: 'topics', value: String(published.id) }
    const publisher = await makeUser(payload, 'translator', ['fi'])
    await payload.update({ collection: 'users', id: publisher.id, overrideAccess: true, data: { mayPublish: true } })
    const mayPublishFi = { ...publisher, mayPublish: true }
    // "All locales" would publish whatever drafts every language has at that time: refused, for editors too.
    expect((await call(editor, { type: 'publish', date, doc })).error).toMatch(/language|språk/i)
    expect(await jobs()).toEqual([])
    expect((await call(editor, { type: 'publish', date, doc, localeToPublish: 'sv' })).error).toBeUndefined()
    const [job] = await jobs()
    for (const user of [translator, communicator, mayPublishFi]) {
      expect((await call(user, { deleteID: job.id })).error).toBeTruthy()
      expect((await call(user, { type: 'publish', date, doc, localeToPublish: 'sv' })).error).toBeTruthy()
      expect((await call(user, { type: 'unpublish', date, doc })).error).toBeTruthy()
    }
    expect((await call(translator, { type: 'publish', date, doc, localeToPublish: 'fi' })).error).toBeTruthy()
    expect((await jobs()).map((j) => j.id)).toEqual([job.id])
    expect((await call(mayPublishFi, { type: 'publish', date, doc, localeToPublish: 'fi' })).error).toBeUndefined()
    const finnish = (await jobs()).find((j) => (j.input as { locale?: string }).locale === 'fi')!
    expect((await call(mayPublishFi, { deleteID: finnish.id })).error).toBeUndefined()
    expect((await call(editor, { deleteID: job.id })).error).toBeUndefined()
    expect(await jobs()).toEqual([])
  })
})

describe('admins', () => {
  it('manage accounts and roles', async () => {
    const u = await payload.create({ collection: 'users', overrideAccess: false, user: admin, data: { email: `new-${Date.now()}@test.example`, password: 'pw-pw-pw-pw-pw', role: 'translator', languages: ['ar'] as never } })
    expect(u.role).toBe('translator')
    const promoted = await payload.update({ collection: 'users', id: u.id, overrideAccess: false, user: admin, data: { role: 'editor' } })
    expect(promoted.role).toBe('editor')
    await payload.delete({ collection: 'users', id: u.id, overrideAccess: false, user: admin })
  })
})

describe('fields shared by every language are closed to translators by default', () => {
  /**
   * The paths of fields a translator could write that are not stored per language. A field whose
   * own access denies them closes everything inside it (the rows of a list, say).
   */
  async function openSharedFields(fields: Field[], req: PayloadRequest, prefix = ''): Promise<string[]> {
    const open: string[] = []
    for (const field of fields) {
      if (('localized' in field && field.localized) || field.type === 'ui') continue
      const name = 'name' in field && field.name ? field.name : undefined
      if (name === '_status' || name === 'id') continue
      const access = 'access' in field ? field.access?.update : undefined
      if (access && !(await access({ req, data: {}, siblingData: {} } as never))) continue
      const path = name ? `${prefix}${name}` : prefix.replace(/\.$/, '')
      const inner = name ? `${path}.` : prefix
      if (field.type === 'tabs') {
        for (const tab of field.tabs) open.push(...(await openSharedFields(tab.fields, req, 'name' in tab && tab.name ? `${inner}${tab.name}.` : inner)))
      } else if ('fields' in field && Array.isArray(field.fields)) {
        // A group holds nothing but its children; a list's rows are data of their own, unless a
        // translator's save must carry exactly the stored rows (a list of translated texts).
        const rowsKept = field.type === 'array' && (field.hooks?.beforeValidate ?? []).includes(translatorsKeepRows)
        if (field.type !== 'group' && field.type !== 'row' && field.type !== 'collapsible' && !rowsKept) open.push(path)
        open.push(...(await openSharedFields(field.fields, req, inner)))
      } else if (field.type === 'blocks') open.push(path)
      else if (name) open.push(path)
    }
    return open
  }

  it('finds no field a translator may write that is not localized, in any collection or global', async () => {
    // The most a translator can be: every language, allowed to publish.
    const user = { ...translator, languages: ['fi', 'en', 'so', 'ar', 'fa', 'sr', 'bs', 'hr', 'pl', 'es'], mayPublish: true }
    const req = { user, locale: 'fi', payload } as unknown as PayloadRequest
    const entities = [
      ...payload.config.collections.map((c) => ({ slug: c.slug, fields: c.fields, update: c.access.update })),
      ...payload.config.globals.map((g) => ({ slug: g.slug, fields: g.fields, update: g.access.update })),
    ]
    expect(entities.map((e) => e.slug)).toEqual(expect.arrayContaining(['topics', 'supportServices', 'brochures', 'media', 'campaigns', 'siteSettings']))
    const open: string[] = []
    const walked: string[] = []
    for (const entity of entities) {
      if (!hasLocalizedField(entity.fields)) continue
      if (!(await entity.update({ req, data: {} } as never))) continue
      walked.push(entity.slug)
      open.push(...(await openSharedFields(entity.fields, req, `${entity.slug}.`)))
    }
    // Campaigns and the globals are translated too, so their fields are walked (rows and all).
    expect(walked).toEqual(expect.arrayContaining(['campaigns', 'siteSettings', 'navigation', 'keyDates', 'media']))
    expect(open).toEqual([])
  })

  it('keeps shared fields open to editors and communicators where their collection lets them write', async () => {
    const campaigns = payload.config.collections.find((c) => c.slug === 'campaigns')!
    const status = campaigns.fields.find((f) => 'name' in f && f.name === 'status')!
    const media = payload.config.collections.find((c) => c.slug === 'media')!
    const mimeType = media.fields.find((f) => 'name' in f && f.name === 'mimeType')!
    for (const [field, user] of [[status, communicator], [mimeType, editor]] as const) {
      const access = 'access' in field ? field.access?.update : undefined
      expect(await access?.({ req: { user, payload } as unknown as PayloadRequest, data: {}, siblingData: {} } as never)).toBe(true)
    }
  })
})
