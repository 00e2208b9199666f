import type { Field } from 'payload'

export const reviewStates = ['needs-review', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

/**
 * Whether a person who reads the language has approved this language's text. Machine drafts and
 * XLIFF imports land as "needs review"; approving also brings the translation in step with the
 * current Swedish source (see status.ts).
 */
export interface ReviewOptions {
  sidebar?: boolean
  label?: { sv: string; en: string }
}

export function reviewField(name = 'translationReview', { sidebar = false, label = { sv: 'Översättningens granskning', en: 'Translation review' } }: ReviewOptions = {}): Field {
  return {
    name,
    type: 'select',
    localized: true,
    defaultValue: 'needs-review',
    options: [
      { value: 'needs-review', label: { sv: 'Behöver granskas', en: 'Needs review' } },
      { value: 'approved', label: { sv: 'Godkänd', en: 'Approved' } },
    ],
    label,
    admin: {
      position: sidebar ? 'sidebar' : undefined,
      description: {
        sv: 'För översättningar: välj Godkänd när någon som kan språket har läst texten. Används inte för svenska.',
        en: 'For translations: choose Approved once someone who reads the language has checked the text. Not used for Swedish.',
      },
    },
  }
}
