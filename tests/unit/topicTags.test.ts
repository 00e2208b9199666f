/** A topic's save expires what it changed, and not every topic's page. */
import { describe, expect, it } from 'vitest'

import { topicTags } from '@/collections/Topics/hooks/revalidateTopic'

const before = {
  id: 7,
  _status: 'published' as const,
  slug: 'sexuellt-vald',
  focusArea: 'sexual' as const,
  readers: ['subjected' as const],
  order: 30,
  adult: { title: 'Sexuellt våld', summary: 'Sex ska alltid vara frivilligt.', body: null },
  child: { title: null, summary: null, body: null },
}

describe('topicTags', () => {
  it('a change to the body expires only the topic’s own pages', () => {
    expect(topicTags({ ...before, adult: { ...before.adult, body: { root: {} } as never } }, before)).toEqual(['doc:topics:7'])
  })

  it('a new summary also expires the lists that show it: all topics and its focus area', () => {
    expect(topicTags({ ...before, adult: { ...before.adult, summary: 'Ny' } }, before)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:sexual'])
  })

  it('a move to another focus area expires both areas’ lists', () => {
    expect(topicTags({ ...before, focusArea: 'general' }, before)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:general', 'topics:area:sexual'])
  })

  it('a new slug, a new version or a change of publication also expires the address lookup', () => {
    for (const after of [{ ...before, slug: 'nytt' }, { ...before, child: { ...before.child, title: 'För barn' } }, { ...before, _status: 'draft' as const }]) {
      expect(topicTags(after, before)).toContain('topics:links')
    }
  })

  it('a new or deleted topic expires everything that lists or finds topics', () => {
    expect(topicTags(before)).toEqual(['doc:topics:7', 'collection:topics', 'topics:area:sexual', 'topics:links'])
  })
})
