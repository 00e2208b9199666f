import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { hasRole, type PortalUser } from '@/access/roles'

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

/** A translator publishes one of their own languages at a time, and only when an admin let them. */
export function translatorMayPublish(user: unknown, locale: unknown): boolean {
  const u = user as PortalUser | null | undefined
  return hasRole(u, 'translator') && Boolean(u?.mayPublish) && typeof locale === 'string' && (u?.languages ?? []).includes(locale as never)
}
