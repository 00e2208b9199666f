/** A topic's save expires what readers see change, and not every topic's page. */
import { describe, expect, it } from 'vitest'

import { topicTags } from '@/collections/Topics/hooks/revalidateTopic'

const before = {
  id: 7,
  slug: { sv: 'sexuellt-vald', en: 'sexual-violence' },
  focusArea: 'sexual',
  readers: ['subjected'],
  order: 30,
  lastReviewed: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  adult: { title: { sv: 'Sexuellt våld', en: 'Sexual violence' }, summary: { sv: 'Sex ska alltid vara frivilligt.' }, body: { sv: null } },
  child: { title: { sv: null }, summary: { sv: null }, body: { sv: null } },
}
const saved = { ...before, updatedAt: '2026-01-02T00:00:00.000Z' }

describe('topicTags', () => {
  it('a draft (readers get the same) expires nothing', () => {
    expect(topicTags(7, before, before)).toEqual([])
    expect(topicTags(7, undefined, undefined)).toEqual([])
  })

  it('a change to the body expires only the topic’s own pages', () => {
    expect(topicTags(7, { ...saved, adult: { ...before.adult, body: { sv: { root: {} } as never } } }, before)).toEqual(['doc:topics:7'])
  })

  it('a new summary also expires the lists that show it: all topics and its focus area', () => {
    expect(topicTags(7, { ...saved, adult: { ...before.adult, summary: { sv: 'Ny' } } }, before)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:sexual'])
  })

  it('a move to another focus area expires both areas’ lists', () => {
    expect(topicTags(7, { ...saved, focusArea: 'general' }, before)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:general', 'topics:area:sexual'])
  })

  it('a new slug, a new version or an unpublish also expires the address lookup', () => {
    const child = { ...saved, child: { ...before.child, title: { sv: 'För barn' } } }
    for (const after of [{ ...saved, slug: { ...before.slug, sv: 'nytt' } }, child, undefined]) {
      expect(topicTags(7, after, before)).toContain('topics:links')
    }
  })

  it('a new title in a language that has one keeps the address lookup', () => {
    expect(topicTags(7, { ...saved, adult: { ...before.adult, title: { sv: 'Sexuellt våld och tvång', en: 'Sexual violence' } } }, before)).not.toContain('topics:links')
  })

  it('a first publication or a deletion expires everything that lists or finds topics', () => {
    expect(topicTags(7, before, undefined)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:sexual', 'topics:links'])
    expect(topicTags(7, undefined, before)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:sexual', 'topics:links'])
  })
})
