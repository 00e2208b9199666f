import type { CollectionConfig } from 'payload'

import { publicContentAccess, publicContentComponents, publicContentHooks } from '@/content/publicContent'
import { focusAreas, groups, options, readers } from '@/content/taxonomy'
import { labelFromIntl } from '@/i18n/labelLanguages'
import { locales } from '@/i18n/locales'
import { reviewField } from '@/translations/reviewField'
import { translatableField } from '@/translations/translatable'

import { forgetOpeningHoursAfterChange, forgetOpeningHoursAfterDelete } from './hooks/forgetOpeningHours'

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const time = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** The name of the weekday `index` (0 Monday) in `locale`, capitalized as a label. */
function weekdayName(locale: string, index: number): string {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)))
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

/**
 * A place to call, write or go to for support. It deliberately has no street-address field: the
 * address of a sheltered housing must never be published, so the model cannot hold one.
 */
export const SupportServices: CollectionConfig = {
  slug: 'supportServices',
  labels: { singular: { sv: 'Stödverksamhet', en: 'Support service' }, plural: { sv: 'Stöd och skydd', en: 'Support services' } },
  admin: {
    useAsTitle: 'name',
    components: publicContentComponents,
    defaultColumns: ['name', 'phone', 'scope', '_status'],
    group: { sv: 'Innehåll', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: true, maxPerDoc: 30 },
  hooks: {
    ...publicContentHooks,
    afterChange: [...publicContentHooks.afterChange, forgetOpeningHoursAfterChange],
    afterDelete: [...publicContentHooks.afterDelete, forgetOpeningHoursAfterDelete],
  },
  fields: [
    translatableField('supportServices', 'name'),
    translatableField('supportServices', 'description'),
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' }, validate: (v: unknown) => v == null || v === '' || /^[0-9 +\-]{3,20}$/.test(String(v)) || 'Only digits, spaces, + and -.' },
        { name: 'sms', type: 'text', label: { sv: 'Sms', en: 'Text message' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'website', type: 'text', label: { sv: 'Webbplats', en: 'Website' }, validate: (v: unknown) => v == null || v === '' || /^https:\/\/[^\s]+$/.test(String(v)) || 'An https:// address.' },
        { name: 'chatUrl', type: 'text', label: { sv: 'Chatt', en: 'Chat' }, validate: (v: unknown) => v == null || v === '' || /^https:\/\/[^\s]+$/.test(String(v)) || 'An https:// address.' },
      ],
    },
    translatableField('supportServices', 'hours'),
    { name: 'alwaysOpen', type: 'checkbox', label: { sv: 'Öppet dygnet runt', en: 'Open 24/7' } },
    {
      name: 'openOnHolidays',
      type: 'checkbox',
      label: { sv: 'Öppet även på helgdagar', en: 'Open on public holidays too' },
      admin: {
        condition: (data) => !data?.alwaysOpen,
        description: {
          sv: 'Annars räknas tiderna inte i ”öppet nu” på helgdagar, påskafton, midsommarafton, julafton och nyårsafton.',
          en: 'Otherwise its hours do not count for “open now” on Swedish public holidays, Easter Saturday, Midsummer Eve, Christmas Eve and New Year’s Eve.',
        },
      },
    },
    {
      name: 'openingHours',
      type: 'array',
      label: { sv: 'Öppettider', en: 'Opening hours' },
      labels: { singular: { sv: 'Öppettid', en: 'Opening time' }, plural: { sv: 'Öppettider', en: 'Opening hours' } },
      admin: { condition: (data) => !data?.alwaysOpen, description: { sv: 'Tider i svensk tid (Europe/Stockholm). En tid som stänger före eller när den öppnar räknas in i nästa dygn (22:00–02:00).', en: 'Times in Swedish time (Europe/Stockholm). Hours that close at or before they open run into the next day (22:00–02:00).' } },
      fields: [
        {
          name: 'days',
          type: 'select',
          hasMany: true,
          required: true,
          label: { sv: 'Dagar', en: 'Days' },
          options: weekdays.map((d, i) => ({ value: d, label: labelFromIntl((locale) => weekdayName(locale, i)) })),
        },
        { name: 'opens', type: 'text', required: true, label: { sv: 'Öppnar (TT:MM)', en: 'Opens (HH:MM)' }, validate: (v: unknown) => time.test(String(v ?? '')) || 'HH:MM' },
        { name: 'closes', type: 'text', required: true, label: { sv: 'Stänger (TT:MM)', en: 'Closes (HH:MM)' }, validate: (v: unknown) => time.test(String(v ?? '')) || 'HH:MM' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'free', type: 'checkbox', label: { sv: 'Kostnadsfritt', en: 'Free' } },
        { name: 'anonymous', type: 'checkbox', label: { sv: 'Du kan vara anonym', en: 'Can be anonymous' } },
        { name: 'notOnBill', type: 'checkbox', label: { sv: 'Syns inte på telefonräkningen', en: 'Not on the phone bill' } },
        { name: 'interpreters', type: 'checkbox', label: { sv: 'Tolk finns', en: 'Interpreters available' } },
      ],
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: { sv: 'Språk på portalen som de talar', en: 'Portal languages they speak' },
      // Each language by its own name, as on the public site's language picker.
      options: locales.map((l) => ({ value: l.code, label: l.nativeName })),
    },
    translatableField('supportServices', 'otherLanguages'),
    { name: 'readers', type: 'select', hasMany: true, options: options(readers), label: { sv: 'För vem', en: 'For whom' } },
    { name: 'groups', type: 'select', hasMany: true, options: options(groups), label: { sv: 'Särskilt för', en: 'Especially for' } },
    { name: 'focusAreas', type: 'select', hasMany: true, options: options(focusAreas), label: { sv: 'Handlar om', en: 'About' } },
    {
      name: 'scope',
      type: 'select',
      required: true,
      label: { sv: 'Var stödet gäller', en: 'Where it applies' },
      defaultValue: 'national',
      options: [
        { value: 'national', label: { sv: 'Nationellt', en: 'National' } },
        { value: 'malmo', label: { sv: 'Malmö', en: 'Malmö' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      label: { sv: 'Nyckel', en: 'Key' },
      admin: { position: 'sidebar', description: { sv: 'Id i helplines.json, för importen.', en: 'Id in helplines.json, for the import.' } },
    },
    {
      name: 'source',
      type: 'text',
      label: { sv: 'Källa för numret', en: 'Source of the number' },
      admin: { position: 'sidebar', description: { sv: 'Var numret lästes. Gissa aldrig ett nummer.', en: 'Where the number was read. Never guess a number.' } },
    },
    reviewField('translationReview', { sidebar: true }),
  ],
}
