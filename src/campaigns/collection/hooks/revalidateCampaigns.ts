import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expire, tags } from '@/site/cache'

/** Any change to a campaign may change the banners and featured topics of the public pages. */
export const revalidateCampaigns: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  expire(tags.collection('campaigns'))
  return doc
}
