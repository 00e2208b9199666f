import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { translatorMayPublish } from '@/access/canPublish'
import { hasRole } from '@/access/roles'

/**
 * Translators save drafts. Writing the live document (publishing, or saving without `draft`) is
 * allowed only when an admin has let them publish, and only one of their own languages at a time
 * (Payload's `publishSpecificLocale`), so that nobody else's unpublished changes go live with it.
 * Restoring a version would rewrite every language, so translators never do it.
 */
export const translatorsPublishOnlyTheirLanguages: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!hasRole(req.user, 'translator') || (args as { overrideAccess?: boolean }).overrideAccess === true) return args
  if (operation === 'restoreVersion') throw new Forbidden(req.t)
  if (operation !== 'update') return args
  const a = args as { draft?: boolean | string; data?: { _status?: string }; publishSpecificLocale?: string; publishAllLocales?: unknown; unpublishAllLocales?: unknown }
  const draft = a.draft === true || a.draft === 'true'
  const live = !draft || a.data?._status === 'published' || Boolean(a.publishAllLocales) || Boolean(a.unpublishAllLocales)
  if (!live) return args
  if (!translatorMayPublish(req.user, a.publishSpecificLocale) || a.publishAllLocales || a.unpublishAllLocales) throw new Forbidden(req.t)
  return args
}
