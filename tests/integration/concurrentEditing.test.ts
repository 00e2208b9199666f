/**
 * Two people saving the same topic at the same moment. Different languages: both changes stay.
 * The same field: the save that lands last wins, and the other one is kept in the version history.
 * Saved through the Local API with access enforced, as the admin's REST calls are.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Topic, User } from '@/payload-types'

import { getTestPayload, makeUser } from '../support/payload'

type Staff = User & { collection: 'users' }
let payload: Payload
let editor: Staff, otherEditor: Staff, finnish: Staff, english: Staff
// The files share one database: what this one creates is removed again.
const created: { collection: 'topics' | 'supportServices'; id: number }[] = []

async function newTopic(): Promise<Topic> {
  const topic = await payload.create({
    collection: 'topics', overrideAccess: true, locale: 'sv',
    data: { adult: { title: 'Samtidigt', summary: 'Svensk sammanfattning' }, focusArea: 'general', _status: 'published' },
  })
  created.push({ collection: 'topics', id: topic.id })
  for (const locale of ['en', 'fi'] as const) {
    await payload.update({ collection: 'topics', id: topic.id, overrideAccess: true, locale, data: { adult: { title: `Title ${locale}`, summary: `Summary ${locale}` }, _status: 'published' } })
  }
  return topic
}

// Translators publish their own language only (the admin has let them): Payload's publishSpecificLocale.
const save = (id: number, user: Staff, locale: 'sv' | 'en' | 'fi', summary: string) =>
  payload.update({ collection: 'topics', id, user, overrideAccess: false, locale, publishSpecificLocale: user.role === 'translator' ? locale : undefined, data: { adult: { summary }, _status: 'published' } })

async function publishingTranslator(locale: 'en' | 'fi'): Promise<Staff> {
  const user = await makeUser(payload, 'translator', [locale])
  await payload.update({ collection: 'users', id: user.id, overrideAccess: true, data: { mayPublish: true } })
  return { ...user, mayPublish: true }
}

async function summaries(id: number) {
  const doc = (await payload.findByID({ collection: 'topics', id, locale: 'all' as never, overrideAccess: true })) as unknown as { adult: { summary: Record<string, string>; title: Record<string, string> } }
  return doc.adult
}

async function versionSummaries(id: number, locale: 'sv' | 'en' | 'fi'): Promise<string[]> {
  const { docs } = await payload.findVersions({ collection: 'topics', where: { parent: { equals: id } }, locale, overrideAccess: true, limit: 100, sort: '-updatedAt' })
  return docs.map((v) => (v.version as { adult?: { summary?: string } }).adult?.summary ?? '')
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeUser(payload, 'editor')
  otherEditor = await makeUser(payload, 'editor')
  finnish = await publishingTranslator('fi')
  english = await publishingTranslator('en')
})

afterAll(async () => {
  for (const { collection, id } of created) await payload.delete({ collection, id, overrideAccess: true })
})

describe('two people save the same topic at the same time', () => {
  it('in different languages: neither change is lost', async () => {
    const topic = await newTopic()
    for (let round = 0; round < 5; round++) {
      await Promise.all([save(topic.id, finnish, 'fi', `Suomeksi ${round}`), save(topic.id, english, 'en', `In English ${round}`), save(topic.id, editor, 'sv', `På svenska ${round}`)])
      const after = await summaries(topic.id)
      expect(after.summary).toMatchObject({ fi: `Suomeksi ${round}`, en: `In English ${round}`, sv: `På svenska ${round}` })
      // Titles nobody touched stay as they were.
      expect(after.title).toMatchObject({ sv: 'Samtidigt', en: 'Title en', fi: 'Title fi' })
    }
  })

  it('a support service too (its table is named differently from its slug)', async () => {
    const service = await payload.create({ collection: 'supportServices', overrideAccess: true, locale: 'sv', data: { name: 'Samtidig tjänst', _status: 'published' } as never })
    created.push({ collection: 'supportServices', id: service.id })
    await Promise.all([
      payload.update({ collection: 'supportServices', id: service.id, user: editor, overrideAccess: false, locale: 'sv', data: { description: 'Svenska' } as never }),
      payload.update({ collection: 'supportServices', id: service.id, user: english, overrideAccess: false, locale: 'en', publishSpecificLocale: 'en', data: { name: 'Concurrent service', description: 'English', _status: 'published' } as never }),
    ])
    const after = (await payload.findByID({ collection: 'supportServices', id: service.id, locale: 'all' as never, overrideAccess: true })) as unknown as { description: Record<string, string> }
    expect(after.description).toMatchObject({ sv: 'Svenska', en: 'English' })
  })

  it('the same field one after the other: the later save wins, the earlier is in the version history', async () => {
    const topic = await newTopic()
    await save(topic.id, editor, 'sv', 'Först sparad')
    await save(topic.id, otherEditor, 'sv', 'Sist sparad')
    expect((await summaries(topic.id)).summary.sv).toBe('Sist sparad')
    const history = await versionSummaries(topic.id, 'sv')
    expect(history[0]).toBe('Sist sparad')
    expect(history).toContain('Först sparad')
  })

  it('the same field at the same moment: one wins whole, and the other is in the version history', async () => {
    const topic = await newTopic()
    await Promise.all([save(topic.id, editor, 'sv', 'Redaktör A'), save(topic.id, otherEditor, 'sv', 'Redaktör B')])
    const now = (await summaries(topic.id)).summary.sv
    expect(['Redaktör A', 'Redaktör B']).toContain(now)
    const history = await versionSummaries(topic.id, 'sv')
    // The newest version is what readers see; the loser is kept one step back.
    expect(history[0]).toBe(now)
    expect(history).toContain(now === 'Redaktör A' ? 'Redaktör B' : 'Redaktör A')
  })
})
