import type { Access } from 'payload'

import { translatorPublishesInLocale } from './canEditLocale'
import { hasRole } from './roles'

/** Admins and editors: they own the content in every language. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Editors own the settings; a translator changes their texts (footer) in a language they publish. */
export const isEditorOrTranslates: Access = ({ req }) => hasRole(req.user, 'admin', 'editor') || translatorPublishesInLocale(req.user, req.locale)
