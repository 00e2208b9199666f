import type { GlobalConfig } from 'payload'

import { canPlanOrTranslate, staffOnly } from '../access'
import { keyDatePattern } from '.'
import { reviewField } from '@/translations/reviewField'
import { syncGlobalStatusAfterChange } from '@/translations/sync'
import { translatableField } from '@/translations/translatable'

/** The year's fixed dates (UN days, national weeks) the årshjul marks; seeded from helplines.json. */
export const KeyDates: GlobalConfig = {
  slug: 'keyDates',
  label: { sv: 'Viktiga datum', en: 'Key dates' },
  admin: { group: { sv: 'Kommunikation', en: 'Communication' } },
  access: { read: staffOnly, update: canPlanOrTranslate },
  hooks: { afterChange: [syncGlobalStatusAfterChange] },
  fields: [
    {
      name: 'dates',
      type: 'array',
      label: { sv: 'Datum', en: 'Dates' },
      labels: { singular: { sv: 'Datum', en: 'Date' }, plural: { sv: 'Datum', en: 'Dates' } },
      admin: { components: { RowLabel: '@/campaigns/keyDates/RowLabel#KeyDateRowLabel' } },
      fields: [
        translatableField('keyDates', 'dates.*.name'),
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'text',
              required: true,
              label: { sv: 'Datum (MM-DD eller ”week NN”)', en: 'Date (MM-DD or "week NN")' },
              validate: (v: unknown) => keyDatePattern.test(String(v ?? '')) || 'MM-DD / week NN',
            },
            {
              name: 'until',
              type: 'text',
              label: { sv: 'Till och med (MM-DD)', en: 'Until (MM-DD)' },
              validate: (v: unknown) => v == null || v === '' || /^\d{2}-\d{2}$/.test(String(v)) || 'MM-DD',
            },
          ],
        },
        { name: 'source', type: 'text', label: { sv: 'Källa', en: 'Source' } },
      ],
    },
    reviewField('translationReview', { sidebar: true }),
  ],
}
