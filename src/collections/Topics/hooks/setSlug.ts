import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '@/content/slugify'

/** A topic's slug in each language is made from its title there, unless an editor wrote one. */
export const setSlug: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const given = typeof data.slug === 'string' ? slugify(data.slug) : ''
  const title = data.adult?.title
  const slug = given || (typeof title === 'string' ? slugify(title) : '')
  return slug ? { ...data, slug } : data
}
