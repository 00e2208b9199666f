import type { Access } from 'payload'

import { roleOf } from './roles'

/** Staff read drafts; everyone else reads published documents only (REST, GraphQL and the site). */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (roleOf(req.user) !== undefined) return true
  return { _status: { equals: 'published' } }
}
