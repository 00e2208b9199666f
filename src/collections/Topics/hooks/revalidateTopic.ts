import { isDeepStrictEqual } from 'node:util'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { availableIn, type AllLocales } from '@/content/localized'
import { localeCodes } from '@/i18n/locales'
import { expire, tags } from '@/site/cache'

/** A topic as readers get it: its published row, in every language. */
export interface LiveTopic {
  id: number
  focusArea?: string | null
  slug?: unknown
  readers?: unknown
  order?: unknown
  lastReviewed?: unknown
  adult?: { title?: unknown; summary?: unknown; body?: unknown } | null
  child?: { title?: unknown; summary?: unknown; body?: unknown } | null
  [field: string]: unknown
}

/** What the lists of topics show of one (home, focus areas, children, related topics). */
const listed = (t?: LiveTopic) =>
  t && {
    slug: t.slug,
    focusArea: t.focusArea,
    readers: t.readers,
    order: t.order,
    lastReviewed: t.lastReviewed,
    adult: { title: t.adult?.title, summary: t.adult?.summary },
    child: { title: t.child?.title, summary: t.child?.summary },
  }

/** What finding a topic by its address, or linking to it, needs: its slugs and the languages of each version. */
const linked = (t?: LiveTopic) =>
  t && {
    slug: t.slug,
    adult: availableIn(t.adult?.title as AllLocales<string>, localeCodes),
    child: availableIn(t.child?.title as AllLocales<string>, localeCodes),
  }

/**
 * The cache tags a change of a topic expires, from what readers got before and get now (undefined:
 * not published). Nothing when readers get the same (a draft); else its own pages; the lists that
 * show it only when what they show of it changed (both focus areas when it moved); the address
 * lookup only when an address or a version appeared or went. Another topic's page stays as it is.
 */
export function topicTags(id: number, now?: LiveTopic, before?: LiveTopic): string[] {
  if (isDeepStrictEqual(now, before)) return []
  const out = [tags.doc('topics', id)]
  if (!isDeepStrictEqual(listed(now), listed(before))) {
    out.push(tags.collection('topics'))
    for (const area of new Set([now?.focusArea, before?.focusArea])) if (area) out.push(tags.topicArea(area))
  }
  if (!isDeepStrictEqual(linked(now), linked(before))) out.push(tags.topicLinks)
  return out
}

/**
 * The published row: a draft is saved as a version only, so the topic's own row is what readers get.
 * (The `previousDoc` of a save is the latest version, which may be a draft, so it cannot tell.)
 * Read through the adapter, in the save's transaction: a Local API call would set the request's
 * locale to 'all' for the rest of the save.
 */
async function liveTopic(req: PayloadRequest, id: number | string): Promise<LiveTopic | undefined> {
  const row = await req.payload.db.findOne<LiveTopic & { _status?: string }>({ collection: 'topics', where: { id: { equals: id } }, locale: 'all', req })
  return row?._status === 'published' ? row : undefined
}

const liveBefore = (id: number | string) => `topics:liveBefore:${id}`

/** Before an update: what readers get now, to compare with after it. */
export const rememberLiveTopic: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const row = await liveTopic(req, originalDoc.id)
    req.context[liveBefore(originalDoc.id)] = { row }
  }
  return data
}

export const revalidateTopic: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const remembered = req.context[liveBefore(doc.id)] as { row?: LiveTopic } | undefined
  delete req.context[liveBefore(doc.id)]
  const now = await liveTopic(req, doc.id)
  if (operation === 'update' && !remembered) {
    // Not known what readers had: expire all that could show it.
    expire(tags.doc('topics', doc.id), tags.collection('topics'), tags.topicArea(String(doc.focusArea)), tags.topicLinks)
  } else {
    expire(...topicTags(doc.id, now, remembered?.row))
  }
  return doc
}

export const revalidateDeletedTopic: CollectionAfterDeleteHook = ({ doc }) => {
  expire(...topicTags(doc.id, undefined, doc))
  return doc
}
