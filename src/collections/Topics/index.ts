import type { CollectionConfig, Field } from 'payload'

import { publicContentAccess, publicContentComponents, publicContentHooks } from '@/content/publicContent'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/revalidate'
import { focusAreas, options, readers, variants } from '@/content/taxonomy'
import { scopeFields } from '@/translations/translatable'

import { rememberLiveTopic, revalidateDeletedTopic, revalidateTopic } from './hooks/revalidateTopic'
import { setSlug } from './hooks/setSlug'

/** One group of localized fields per audience variant (adult, child, later easy-read). */
const variantGroups: Field[] = variants.map((variant) => ({
  name: variant.value,
  type: 'group',
  label: variant.label,
  admin: {
    description:
      variant.value === 'adult'
        ? undefined
        : { sv: 'Lämna tomt om ämnet saknar en version för barn.', en: 'Leave empty when the topic has no version for children.' },
  },
  fields: scopeFields('topics', variant.value),
}))

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { sv: 'Ämne', en: 'Topic' }, plural: { sv: 'Ämnen', en: 'Topics' } },
  admin: {
    useAsTitle: 'title',
    components: publicContentComponents,
    defaultColumns: ['title', 'focusArea', 'readers', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
  },
  access: publicContentAccess,
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    ...publicContentHooks,
    beforeValidate: [setSlug],
    beforeChange: [rememberLiveTopic],
    // Only what a save changed is expired (not every topic's page, as for the other collections).
    afterChange: [...publicContentHooks.afterChange.filter((h) => h !== revalidateAfterChange), revalidateTopic],
    afterDelete: [...publicContentHooks.afterDelete.filter((h) => h !== revalidateAfterDelete), revalidateDeletedTopic],
  },
  fields: [
    {
      // Mirrors the adult title so that lists and relationships have a title to show.
      name: 'title',
      type: 'text',
      localized: true,
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData }) => siblingData?.adult?.title ?? undefined] },
    },
    {
      name: 'slug',
      type: 'text',
      localized: true,
      index: true,
      label: { sv: 'Adress (slug)', en: 'URL segment (slug)' },
      admin: { position: 'sidebar', description: { sv: 'Skapas av rubriken om fältet är tomt.', en: 'Made from the title when empty.' } },
    },
    {
      name: 'focusArea',
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: options(focusAreas),
      label: { sv: 'Fokusområde', en: 'Focus area' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'readers',
      type: 'select',
      hasMany: true,
      options: options(readers),
      label: { sv: 'Vem texten vänder sig till', en: 'Readers' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { sv: 'Ordning', en: 'Order' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastReviewed',
      type: 'date',
      label: { sv: 'Senast granskad', en: 'Last reviewed' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { sv: 'Bild', en: 'Image' },
      filterOptions: { mimeType: { contains: 'image' } },
    },
    ...variantGroups,
    {
      name: 'supportServices',
      type: 'relationship',
      relationTo: 'supportServices',
      hasMany: true,
      label: { sv: 'Stöd att visa', en: 'Support services to show' },
    },
    {
      // The films that name this topic (set on the film): read-only here, no column of its own.
      name: 'films',
      type: 'join',
      collection: 'films',
      on: 'topics',
      label: { sv: 'Filmer om ämnet', en: 'Films on this topic' },
    },
  ],
}
