import type { CollectionConfig, Validate } from 'payload'

import { isSignedIn } from '@/access/isSignedIn'
import { canCreateInterfaceString, interfaceStringsOfOwnLanguages } from '@/access/interfaceStrings'
import { adminT } from '@/i18n/adminText'
import { locales } from '@/i18n/locales'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/revalidate'
import { interfaceStringsSlug, overrideProblem, swedishStrings } from '@/translations/interfaceStrings'

const validKey: Validate<string | null | undefined> = (value, { req }) =>
  value && swedishStrings().has(value) ? true : adminT(req.t)('custom:interfaceStrings:unknownKey', { key: value ?? '' })

/** Longer than any interface string needs to be; bounds the parse of what a caller sends. */
const maxLength = 2000

/** The override must parse as ICU MessageFormat with the Swedish string's placeholders (src/translations/interfaceStrings.ts). */
const validMessage: Validate<string | null | undefined> = (value, { req, siblingData }) => {
  if ((value ?? '').length > maxLength) return adminT(req.t)('custom:interfaceStrings:tooLong', { max: maxLength })
  const key = (siblingData as { key?: unknown }).key
  // An unknown key is the key field's error; say it once.
  if (typeof key !== 'string' || !swedishStrings().has(key)) return true
  const found = overrideProblem(key, value ?? '')
  if (!found) return true
  const { problem, ...vars } = found
  return adminT(req.t)(`custom:interfaceStrings:${problem}`, vars)
}

/**
 * Corrections of the public site's interface strings (`messages/<locale>.json`) made in the admin:
 * one row per language and key; it wins over the file (src/i18n/request.ts). Not localized: each row
 * names its language, so access can tell a translator's own rows from the others.
 */
export const InterfaceStrings: CollectionConfig = {
  slug: interfaceStringsSlug,
  labels: {
    singular: ({ t }) => adminT(t)('custom:interfaceStrings:singular'),
    plural: ({ t }) => adminT(t)('custom:interfaceStrings:plural'),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'locale', 'value', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
    description: ({ t }) => adminT(t)('custom:interfaceStrings:description'),
  },
  access: {
    read: isSignedIn,
    create: canCreateInterfaceString,
    update: interfaceStringsOfOwnLanguages,
    delete: interfaceStringsOfOwnLanguages,
  },
  indexes: [{ fields: ['locale', 'key'], unique: true }],
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  fields: [
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.code})` })),
      label: ({ t }) => adminT(t)('custom:interfaceStrings:locale'),
    },
    {
      name: 'key',
      type: 'text',
      required: true,
      validate: validKey,
      label: ({ t }) => adminT(t)('custom:interfaceStrings:key'),
      admin: { description: ({ t }) => adminT(t)('custom:interfaceStrings:keyHelp') },
    },
    {
      name: 'value',
      type: 'textarea',
      required: true,
      validate: validMessage,
      label: ({ t }) => adminT(t)('custom:interfaceStrings:value'),
      admin: { description: ({ t }) => adminT(t)('custom:interfaceStrings:valueHelp') },
    },
  ],
}
