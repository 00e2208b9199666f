import { hasRole, type PortalUser } from './roles'

/** A translator publishes one of their own languages at a time, and only when an admin let them. */
export function translatorMayPublish(user: unknown, locale: unknown): boolean {
  const u = user as PortalUser | null | undefined
  return hasRole(u, 'translator') && Boolean(u?.mayPublish) && typeof locale === 'string' && (u?.languages ?? []).includes(locale as never)
}

/** May this user make this language live? Editors and admins: any; translators: see above. */
export function mayPublishInLocale(user: unknown, locale: unknown): boolean {
  return hasRole(user, 'admin', 'editor') || translatorMayPublish(user, locale)
}
