import type { Access, Where } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { mayPublishInLocale } from '@/access/canPublish'
import { hasRole, roleOf } from '@/access/roles'

/** Events belong to the campaign plan: communicators plan them, as editors and admins may. */
export const canPlanEvents: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'communicator')

/** What anyone may read: a published event that is switched public. Staff read every event and draft. */
export const publicEventsOnly: Where = { and: [{ _status: { equals: 'published' } }, { public: { equals: true } }] }

export const readEvents: Access = ({ req }) => (roleOf(req.user) !== undefined ? true : publicEventsOnly)

/**
 * Planners change events in every language and publish them. A translator changes their own
 * languages only (the shared fields stay closed to them, src/access/sharedFields.ts), and writes the
 * live version only where they may publish, as for topics.
 */
export const canUpdateEvent: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor', 'communicator')) return true
  const live = (data as { _status?: unknown } | undefined)?._status === 'published'
  return canEditLocale(req.user, req.locale) && (!live || mayPublishInLocale(req.user, req.locale))
}
