import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { expire, tags } from './cache'

/** After any change to a public collection: refresh the pages that show it, in every locale. */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc }) => {
  expire(tags.collection(collection.slug), tags.doc(collection.slug, doc.id))
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  expire(tags.collection(collection.slug), tags.doc(collection.slug, doc.id))
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ global, doc }) => {
  expire(tags.global(global.slug))
  return doc
}
