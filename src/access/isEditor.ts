import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and editors: they own the content in every language. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
