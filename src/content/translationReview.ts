import type { Field } from 'payload'

/**
 * Whether a person who reads the language has approved this language's text. Machine-drafted and
 * imported translations start as "needs review". (The translation workflow will compute richer states.)
 */
export const translationReviewField: Field = {
  name: 'translationReview',
  type: 'select',
  localized: true,
  defaultValue: 'approved',
  options: [
    { value: 'needs-review', label: { sv: 'Behöver granskas', en: 'Needs review' } },
    { value: 'approved', label: { sv: 'Godkänd', en: 'Approved' } },
  ],
  label: { sv: 'Översättningens status', en: 'Translation status' },
  admin: { position: 'sidebar' },
}
