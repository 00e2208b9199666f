import type { CollectionConfig } from 'payload'

import { publicContentAccess, publicContentHooks } from '@/content/publicContent'
import { reviewField } from '@/translations/reviewField'
import { sourceBeside } from '@/translations/sideBySide'

/** The city's printed brochures, as a web page and a PDF in each language. */
export const Brochures: CollectionConfig = {
  slug: 'brochures',
  labels: { singular: { sv: 'Broschyr', en: 'Brochure' }, plural: { sv: 'Broschyrer', en: 'Brochures' } },
  admin: { useAsTitle: 'title', group: { sv: 'Innehåll', en: 'Content' } },
  access: publicContentAccess,
  versions: { drafts: true, maxPerDoc: 30 },
  hooks: publicContentHooks,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Rubrik', en: 'Title' }, admin: sourceBeside('title') },
    { name: 'slug', type: 'text', localized: true, index: true, admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', localized: true, label: { sv: 'Ingress', en: 'Summary' }, admin: sourceBeside('summary') },
    { name: 'body', type: 'richText', localized: true, label: { sv: 'Text', en: 'Text' }, admin: sourceBeside('body') },
    {
      // A localized upload: each language has its own PDF.
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: { sv: 'PDF på detta språk', en: 'PDF in this language' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    reviewField('translationReview', { sidebar: true }),
  ],
}
