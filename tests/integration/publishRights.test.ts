/**
 * Staff see only the publishing they may do, and publishing one language leaves another language's
 * pending draft alone (payloadcms/payload#14672).
 */
import { createLocalReq, docAccessOperation, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { getTestPayload, makeUser, paragraph } from '../support/payload'

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
