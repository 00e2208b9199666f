import type { Locale } from '@/i18n/locales'

/** The portal's roles. Editors own content; translators their target languages; communicators campaigns. */
export const roles = ['admin', 'editor', 'translator', 'communicator'] as const
export type Role = (typeof roles)[number]

/** The fields of a signed-in user that access rules read. */
export interface PortalUser {
  id: number | string
  role?: Role | null
  languages?: Locale[] | null
  mayPublish?: boolean | null
  collection?: string
}

export function roleOf(user: unknown): Role | undefined {
  const role = (user as PortalUser | null | undefined)?.role
  return role && (roles as readonly string[]).includes(role) ? role : undefined
}

export function hasRole(user: unknown, ...allowed: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}
