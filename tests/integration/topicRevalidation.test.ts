/**
 * What a topic's save expires, through Payload's real save path (drafts, versions, transactions):
 * a draft expires nothing; publishing over a draft compares with what was published, not with
 * the draft; only an address or a version change expires the address lookup.
 */
import type { Payload } from 'payload'
import { beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { getTestPayload, paragraph } from '../support/payload'

const expired = vi.hoisted(() => [] as string[])
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => void expired.push(tag),
}))

let payload: Payload
let id: number
const slug = `uppdateras-${Date.now()}`

beforeAll(async () => {
  payload = await getTestPayload()
  const topic = await payload.create({
    collection: 'topics',
    locale: 'sv',
    overrideAccess: true,
    data: { slug, focusArea: 'general', adult: { title: 'Uppdateras', summary: 'Före', body: paragraph('Text') }, _status: 'published' },
  })
  id = topic.id
})

beforeEach(() => void expired.splice(0))

const save = (data: Record<string, unknown>, draft = false) =>
  payload.update({ collection: 'topics', id, locale: 'sv', overrideAccess: true, draft, data: draft ? data : { ...data, _status: 'published' } })

it('a draft expires nothing readers see', async () => {
  await save({ adult: { summary: 'Ett utkast' } }, true)
  expect(expired).toEqual([])
})

it('publishing over a draft expires the topic and the lists that show its summary, not the address lookup', async () => {
  await save({ adult: { summary: 'Ett utkast till' } }, true)
  expired.splice(0)
  await save({ adult: { summary: 'Publicerad' } })
  expect(expired).toEqual([`doc:topics:${id}`, 'collection:topics', 'topics:area:general'])
  // Reading what readers get during the save changed nothing of the save.
  expect((await payload.findByID({ collection: 'topics', id, locale: 'sv', overrideAccess: true })).adult.summary).toBe('Publicerad')
})

it('a body change expires only the topic’s own pages', async () => {
  await save({ adult: { body: paragraph('Ny text') } })
  expect(expired).toEqual([`doc:topics:${id}`])
})

it('a new address expires the address lookup too', async () => {
  await save({ slug: `${slug}-ny` })
  expect(expired).toContain('topics:links')
  expect((await payload.findByID({ collection: 'topics', id, locale: 'sv', overrideAccess: true })).slug).toBe(`${slug}-ny`)
})
