/**
 * What the public pages read about topics, cached under the topics' tags. Documents are fetched
 * with all their locales at once, so one cached read serves every language and the fallback to
 * Swedish is decided per field. A topic's page reads only its own document, the addresses of all
 * topics and the list of its focus area, so a save of another topic leaves it as it is.
 */
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { availableIn, findBySlug, type AllLocales } from '@/content/localized'
import type { FocusArea, Reader, Variant } from '@/content/taxonomy'
import { localeCodes, type Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'
import type { SupportServiceCard } from '@/supportServices/queries'

export interface VariantTexts {
  title?: AllLocales<string>
  summary?: AllLocales<string>
  body?: AllLocales<unknown>
}

export interface TopicSummary {
  id: number
  slug: AllLocales<string>
  focusArea: FocusArea
  readers: Reader[]
  order: number
  lastReviewed?: string | null
  updatedAt: string
  adult: VariantTexts
  child: VariantTexts
}

export interface TopicImage {
  id: number
  alt?: AllLocales<string>
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null }>
}

export interface TopicDoc extends TopicSummary {
  supportServices: SupportServiceCard[]
  image?: TopicImage | number | null
}

/** What a page needs to find a topic by its address or link to it: its slugs and the languages of each version. */
export interface TopicLink {
  id: number
  slug: AllLocales<string>
  versions: Record<Variant, Locale[]>
}

const published = { _status: { equals: 'published' } } as const

async function findSummaries(where: Where): Promise<TopicSummary[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    locale: 'all' as Locale,
    where: { and: [published, where] },
    depth: 0,
    pagination: false,
    sort: 'order',
    select: { slug: true, focusArea: true, readers: true, order: true, lastReviewed: true, updatedAt: true, adult: { title: true, summary: true }, child: { title: true, summary: true } },
  })
  return docs as unknown as TopicSummary[]
}

/** Every published topic's titles, summaries and slugs in every language (no bodies). */
export const listTopics = unstable_cache(() => findSummaries({}), ['topics:list'], { tags: [tags.collection('topics')] })

/** The published topics of one focus area, as listTopics gives them. */
export const listTopicsInArea = (area: FocusArea) =>
  unstable_cache(() => findSummaries({ focusArea: { equals: area } }), ['topics:area', area], { tags: [tags.topicArea(area)] })()

/** Every published topic's slugs and versions: titles change often, addresses seldom. */
export const listTopicLinks = unstable_cache(
  async (): Promise<TopicLink[]> =>
    (await findSummaries({})).map((t) => ({
      id: t.id,
      slug: t.slug,
      versions: { adult: availableIn(t.adult?.title, localeCodes), child: availableIn(t.child?.title, localeCodes) },
    })),
  ['topics:links'],
  { tags: [tags.topicLinks] },
)

/** One published topic with its bodies and support services, in every language. */
export const getTopic = (id: number) =>
  unstable_cache(
    async (): Promise<TopicDoc | null> => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'topics',
        locale: 'all' as Locale,
        where: { and: [published, { id: { equals: id } }] },
        depth: 1,
        limit: 1,
      })
      return (docs[0] as unknown as TopicDoc) ?? null
    },
    ['topics:one', String(id)],
    { tags: [tags.doc('topics', id), tags.collection('supportServices'), tags.collection('media')] },
  )()

/** The topic a slug names, in this language or another (the page then redirects to its own slug). */
export async function findTopicBySlug(slug: string, locale: Locale): Promise<TopicLink | undefined> {
  return findBySlug(await listTopicLinks(), slug, locale)
}

export function hasVariant(topic: TopicSummary, variant: Variant): boolean {
  const title = topic[variant]?.title
  return Boolean(title && Object.values(title).some((v) => typeof v === 'string' && v.trim() !== ''))
}
