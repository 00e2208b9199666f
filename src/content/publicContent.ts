import type { CollectionConfig } from 'payload'

import { canUpdateInLocale } from '@/access/canEditLocale'
import { isEditor } from '@/access/isEditor'
import { publishedOrSignedIn } from '@/access/publishedOrSignedIn'
import { indexAfterChange, unindexAfterDelete } from '@/search/indexer'
import { publishOnlyTheChosenLanguage, translatorsPublishOnlyTheirLanguages } from '@/translations/publishing/rules'
import { swedishTitleWhenUntitled } from '@/translations/sideBySide'
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
  // The translators' rule first: they must name their language; then an unnamed publish is the request's language.
  beforeOperation: [lockOnUpdate, translatorsPublishOnlyTheirLanguages, publishOnlyTheChosenLanguage],
  afterChange: [indexAfterChange, syncStatusAfterChange, revalidateAfterChange],
  afterDelete: [unindexAfterDelete, dropStatusAfterDelete, revalidateAfterDelete],
} satisfies CollectionConfig['hooks']

/**
 * Their edit view: headed by the Swedish title when untitled, and published per language through
 * the publish dialog (src/translations/publishing/PublishControl.tsx).
 */
export const publicContentComponents = {
  edit: { ...swedishTitleWhenUntitled.edit, PublishButton: '@/translations/publishing/PublishControl#PublishControl' },
}
