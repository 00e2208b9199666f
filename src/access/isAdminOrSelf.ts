import type { Access } from 'payload'

import { hasRole, roleOf } from './roles'

/** Admins see and change every account; other staff only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (roleOf(req.user) === undefined || !req.user) return false
  return { id: { equals: req.user.id } }
}
