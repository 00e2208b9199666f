import type { CollectionConfig } from 'payload'

import { lockOnUpdate } from '@/content/lockOnUpdate'
import { publicContentComponents } from '@/content/publicContent'
import { focusAreas, options } from '@/content/taxonomy'
import { locales } from '@/i18n/locales'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/revalidate'
import { publishOnlyTheChosenLanguage, translatorsPublishOnlyTheirLanguages } from '@/translations/publishing/rules'
import { reviewField } from '@/translations/reviewField'
import { dropStatusAfterDelete, syncStatusAfterChange } from '@/translations/sync'
import { translatableField } from '@/translations/translatable'

import { canPlanEvents, canUpdateEvent, readEvents } from './access'
import { setSlug } from './hooks/setSlug'
import { audiences, signUpMethods, zone } from './vocabulary'

const malmoTime = { defaultTimezone: zone, supportedTimezones: [{ label: 'Stockholm', value: zone }], required: true }
const dateAdmin = { date: { pickerAppearance: 'dayAndTime' as const, timeFormat: 'HH:mm', displayFormat: 'yyyy-MM-dd HH:mm' } }
const https = /^https:\/\/[^\s]+$/
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const phone = /^[0-9 +\-]{3,20}$/
const optional = (test: RegExp, message: string) => (value: unknown) => value == null || value === '' || (typeof value === 'string' && test.test(value)) || message

/**
 * A dated activity of the plan (a lecture at a meeting place, an open house), of a campaign or on its
 * own. Readers see it at /{locale}/evenemang once it is published and switched public.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { sv: 'Evenemang', en: 'Event' }, plural: { sv: 'Evenemang', en: 'Events' } },
  admin: {
    useAsTitle: 'title',
    components: publicContentComponents,
    defaultColumns: ['title', 'startsAt', 'venueName', 'public', 'cancelled', '_status'],
    group: { sv: 'Kommunikation', en: 'Communication' },
  },
  access: { read: readEvents, create: canPlanEvents, update: canUpdateEvent, delete: canPlanEvents },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [lockOnUpdate, translatorsPublishOnlyTheirLanguages, publishOnlyTheChosenLanguage],
    beforeValidate: [setSlug],
    afterChange: [syncStatusAfterChange, revalidateAfterChange],
    afterDelete: [dropStatusAfterDelete, revalidateAfterDelete],
  },
  fields: [
    translatableField('events', 'title'),
    translatableField('events', 'description'),
    translatableField('events', 'practical'),
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, timezone: malmoTime, label: { sv: 'Börjar', en: 'Starts' }, admin: dateAdmin },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          timezone: malmoTime,
          label: { sv: 'Slutar', en: 'Ends' },
          admin: dateAdmin,
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: unknown } }) =>
            !value || !siblingData?.startsAt || new Date(value as string) > new Date(siblingData.startsAt as string) || 'Ends after it starts.',
        },
      ],
    },
    {
      name: 'place',
      type: 'group',
      label: { sv: 'Plats', en: 'Place' },
      admin: {
        description: {
          sv: 'En offentlig lokal: en träffpunkt, ett bibliotek, en medborgarlokal. Skriv aldrig en skyddad adress (skyddat boende, en persons hem): allt här visas för alla.',
          en: 'A public venue: a meeting place, a library, a community hall. Never write a protected address (a shelter, someone’s home): everything here is shown to everyone.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'venueName', type: 'text', required: true, label: { sv: 'Lokalens namn', en: 'Venue name' } },
            { name: 'address', type: 'text', required: true, label: { sv: 'Adress (offentlig lokal)', en: 'Address (public venue)' } },
          ],
        },
        translatableField('events', 'place.directions'),
        translatableField('events', 'place.accessibility'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['sv'],
          options: locales.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.code})` })),
          label: { sv: 'Språk som talas', en: 'Languages spoken' },
        },
        { name: 'interpreter', type: 'checkbox', label: { sv: 'Tolk kan bokas', en: 'An interpreter can be booked' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'audiences', type: 'select', hasMany: true, required: true, options: options(audiences), label: { sv: 'För vem', en: 'Audience' } },
        { name: 'focusAreas', type: 'select', hasMany: true, options: options(focusAreas), label: { sv: 'Fokusområden', en: 'Focus areas' } },
      ],
    },
    { name: 'free', type: 'checkbox', defaultValue: true, label: { sv: 'Kostnadsfritt', en: 'Free of charge' } },
    {
      name: 'signUp',
      type: 'group',
      label: { sv: 'Anmälan', en: 'Sign-up' },
      fields: [
        { name: 'method', type: 'select', required: true, defaultValue: 'none', options: options(signUpMethods), label: { sv: 'Hur', en: 'How' } },
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' }, admin: { condition: (_, s) => s?.method === 'phone' }, validate: optional(phone, 'Only digits, spaces, + and -.') },
        { name: 'email', type: 'text', label: { sv: 'E-post', en: 'E-mail' }, admin: { condition: (_, s) => s?.method === 'email' }, validate: optional(email, 'An e-mail address.') },
        { name: 'url', type: 'text', label: { sv: 'Länk (https://…)', en: 'Link (https://…)' }, admin: { condition: (_, s) => s?.method === 'link' }, validate: optional(https, 'https://…') },
      ],
    },
    { name: 'organiser', type: 'text', required: true, label: { sv: 'Arrangör', en: 'Organiser' } },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: 'campaigns',
      label: { sv: 'Kampanj', en: 'Campaign' },
      admin: { position: 'sidebar', description: { sv: 'Tomt om evenemanget står för sig självt.', en: 'Empty when the event stands alone.' } },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: { sv: 'Visas på webbplatsen', en: 'Shown on the site' },
      admin: { position: 'sidebar', description: { sv: 'Av: bara personalen ser evenemanget, också när det är publicerat.', en: 'Off: only staff see the event, also when it is published.' } },
    },
    {
      name: 'cancelled',
      type: 'checkbox',
      defaultValue: false,
      label: { sv: 'Inställt', en: 'Cancelled' },
      admin: { position: 'sidebar', description: { sv: 'Sidan finns kvar och säger tydligt att evenemanget är inställt.', en: 'The page stays and says clearly that the event is cancelled.' } },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: { sv: 'Adress (slug)', en: 'URL segment (slug)' },
      admin: { position: 'sidebar', description: { sv: 'Skapas av startdagen och den svenska rubriken om fältet är tomt.', en: 'Made from the start day and the Swedish title when empty.' } },
    },
    reviewField('translationReview', { sidebar: true }),
    // Its page's views in the weeks up to it, for planners (src/reach/admin).
    { name: 'reach', type: 'ui', admin: { components: { Field: '@/reach/admin/CampaignReach#EventReach' } } },
  ],
}
