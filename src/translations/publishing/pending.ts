import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { mayPublishInLocale } from '@/access/canPublish'
import { locales, type Locale } from '@/i18n/locales'

/** A language whose draft differs from what readers see, and whether its draft was approved. */
export interface PendingLanguage {
  code: Locale
  reviewed: boolean
  /** The user may publish it (editors: every language; translators: theirs, when let). */
  mayPublish: boolean
}

/** The collections whose documents keep drafts and are published per language. */
export const publishedPerLanguage = ['topics', 'supportServices', 'brochures', 'events', 'films'] as const
export type PublishedPerLanguage = (typeof publishedPerLanguage)[number]
export const isPublishedPerLanguage = (slug: unknown): slug is PublishedPerLanguage => (publishedPerLanguage as readonly unknown[]).includes(slug)

type Data = Record<string, unknown> | undefined
const reviewFieldNames = new Set(['review', 'translationReview'])

/**
 * One language's values of a document read with `locale: 'all'`: what publishing that language
 * (Payload's `publishSpecificLocale`) takes from the draft. Shared fields are left out: they are
 * published with any language. Review marks are collected into `reviews`.
 */
export function languageSlice(fields: FlattenedField[], data: Data, locale: string, reviews: unknown[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = data?.[field.name]
    if (field.localized) {
      const own = (value as Data)?.[locale] ?? null
      out[field.name] = own
      if (reviewFieldNames.has(field.name) && own !== null) reviews.push(own)
    } else if (field.type === 'group' || field.type === 'tab') {
      out[field.name] = languageSlice(field.flattenedFields, value as Data, locale, reviews)
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row: Data) => languageSlice(field.flattenedFields, row, locale, reviews))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      out[field.name] = value.map((row: Data) => {
        const block = field.blocks.find((b) => b.slug === row?.blockType)
        return block ? languageSlice(block.flattenedFields, row, locale, reviews) : null
      })
    }
  }
  return out
}

/**
 * The languages whose latest draft would change what readers see if published: the publish dialog
 * lists them, so that an editor publishing Swedish sees a translator's pending Somali draft and
 * decides about it, instead of publishing it unawares (or never learning it is there).
 */
export async function pendingLanguages(req: PayloadRequest, collection: PublishedPerLanguage, id: number): Promise<PendingLanguage[]> {
  const read = { collection: collection as CollectionSlug, id, locale: 'all' as never, depth: 0, overrideAccess: false, user: req.user, req }
  const draft = (await req.payload.findByID({ ...read, draft: true })) as unknown as Data
  const live = (await req.payload.findByID({ ...read, draft: false })) as unknown as Data
  const fields = req.payload.collections[collection].config.flattenedFields
  const everPublished = live?._status === 'published'
  const pending: PendingLanguage[] = []
  for (const { code } of locales) {
    const reviews: unknown[] = []
    const mine = JSON.stringify(languageSlice(fields, draft, code, reviews))
    const theirs = JSON.stringify(languageSlice(fields, everPublished ? live : undefined, code))
    if (mine === theirs) continue
    pending.push({ code, reviewed: reviews.length > 0 && reviews.every((r) => r === 'approved'), mayPublish: mayPublishInLocale(req.user, code) })
  }
  return pending
}
