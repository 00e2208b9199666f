import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '@/content/slugify'
import { defaultLocale } from '@/i18n/locales'

/**
 * A film has one address segment in every language, made from its Swedish title unless an editor
 * wrote one. Only a Swedish save knows the Swedish title.
 */
export const setSlug: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data) return data
  const given = typeof data.slug === 'string' ? slugify(data.slug) : ''
  if (given) return { ...data, slug: given }
  const inSwedish = !req.locale || req.locale === defaultLocale
  const title = inSwedish && typeof data.title === 'string' ? slugify(data.title) : ''
  return title ? { ...data, slug: title } : data
}
