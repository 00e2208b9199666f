import type { CollectionConfig } from 'payload'

import { canPlanCampaigns, canPlanOrTranslate, staffOnly } from '../access'
import { notTranslator } from '@/access/sharedFields'
import { campaignEndpoints } from '../endpoints'
import { zone } from '../schedule'
import { campaignStatuses, channels, focusAreas, options, targetGroups, variants } from '@/content/taxonomy'
import { locales } from '@/i18n/locales'
import { reviewField } from '@/translations/reviewField'
import { dropStatusAfterDelete, syncStatusAfterChange } from '@/translations/sync'
import { translatableField } from '@/translations/translatable'

import { checkSchedule } from './hooks/checkSchedule'
import { revalidateCampaigns } from './hooks/revalidateCampaigns'

const malmoTime = { defaultTimezone: zone, supportedTimezones: [{ label: 'Stockholm', value: zone }], required: true }
const https = /^https:\/\/[^\s]+$/

/**
 * A communication campaign on the årshjul. The plan is for staff; the public site only ever shows
 * a live campaign's banner (read server-side, banner fields only).
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { sv: 'Kampanj', en: 'Campaign' }, plural: { sv: 'Kampanjer', en: 'Campaigns' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'endsAt', 'status', 'owner'],
    group: { sv: 'Kommunikation', en: 'Communication' },
    description: { sv: 'Se alla kampanjer på årshjulet: /admin/wheel', en: 'See every campaign on the annual wheel: /admin/wheel' },
  },
  access: {
    read: staffOnly,
    create: canPlanCampaigns,
    update: canPlanOrTranslate,
    delete: canPlanCampaigns,
  },
  hooks: { beforeValidate: [checkSchedule], afterChange: [syncStatusAfterChange, revalidateCampaigns], afterDelete: [dropStatusAfterDelete, revalidateCampaigns] },
  endpoints: campaignEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { sv: 'Namn', en: 'Title' } },
    { name: 'purpose', type: 'textarea', label: { sv: 'Syfte', en: 'Purpose' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'idea',
      options: options(campaignStatuses),
      label: { sv: 'Status', en: 'Status' },
      admin: {
        position: 'sidebar',
        description: { sv: 'Planerade kampanjer går live av sig själva. Idéer och inställda gör det aldrig.', en: 'Planned campaigns go live by themselves. Ideas and cancelled ones never do.' },
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      label: { sv: 'Ansvarig', en: 'Owner' },
      defaultValue: ({ user }) => user?.id,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, timezone: malmoTime, label: { sv: 'Start', en: 'Start' }, admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'yyyy-MM-dd HH:mm' } } },
        { name: 'endsAt', type: 'date', required: true, timezone: malmoTime, label: { sv: 'Slut', en: 'End' }, admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'yyyy-MM-dd HH:mm' } } },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: true,
      label: { sv: 'Hela dagar (från startdagens början till slutdagens slut)', en: 'Whole days (from the start day’s beginning to the end day’s end)' },
    },
    {
      name: 'recurrence',
      type: 'select',
      required: true,
      defaultValue: 'none',
      label: { sv: 'Återkommer', en: 'Recurrence' },
      options: [
        { value: 'none', label: { sv: 'Nej, en gång', en: 'No, once' } },
        { value: 'yearly', label: { sv: 'Varje år samma datum', en: 'Every year on the same dates' } },
        { value: 'weekOf', label: { sv: 'Varje år veckan med startdatumet (t.ex. veckan med 25 november)', en: 'Every year the week of the start date (e.g. the week of 25 November)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'focusAreas', type: 'select', hasMany: true, required: true, options: options(focusAreas), label: { sv: 'Fokusområden', en: 'Focus areas' } },
        { name: 'targetGroups', type: 'select', hasMany: true, required: true, options: options(targetGroups), label: { sv: 'Målgrupper', en: 'Target groups' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'variant', type: 'select', required: true, defaultValue: 'adult', options: options(variants), label: { sv: 'Sidor för', en: 'Pages for' } },
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['sv'],
          options: locales.map((l) => ({ value: l.code, label: `${l.nativeName} (${l.code})` })),
          label: { sv: 'Språk', en: 'Languages' },
        },
      ],
    },
    { name: 'channels', type: 'select', hasMany: true, required: true, options: options(channels), label: { sv: 'Kanaler', en: 'Channels' } },
    {
      type: 'row',
      fields: [
        { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: { sv: 'Ämnen (lyfts fram på startsidan)', en: 'Topics (featured on the home page)' } },
        { name: 'brochures', type: 'relationship', relationTo: 'brochures', hasMany: true, label: { sv: 'Broschyrer', en: 'Brochures' } },
        { name: 'supportServices', type: 'relationship', relationTo: 'supportServices', hasMany: true, label: { sv: 'Stödverksamheter', en: 'Support services' } },
      ],
    },
    {
      name: 'banner',
      type: 'group',
      label: { sv: 'Webbanner', en: 'Web banner' },
      admin: {
        condition: (data) => Array.isArray(data?.channels) && data.channels.includes('web-banner'),
        description: {
          sv: 'Visas överst på de publika sidorna för kampanjens språk och målgrupp medan kampanjen pågår. Språk utan egen text visar den svenska.',
          en: 'Shown at the top of the public pages in the campaign’s languages and audience while it runs. Languages without their own text show the Swedish.',
        },
      },
      fields: [
        translatableField('campaigns', 'banner.text'),
        { name: 'topic', type: 'relationship', relationTo: 'topics', label: { sv: 'Länk till ämne', en: 'Link to a topic' } },
        {
          name: 'url',
          type: 'text',
          localized: true,
          // Per language, but an address, not a text to translate: planners only.
          access: { update: notTranslator },
          label: { sv: 'Eller extern länk (https://…)', en: 'Or an external link (https://…)' },
          validate: (value: unknown) =>
            value == null || value === '' || (typeof value === 'string' && https.test(value)) ? true : 'https://…',
        },
        { name: 'priority', type: 'number', defaultValue: 0, min: 0, max: 100, label: { sv: 'Prioritet (högst visas först)', en: 'Priority (highest shows first)' } },
        reviewField('review'),
      ],
    },
  ],
}
