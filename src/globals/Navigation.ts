import type { GlobalConfig } from 'payload'

import { isEditorOrTranslates } from '@/access/isEditor'
import { revalidateGlobal } from '@/site/revalidate'
import { reviewField } from '@/translations/reviewField'
import { syncGlobalStatusAfterChange } from '@/translations/sync'
import { translatableField } from '@/translations/translatable'

/** Extra links editors put in the footer of every page (the main menu is the portal's own). */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { sv: 'Navigering', en: 'Navigation' },
  admin: { group: { sv: 'Admin', en: 'Admin' } },
  access: { read: () => true, update: isEditorOrTranslates },
  hooks: { afterChange: [syncGlobalStatusAfterChange, revalidateGlobal] },
  fields: [
    {
      name: 'footerLinks',
      type: 'array',
      label: { sv: 'Länkar i sidfoten', en: 'Footer links' },
      labels: { singular: { sv: 'Länk', en: 'Link' }, plural: { sv: 'Länkar i sidfoten', en: 'Footer links' } },
      maxRows: 12,
      fields: [
        translatableField('navigation', 'footerLinks.*.label'),
        {
          name: 'href',
          type: 'text',
          required: true,
          label: { sv: 'Adress', en: 'Address' },
          admin: { description: { sv: 'En sida här (/sv/…) eller en https://-adress.', en: 'A page here (/sv/…) or an https:// address.' } },
          validate: (v: unknown) => /^(\/[^\s]*|https:\/\/[^\s"'<>]+)$/.test(String(v ?? '')) || 'Start with / or https://',
        },
      ],
    },
    reviewField('translationReview', { sidebar: true }),
  ],
}
