/**
 * Staff see only the publishing they may do, and publishing one language leaves another language's
 * pending draft alone (payloadcms/payload#14672).
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { handleStaleDataCheck } from '@payloadcms/ui/utilities/handleStaleDataCheck'
import { createLocalReq, docAccessOperation, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { collectionTable } from '@/db/tables'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { pendingLanguages } from '@/translations/publishing/pending'
import { snapshotKeepsThePublishTime } from '@/translations/publishing/snapshotTime'

import { getTestPayload, makeUser, paragraph, refusal } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, translator: Staff, publishingTranslator: Staff, topicId: number

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  translator = await makeUser(payload, 'translator', ['so'])
  publishingTranslator = await makeUser(payload, 'translator', ['so'])
  await payload.update({ collection: 'users', id: publishingTranslator.id, overrideAccess: true, data: { mayPublish: true } })
  publishingTranslator = { ...publishingTranslator, mayPublish: true }
  const topic = await payload.create({
    collection: 'topics', locale: 'sv', overrideAccess: false, user: editor,
    data: { adult: { title: 'Publiceringsrätt', summary: 'Kort ingress.', body: paragraph('Brödtext.') }, focusArea: 'sexual', _status: 'published' },
  })
  topicId = topic.id
})

/** The question the admin's edit view asks before it shows Publish, Publish in … and Schedule publish. */
async function mayPublishInAdmin(user: Staff, locale: string): Promise<{ save: boolean; publish: boolean }> {
  const req = await createLocalReq({ user, locale }, payload)
  const ask = async (status: string) =>
    Boolean((await docAccessOperation({ id: topicId, collection: payload.collections.topics, data: { _status: status }, req })).update)
  return { save: await ask('draft'), publish: await ask('published') }
}

describe('the publish buttons follow the right to publish', () => {
  it('a translator without “may publish” may save a draft but is offered no publishing', async () => {
    expect(await mayPublishInAdmin(translator, 'so')).toEqual({ save: true, publish: false })
  })

  it('a translator allowed to publish is offered it in their own language only', async () => {
    expect(await mayPublishInAdmin(publishingTranslator, 'so')).toEqual({ save: true, publish: true })
    expect(await mayPublishInAdmin(publishingTranslator, 'ar')).toEqual({ save: false, publish: false })
    expect(await mayPublishInAdmin(publishingTranslator, 'sv')).toEqual({ save: false, publish: false })
  })

  it('an editor is offered publishing in every language', async () => {
    expect(await mayPublishInAdmin(editor, 'sv')).toEqual({ save: true, publish: true })
    expect(await mayPublishInAdmin(editor, 'so')).toEqual({ save: true, publish: true })
  })
})

describe('an editor publishing Swedish', () => {
  it('is offered “Publish in <language>” first: the config makes the active language the default', () => {
    expect(payload.config.localization && payload.config.localization.defaultLocalePublishOption).toBe('active')
  })

  it('publishes the Swedish change and leaves the translator’s pending Somali draft unpublished', async () => {
    await payload.update({ collection: 'topics', id: topicId, locale: 'so', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Qoraal aan la hubin' } } })
    await payload.update({ collection: 'topics', id: topicId, locale: 'sv', draft: true, overrideAccess: false, user: editor, data: { adult: { title: 'Publiceringsrätt, ny rubrik' } } })
    // What the admin's default button sends (Payload's PublishButton with defaultLocalePublishOption 'active').
    await payload.update({ collection: 'topics', id: topicId, locale: 'sv', publishSpecificLocale: 'sv', overrideAccess: false, user: editor, data: { _status: 'published' } })
    const sv = await payload.findByID({ collection: 'topics', id: topicId, locale: 'sv', overrideAccess: false })
    const so = await payload.findByID({ collection: 'topics', id: topicId, locale: 'so', fallbackLocale: false, overrideAccess: false })
    expect(sv.adult.title).toBe('Publiceringsrätt, ny rubrik')
    expect(so.adult?.title ?? null).toBeNull()
    // The draft is kept for review.
    const draft = await payload.findByID({ collection: 'topics', id: topicId, locale: 'so', draft: true, fallbackLocale: false, overrideAccess: true })
    expect(draft.adult?.title).toBe('Qoraal aan la hubin')
  })
})

/** What a reader gets: the published document, read without a user, as the public pages read it. */
async function readerSees(id: number, locale: Locale): Promise<string | null> {
  const doc = await payload.findByID({ collection: 'topics', id, locale, fallbackLocale: false, overrideAccess: false, depth: 0 })
  return doc.adult?.title ?? null
}

async function login(user: Staff): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'correct-horse-battery' } })
  return `JWT ${token}`
}

/** A topic whose Somali text is published, then a translator's newer Somali draft nobody reviewed. */
async function topicWithPendingSomali(title: string): Promise<number> {
  const { id } = await payload.create({
    collection: 'topics', locale: 'sv', overrideAccess: false, user: editor,
    data: { adult: { title, summary: 'Ingress.', body: paragraph('Text.') }, focusArea: 'general', _status: 'published' },
  })
  await payload.update({ collection: 'topics', id, locale: 'so', draft: true, overrideAccess: false, user: translator, data: { adult: { title: `${title} (so, la hubiyay)` } } })
  await payload.update({ collection: 'topics', id, locale: 'so', publishSpecificLocale: 'so', overrideAccess: false, user: editor, data: { _status: 'published' } })
  await payload.update({ collection: 'topics', id, locale: 'so', draft: true, overrideAccess: false, user: translator, data: { adult: { title: `${title} (so, aan la hubin)` } } })
  expect(await readerSees(id, 'so')).toBe(`${title} (so, la hubiyay)`)
  return id
}

describe('nobody publishes what nobody reviewed, however the publish is asked for', () => {
  it('Local API: publishing without naming a language publishes the request’s language only', async () => {
    const id = await topicWithPendingSomali('Lokal')
    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: editor, data: { adult: { title: 'Lokal, ny' }, _status: 'published' } })
    expect(await readerSees(id, 'sv')).toBe('Lokal, ny')
    expect(await readerSees(id, 'so')).toBe('Lokal (so, la hubiyay)')
  })

  it('REST (the old "Publish changes" request) and GraphQL leave the Somali draft unpublished', async () => {
    const id = await topicWithPendingSomali('Över HTTP')
    const auth = await login(editor)
    const patch = REST_PATCH(config) as (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
    const res = await patch(
      new Request(`http://localhost:3000/api/topics/${id}?locale=sv&depth=0`, { method: 'PATCH', headers: { Authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ adult: { title: 'Över HTTP, REST' }, _status: 'published' }) }),
      { params: Promise.resolve({ slug: ['topics', String(id)] }) },
    )
    expect(res.status).toBe(200)
    expect(await readerSees(id, 'sv')).toBe('Över HTTP, REST')
    expect(await readerSees(id, 'so')).toBe('Över HTTP (so, la hubiyay)')

    const graphql = GRAPHQL_POST(config) as unknown as (req: Request) => Promise<Response>
    const query = `mutation { updateTopic(id: ${id}, locale: sv, data: { adult: { title: "Över HTTP, GraphQL" }, _status: published }) { id } }`
    const answer = (await (await graphql(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { Authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))).json()) as { errors?: unknown[] }
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined()
    expect(await readerSees(id, 'sv')).toBe('Över HTTP, GraphQL')
    expect(await readerSees(id, 'so')).toBe('Över HTTP (so, la hubiyay)')
  })

  it('a live save without a status keeps the document published and publishes only its own language', async () => {
    const id = await topicWithPendingSomali('Utan status')
    // The Swedish publish leaves a draft version on top (the Somali draft kept for review) ...
    await payload.update({ collection: 'topics', id, locale: 'sv', publishSpecificLocale: 'sv', overrideAccess: false, user: editor, data: { _status: 'published' } })
    // ... which a save without draft or _status must not take its status from.
    await payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: false, user: editor, data: { focusArea: 'honour' } })
    const live = await payload.findByID({ collection: 'topics', id, locale: 'sv', overrideAccess: false, depth: 0 })
    expect([live._status, live.focusArea]).toEqual(['published', 'honour'])
    expect(await readerSees(id, 'so')).toBe('Utan status (so, la hubiyay)')
  })

  it('the list’s bulk publish (draft=true, _status published, a where) publishes the list’s language only', async () => {
    const id = await topicWithPendingSomali('Massvis')
    await payload.update({ collection: 'topics', where: { id: { equals: id } }, locale: 'sv', draft: true, overrideAccess: false, user: editor, data: { _status: 'published' } })
    expect(await readerSees(id, 'so')).toBe('Massvis (so, la hubiyay)')
  })

  it('a publish of every language at once must say so: locale "all" without a choice is a 400', async () => {
    const id = await topicWithPendingSomali('Alla')
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'all' as Locale, overrideAccess: false, user: editor, data: { _status: 'published' } }))).toBe(400)
    expect(await readerSees(id, 'so')).toBe('Alla (so, la hubiyay)')
  })

  it('the publish dialog lists the pending Somali draft as not reviewed; choosing Somali publishes it', async () => {
    const id = await topicWithPendingSomali('Valet')
    const req = await createLocalReq({ user: editor }, payload)
    expect(await pendingLanguages(req, 'topics', id)).toEqual([{ code: 'so', reviewed: false, mayPublish: true }])
    // A translator who may not publish sees the language but may not tick it.
    expect(await pendingLanguages(await createLocalReq({ user: translator }, payload), 'topics', id)).toEqual([{ code: 'so', reviewed: false, mayPublish: false }])

    // The editor publishes Swedish (the dialog's first request), with nothing else ticked.
    await payload.update({ collection: 'topics', id, locale: 'sv', publishSpecificLocale: 'sv', overrideAccess: false, user: editor, data: { adult: { title: 'Valet, ny' }, _status: 'published' } })
    expect(await readerSees(id, 'so')).toBe('Valet (so, la hubiyay)')
    expect(await pendingLanguages(req, 'topics', id)).toEqual([{ code: 'so', reviewed: false, mayPublish: true }])

    // Then ticks Somali: the dialog's second request.
    await payload.update({ collection: 'topics', id, locale: 'so', publishSpecificLocale: 'so', overrideAccess: false, user: editor, data: { _status: 'published' } })
    expect(await readerSees(id, 'so')).toBe('Valet (so, aan la hubin)')
    expect(await readerSees(id, 'sv')).toBe('Valet, ny')
    expect(await pendingLanguages(req, 'topics', id)).toEqual([])
  })

  it('an explicit publishAllLocales=true by an editor publishes every pending draft; a translator may not ask it', async () => {
    const id = await topicWithPendingSomali('Allt')
    expect(await refusal(payload.update({ collection: 'topics', id, locale: 'so', publishAllLocales: true, overrideAccess: false, user: publishingTranslator, data: { _status: 'published' } }))).toBe(403)
    expect(await readerSees(id, 'so')).toBe('Allt (so, la hubiyay)')
    await payload.update({ collection: 'topics', id, locale: 'sv', publishAllLocales: true, overrideAccess: false, user: editor, data: { _status: 'published' } })
    expect(await readerSees(id, 'so')).toBe('Allt (so, aan la hubin)')
  })
})

describe('a file’s alt text, which keeps no drafts', () => {
  it('is refused, with the reason, to a translator without “may publish”, and stays as it was', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f80' } }).png().toBuffer()
    const { id } = await payload.create({ collection: 'media', locale: 'sv', overrideAccess: true, data: { alt: 'En ruta.' }, file: { data: png, mimetype: 'image/png', name: `ruta-${Date.now()}.png`, size: png.length } })
    const error = await payload.update({ collection: 'media', id, locale: 'so', overrideAccess: false, user: translator, data: { alt: 'Sanduuq.' } }).then(() => null, (e: { status?: number; message?: string }) => e)
    expect(error?.status).toBe(403)
    expect(error?.message).toMatch(/Soomaali/)
    const req = await createLocalReq({ user: translator, locale: 'so' }, payload)
    expect(Boolean((await docAccessOperation({ id, collection: payload.collections.media, req })).update)).toBe(false)
    await payload.update({ collection: 'media', id, locale: 'so', overrideAccess: false, user: publishingTranslator, data: { alt: 'Sanduuq oranji.' } })
    const media = (await payload.findByID({ collection: 'media', id, locale: 'all' as Locale, depth: 0, overrideAccess: true })) as unknown as { alt: Record<string, string> }
    expect(media.alt).toMatchObject({ sv: 'En ruta.', so: 'Sanduuq oranji.' })
    await payload.delete({ collection: 'media', id, overrideAccess: true })
  })
})

describe('restoring an old version publishes nothing: it is restored as a draft', () => {
  const newestVersion = async (id: number) =>
    (await payload.findVersions({ collection: 'topics', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]

  it('the admin’s “Restore this version” of the newest draft (REST, draft=false) keeps the published text and makes the restore a draft', async () => {
    const id = await topicWithPendingSomali('Återställd över REST')
    // The newest version is the translator's draft, with the unreviewed Somali title in it.
    const draft = await newestVersion(id)
    expect(draft.version._status).toBe('draft')
    await payload.update({ collection: 'topics', id, locale: 'sv', publishSpecificLocale: 'sv', overrideAccess: false, user: editor, data: { adult: { title: 'Återställd över REST, nyare' }, _status: 'published' } })
    const post = REST_POST(config) as (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>
    const res = await post(
      new Request(`http://localhost:3000/api/topics/versions/${draft.id}?draft=false`, { method: 'POST', headers: { Authorization: await login(editor), 'Accept-Language': 'sv' } }),
      { params: Promise.resolve({ slug: ['topics', 'versions', String(draft.id)] }) },
    )
    expect(res.status, await res.clone().text()).toBe(200)
    expect(((await res.json()) as { message?: string }).message).toBeTruthy()
    // Readers keep what was published, in both languages; the document stays published.
    expect(await readerSees(id, 'sv')).toBe('Återställd över REST, nyare')
    expect(await readerSees(id, 'so')).toBe('Återställd över REST (so, la hubiyay)')
    // The restored text waits as the newest draft, for the publish dialog.
    const restored = await newestVersion(id)
    expect(restored.version._status).toBe('draft')
    const pending = await payload.findByID({ collection: 'topics', id, locale: 'so', draft: true, fallbackLocale: false, overrideAccess: true })
    expect(pending.adult?.title).toBe('Återställd över REST (so, aan la hubin)')
    const pendingSv = await payload.findByID({ collection: 'topics', id, locale: 'sv', draft: true, fallbackLocale: false, overrideAccess: true })
    expect(pendingSv.adult?.title).toBe('Återställd över REST')
  })

  it('a restore that is not a draft is refused with the reason (Local API, GraphQL); GraphQL with draft: true restores a draft', async () => {
    const id = await topicWithPendingSomali('Återställd lokalt')
    const draft = await newestVersion(id)
    const refused = await payload.restoreVersion({ collection: 'topics', id: draft.id, overrideAccess: false, user: editor }).then(() => null, (e: { status?: number; message?: string }) => e)
    expect(refused?.status).toBe(400)
    expect(refused?.message).toMatch(/draft=true/)
    expect(await readerSees(id, 'so')).toBe('Återställd lokalt (so, la hubiyay)')
    expect(await readerSees(id, 'sv')).toBe('Återställd lokalt')

    const graphql = GRAPHQL_POST(config) as unknown as (req: Request) => Promise<Response>
    const ask = async (query: string) =>
      (await (await graphql(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { Authorization: await login(editor), 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))).json()) as { errors?: { message: string }[] }
    const live = await ask(`mutation { restoreVersionTopic(id: ${draft.id}) { id } }`)
    expect(live.errors?.[0]?.message).toMatch(/draft=true/)
    expect(await readerSees(id, 'so')).toBe('Återställd lokalt (so, la hubiyay)')
    const asDraft = await ask(`mutation { restoreVersionTopic(id: ${draft.id}, draft: true) { id } }`)
    expect(asDraft.errors, JSON.stringify(asDraft.errors)).toBeUndefined()
    expect(await readerSees(id, 'so')).toBe('Återställd lokalt (so, la hubiyay)')
    expect((await newestVersion(id)).version._status).toBe('draft')
  })
})

describe('the edit view after publishing one language', () => {
  // Payload's own check, which the edit view runs at the first keystroke after a save.
  const isStale = async (originalUpdatedAt: string, user: Staff) =>
    (await handleStaleDataCheck({ id: topicId, collectionSlug: 'topics', originalUpdatedAt, req: await createLocalReq({ user }, payload) })).isStale

  it('does not take one’s own publish for someone else’s change; a later change by someone else it does', async () => {
    await payload.update({ collection: 'topics', id: topicId, locale: 'so', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Qoraal kale' } } })
    // The publish's answer is what the form keeps (payloadcms/payload#16376: the draft kept beside it said the time before).
    const published = await payload.update({ collection: 'topics', id: topicId, locale: 'sv', publishSpecificLocale: 'sv', overrideAccess: false, user: editor, data: { adult: { summary: 'Ingress efter publicering.' }, _status: 'published' } })
    expect(await isStale(published.updatedAt, editor)).toBe(false)
    // The draft beside it still holds the pending Somali text.
    const draft = await payload.findByID({ collection: 'topics', id: topicId, locale: 'so', draft: true, fallbackLocale: false, overrideAccess: true })
    expect(draft.adult?.title).toBe('Qoraal kale')
    await payload.update({ collection: 'topics', id: topicId, locale: 'so', draft: true, overrideAccess: false, user: translator, data: { adult: { title: 'Qoraal kale oo cusub' } } })
    expect(await isStale(published.updatedAt, editor)).toBe(true)
  })

  it('finds the versions table of every collection with drafts and languages', () => {
    const collections = payload.config.collections.filter((c) => c.versions?.drafts && c.hooks.afterChange?.includes(snapshotKeepsThePublishTime))
    expect(collections.map((c) => c.slug)).toEqual(expect.arrayContaining(['topics', 'supportServices', 'events']))
    const tables = (payload.db as unknown as { tables: Record<string, unknown> }).tables
    for (const c of collections) expect(tables[collectionTable(payload, c.slug, { versions: true })], c.slug).toBeDefined()
  })
})
