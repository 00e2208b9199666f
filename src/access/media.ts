import type { Access } from 'payload'

import { translatorPublishesInLocale } from './canEditLocale'
import { hasRole } from './roles'

/**
 * New files: editors, and communicators for their campaigns' material. A new file changes nothing
 * anyone else uses.
 */
export const canUploadMedia: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'communicator')

/**
 * A file is shared by every language and every page that shows it: only editors replace, re-crop or
 * refocus it. Translators write the alt text and title of their own languages, and only where they
 * may publish: a file keeps no drafts, so their save is what readers get at once (the file's other
 * fields are closed to them with every shared field, src/access/sharedFields.ts). Communicators
 * change no existing file: nothing in a campaign points to one.
 */
export const canChangeMedia: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  // Payload deletes the old file before field access runs, so a new file must be refused here.
  if (req.file || req.query?.uploadEdits) return false
  return translatorPublishesInLocale(req.user, req.locale)
}

/**
 * Every reader may read every file, but only the files of a media document (or its sizes): with
 * `true` Payload would serve whatever the folder or bucket holds under the requested name. A
 * condition makes it look the file up first.
 */
export const canReadMedia: Access = ({ isReadingStaticFile }) => (isReadingStaticFile ? { id: { exists: true } } : true)
