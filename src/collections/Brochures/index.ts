import type { CollectionConfig } from 'payload'

import { publicContentAccess, publicContentComponents, publicContentHooks } from '@/content/publicContent'
import { reviewField } from '@/translations/reviewField'
import { translatableField } from '@/translations/translatable'

/** The city's printed brochures, as a web page and a PDF in each language. */
export const Brochures: CollectionConfig = {
  slug: 'brochures',
  labels: { singular: { sv: 'Broschyr', en: 'Brochure' }, plural: { sv: 'Broschyrer', en: 'Brochures' } },
  admin: { useAsTitle: 'title', group: { sv: 'Innehåll', en: 'Content' }, components: publicContentComponents },
  access: publicContentAccess,
  versions: { drafts: true, maxPerDoc: 30 },
  hooks: publicContentHooks,
  fields: [
    translatableField('brochures', 'title'),
    { name: 'slug', type: 'text', localized: true, index: true, label: { sv: 'Adress (slug)', en: 'URL segment (slug)' }, admin: { position: 'sidebar' } },
    translatableField('brochures', 'summary'),
    translatableField('brochures', 'body'),
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
