import type { CollectionConfig } from 'payload'

import { publicContentAccess, publicContentComponents, publicContentHooks } from '@/content/publicContent'
import { audiences, focusAreas, options, readers } from '@/content/taxonomy'
import { reviewField } from '@/translations/reviewField'
import { scopeFields, translatableField } from '@/translations/translatable'

import { checkCaptions } from './hooks/checkCaptions'
import { setSlug } from './hooks/setSlug'

/**
 * An information film: the video (MP4, optionally WebM), its poster, captions per language (one
 * WebVTT file each, Swedish the source, the same timings everywhere) and conversation material for
 * groups. Drafts and access as the other public content.
 */
export const Films: CollectionConfig = {
  slug: 'films',
  labels: { singular: { sv: 'Film', en: 'Film' }, plural: { sv: 'Filmer', en: 'Films' } },
  admin: {
    useAsTitle: 'title',
    components: publicContentComponents,
    defaultColumns: ['title', 'focusAreas', 'durationSeconds', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    ...publicContentHooks,
    beforeValidate: [setSlug],
    beforeChange: [checkCaptions],
  },
  fields: [
    translatableField('films', 'title'),
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: { sv: 'Adress (slug)', en: 'URL segment (slug)' },
      admin: { position: 'sidebar', description: { sv: 'Skapas av den svenska rubriken om fältet är tomt.', en: 'Made from the Swedish title when empty.' } },
    },
    translatableField('films', 'summary'),
    {
      name: 'video',
      type: 'upload',
      relationTo: 'film-files',
      required: true,
      label: { sv: 'Video (MP4, H.264/AAC)', en: 'Video (MP4, H.264/AAC)' },
      filterOptions: { mimeType: { equals: 'video/mp4' } },
    },
    {
      name: 'videoWebm',
      type: 'upload',
      relationTo: 'film-files',
      label: { sv: 'Video (WebM, valfri)', en: 'Video (WebM, optional)' },
      filterOptions: { mimeType: { equals: 'video/webm' } },
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { sv: 'Affischbild', en: 'Poster image' },
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      required: true,
      min: 1,
      label: { sv: 'Längd (sekunder)', en: 'Duration (seconds)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'focusAreas',
      type: 'select',
      hasMany: true,
      options: options(focusAreas),
      label: { sv: 'Fokusområden', en: 'Focus areas' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'readers',
      type: 'select',
      hasMany: true,
      options: options(readers),
      label: { sv: 'Vem filmen vänder sig till', en: 'Readers' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      options: options(audiences),
      label: { sv: 'Målgrupp', en: 'Audience' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'participants',
      type: 'array',
      label: { sv: 'Medverkande', en: 'People taking part' },
      labels: { singular: { sv: 'Medverkande', en: 'Person' }, plural: { sv: 'Medverkande', en: 'People' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
        translatableField('films', 'participants.*.role'),
      ],
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { sv: 'Ämnen där filmen visas', en: 'Topics that show the film' },
    },
    reviewField('translationReview', { sidebar: true }),
    ...scopeFields('films', 'captions', {
      fields: {
        captions: {
          admin: {
            rows: 16,
            components: { beforeInput: ['@/films/captions/LoadVttFile#LoadVttFile'] },
            description: {
              sv: 'Hela WebVTT-filen för språket. Svenska är källan; tiderna är desamma på alla språk.',
              en: 'The whole WebVTT file for this language. Swedish is the source; the timings are the same in every language.',
            },
          },
        },
      },
      review: { label: { sv: 'Undertexternas granskning', en: 'Captions review' } },
    }),
    {
      // Not localized as a whole: its texts are, its questions are the same rows in every language.
      name: 'conversation',
      type: 'group',
      label: { sv: 'Samtalsmaterial', en: 'Conversation material' },
      fields: scopeFields('films', 'conversation', {
        arrays: {
          'conversation.questions': {
            label: { sv: 'Frågor att samtala om', en: 'Questions to talk about' },
            labels: { singular: { sv: 'Fråga', en: 'Question' }, plural: { sv: 'Frågor', en: 'Questions' } },
          },
        },
        review: { label: { sv: 'Samtalsmaterialets granskning', en: 'Conversation material review' } },
      }),
    },
  ],
}
