import { isDeepStrictEqual } from 'node:util'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expire, tags } from '@/site/cache'
import type { Topic } from '@/payload-types'

type Saved = Partial<Topic> & { id: number }

/** What the lists of topics show of one (home, focus areas, children, related topics, banners). */
const listed = (t: Saved) => ({
  published: t._status === 'published',
  slug: t.slug,
  focusArea: t.focusArea,
  readers: t.readers,
  order: t.order,
  lastReviewed: t.lastReviewed,
  adult: { title: t.adult?.title, summary: t.adult?.summary },
  child: { title: t.child?.title, summary: t.child?.summary },
})

/** What a link to a topic needs: that it is published, its address, which versions it has. */
const linked = (t: Saved) => ({ published: t._status === 'published', slug: t.slug, adult: Boolean(t.adult?.title), child: Boolean(t.child?.title) })

/**
 * The cache tags a save of a topic expires: its own pages always; the lists that show it only when
 * what they show of it changed (in both focus areas when it moved); the slug lookup only when an
 * address or a version appeared or went. Another topic's page stays as it is. The document holds
 * the saved language only, so a comparison with the previous one sees just what this save changed.
 */
export function topicTags(doc: Saved, previous?: Saved): string[] {
  const out = [tags.doc('topics', doc.id)]
  if (!previous || !isDeepStrictEqual(listed(doc), listed(previous))) {
    out.push(tags.collection('topics'), tags.topicArea(String(doc.focusArea)))
    if (previous?.focusArea && previous.focusArea !== doc.focusArea) out.push(tags.topicArea(previous.focusArea))
  }
  if (!previous || !isDeepStrictEqual(linked(doc), linked(previous))) out.push(tags.topicLinks)
  return out
}

export const revalidateTopic: CollectionAfterChangeHook<Topic> = ({ doc, previousDoc, operation }) => {
  expire(...topicTags(doc, operation === 'create' ? undefined : previousDoc))
  return doc
}

export const revalidateDeletedTopic: CollectionAfterDeleteHook<Topic> = ({ doc }) => {
  expire(...topicTags(doc))
  return doc
}
