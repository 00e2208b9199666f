import type { Access } from 'payload'

import { canEditLocale } from './canEditLocale'
import { hasRole, type PortalUser } from './roles'

/**
 * An interface-string override may be written by editors and admins in any language, by a translator
 * only in their own languages (never Swedish): the same rule as localized content.
 */
export const canCreateInterfaceString: Access = ({ req, data }) => canEditLocale(req.user, (data as { locale?: unknown } | undefined)?.locale)

/**
 * Changing or deleting an override: a translator reaches only the overrides of their languages, and
 * may not move one into a language that is not theirs.
 */
export const interfaceStringsOfOwnLanguages: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'translator')) return false
  const target = (data as { locale?: unknown } | undefined)?.locale
  if (target !== undefined && !canEditLocale(req.user, target)) return false
  const own = ((req.user as PortalUser).languages ?? []).filter((l) => canEditLocale(req.user, l))
  return own.length ? { locale: { in: own } } : false
}
