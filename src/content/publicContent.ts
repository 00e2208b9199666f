import type { CollectionConfig } from 'payload'

import { canUpdateInLocale } from '@/access/canEditLocale'
import { isEditor } from '@/access/isEditor'
import { publishedOrSignedIn } from '@/access/publishedOrSignedIn'
import { indexAfterChange, unindexAfterDelete } from '@/search/indexer'
import { translatorsPublishOnlyTheirLanguages } from '@/translations/publishing'
import { dropStatusAfterDelete, syncStatusAfterChange } from '@/translations/sync'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/revalidate'

import { lockOnUpdate } from './lockOnUpdate'

/**
 * What the public collections (topics, support services, brochures) share: readers see published
 * documents only; editors own them; translators change their own languages; every change reaches
 * the search index, the translation status and the public pages' cache; two saves of one document at
 * once never undo each other.
 */
export const publicContentAccess: CollectionConfig['access'] = {
  read: publishedOrSignedIn,
  create: isEditor,
  update: canUpdateInLocale,
  delete: isEditor,
}

export const publicContentHooks = {
  beforeOperation: [lockOnUpdate, translatorsPublishOnlyTheirLanguages],
  afterChange: [indexAfterChange, syncStatusAfterChange, revalidateAfterChange],
  afterDelete: [unindexAfterDelete, dropStatusAfterDelete, revalidateAfterDelete],
} satisfies CollectionConfig['hooks']
