import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditor } from '@/access/isEditor'
import { maxMessageLength, maxPageLength } from '@/feedback/limits'

/**
 * Readers' reports of accessibility problems. Created only by the public feedback form's server
 * action (never through the API by anonymous callers), within its hourly limits
 * (src/feedback/rateLimit.ts); read by editors. Holds no personal data
 * fields, and the form asks readers not to write any.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: { sv: 'Synpunkt', en: 'Feedback' }, plural: { sv: 'Synpunkter', en: 'Feedback' } },
  admin: { useAsTitle: 'message', defaultColumns: ['message', 'page', 'locale', 'createdAt'], group: { sv: 'Admin', en: 'Admin' } },
  access: { read: isEditor, create: () => false, update: isEditor, delete: isAdmin },
  fields: [
    { name: 'message', type: 'textarea', required: true, maxLength: maxMessageLength, label: { sv: 'Meddelande', en: 'Message' } },
    { name: 'page', type: 'text', maxLength: maxPageLength, label: { sv: 'Sida', en: 'Page' } },
    { name: 'locale', type: 'text', maxLength: 8, label: { sv: 'Språk', en: 'Language' } },
    { name: 'handled', type: 'checkbox', label: { sv: 'Hanterad', en: 'Handled' } },
  ],
}
