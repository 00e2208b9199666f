import type { Access } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

import { mayPublishInLocale } from './canPublish'
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

/**
 * Update access for localized content: editors everywhere, translators in their own languages.
 * Writing the live version (`_status: 'published'`) also needs the right to publish that language:
 * Payload asks exactly this to decide whether to show the publish and schedule buttons, so a
 * translator without "may publish" never sees them (the operation itself is checked again in
 * src/translations/publishing/rules.ts).
 */
export const canUpdateInLocale: Access = ({ req, data }) =>
  canEditLocale(req.user, req.locale) && ((data as { _status?: unknown } | undefined)?._status !== 'published' || mayPublishInLocale(req.user, req.locale))

/**
 * Campaign banners and the globals keep no drafts: a translator's save is what readers see at once.
 * So a translator saves them only in a language they hold and may publish (the rule topics follow
 * for "Publish in <language>"); every other field stays closed to them (src/access/sharedFields.ts).
 */
export function translatorPublishesInLocale(user: unknown, locale: unknown): boolean {
  return hasRole(user, 'translator') && canEditLocale(user, locale) && mayPublishInLocale(user, locale)
}
