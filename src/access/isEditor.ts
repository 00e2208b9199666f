import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Admins and editors: they own the content in every language. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Field access for fields shared by all languages: only editors set them (never translators). */
export const sharedFieldAccess = { create: isEditorField, update: isEditorField }
