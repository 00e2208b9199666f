import type { Access } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

import { hasRole, type PortalUser } from './roles'

/**
 * May this user change content in this locale? Editors and admins: any. Translators: only their
 * assigned target languages, never the Swedish source, never "all" locales at once.
 */
export function canEditLocale(user: unknown, locale: unknown): boolean {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'translator')) return false
  if (!isLocale(locale) || locale === defaultLocale) return false
  return ((user as PortalUser).languages ?? []).includes(locale)
}

/** Update access for localized content: editors everywhere, translators in their own languages. */
export const canUpdateInLocale: Access = ({ req }) => canEditLocale(req.user, req.locale)
