import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isSignedIn } from '@/access/isSignedIn'
import { roles, type Role } from '@/access/roles'
import { locales, targetLocales } from '@/i18n/locales'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

const roleLabels: Record<Role, { sv: string; en: string }> = {
  admin: { sv: 'Administratör', en: 'Administrator' },
  editor: { sv: 'Redaktör', en: 'Editor' },
  translator: { sv: 'Översättare', en: 'Translator' },
  communicator: { sv: 'Kommunikatör', en: 'Communicator' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { sv: 'Användare', en: 'User' }, plural: { sv: 'Användare', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'languages'], group: { sv: 'Admin', en: 'Admin' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Strict' },
  },
  access: {
    admin: isSignedIn,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { sv: 'Namn', en: 'Name' },
      admin: {
        description: {
          sv: 'Visas som ansvarig för kampanjer, på årshjulet och i kalenderflödet. E-postadressen visas inte där.',
          en: 'Shown as the owner of campaigns, on the annual wheel and in the calendar feed. The e-mail address is not shown there.',
        },
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      label: { sv: 'Roll', en: 'Role' },
      options: roles.map((r) => ({ value: r, label: roleLabels[r] })),
      // Nobody may raise their own role: only admins set roles.
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: { sv: 'Språk att översätta', en: 'Languages to translate' },
      options: locales
        .filter((l) => (targetLocales as string[]).includes(l.code))
        .map((l) => ({ value: l.code, label: `${l.nativeName} (${l.code})` })),
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: (data) => data?.role === 'translator' },
      saveToJWT: true,
    },
    {
      name: 'mayPublish',
      type: 'checkbox',
      defaultValue: false,
      label: { sv: 'Får publicera sina språk', en: 'May publish their languages' },
      admin: {
        condition: (data) => data?.role === 'translator',
        description: {
          sv: 'Annars sparar översättaren utkast som en redaktör publicerar.',
          en: 'Otherwise the translator saves drafts that an editor publishes.',
        },
      },
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      // SHA-256 of the user's calendar subscription token (src/campaigns/calendarToken.ts). Nobody
      // reads or sets it through the API; the token endpoints do, for the signed-in user only.
      name: 'calendarTokenHash',
      type: 'text',
      index: true,
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
