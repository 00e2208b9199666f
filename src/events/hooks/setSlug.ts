import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '@/content/slugify'

import { malmoDay } from '../time'

/**
 * An event's address is one for every language: its Malmö start day and its Swedish title
 * (`2026-12-03-vald-i-nara-relationer`), made once and kept, unless a planner writes one.
 */
export const setSlug: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const given = typeof data.slug === 'string' ? slugify(data.slug) : ''
  if (given) return { ...data, slug: given }
  if (originalDoc?.slug) return data
  const title = typeof data.title === 'string' && (req.locale === 'sv' || !req.locale) ? slugify(data.title) : ''
  const start = data.startsAt ? malmoDay(new Date(data.startsAt)) : ''
  return title && start ? { ...data, slug: `${start}-${title}` } : data
}
