import type { CollectionConfig, Field } from 'payload'

import { canUpdateInLocale } from '@/access/canEditLocale'
import { isEditor, isEditorField } from '@/access/isEditor'
import { publishedOrSignedIn } from '@/access/publishedOrSignedIn'
import { indexAfterChange, unindexAfterDelete } from '@/search/indexer'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/revalidate'
import { translationReviewField } from '@/content/translationReview'
import { focusAreas, options, readers, variants } from '@/content/taxonomy'

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
  fields: [
    { name: 'title', type: 'text', localized: true, required: variant.value === 'adult', label: { sv: 'Rubrik', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 200, label: { sv: 'Ingress', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { sv: 'Brödtext', en: 'Body' } },
  ],
}))

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { sv: 'Ämne', en: 'Topic' }, plural: { sv: 'Ämnen', en: 'Topics' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'focusArea', 'readers', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
  },
  access: {
    read: publishedOrSignedIn,
    create: isEditor,
    update: canUpdateInLocale,
    delete: isEditor,
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { beforeValidate: [setSlug], afterChange: [indexAfterChange, revalidateAfterChange], afterDelete: [unindexAfterDelete, revalidateAfterDelete] },
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
      access: { create: isEditorField, update: isEditorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'readers',
      type: 'select',
      hasMany: true,
      options: options(readers),
      label: { sv: 'Vem texten vänder sig till', en: 'Readers' },
      access: { create: isEditorField, update: isEditorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { sv: 'Ordning', en: 'Order' },
      access: { create: isEditorField, update: isEditorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastReviewed',
      type: 'date',
      label: { sv: 'Senast granskad', en: 'Last reviewed' },
      access: { create: isEditorField, update: isEditorField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    translationReviewField,
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { sv: 'Bild', en: 'Image' },
      filterOptions: { mimeType: { contains: 'image' } },
      access: { create: isEditorField, update: isEditorField },
    },
    ...variantGroups,
    {
      name: 'supportServices',
      type: 'relationship',
      relationTo: 'supportServices',
      hasMany: true,
      label: { sv: 'Stöd att visa', en: 'Support services to show' },
      access: { create: isEditorField, update: isEditorField },
    },
  ],
}
