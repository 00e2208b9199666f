import type { CollectionConfig } from 'payload'

import { canPlanCampaigns } from '@/campaigns/access'
import { options, variants } from '@/content/taxonomy'
import { locales } from '@/i18n/locales'

const nobody = () => false

/**
 * Page views per Malmö day, page (its document), language and variant: a count, nothing about the
 * reader. Written only by the batched counter (src/reach/counter.ts), with SQL that adds to the
 * count; `demo` rows are the seed's made-up numbers and never mix with real ones. Campaign planners
 * and admins may read them; nobody writes through the API.
 */
export const PageViews: CollectionConfig = {
  slug: 'pageViews',
  labels: { singular: { sv: 'Sidvisningar', en: 'Page views' }, plural: { sv: 'Sidvisningar', en: 'Page views' } },
  admin: { hidden: true },
  timestamps: false,
  access: { read: canPlanCampaigns, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'docCollection', 'docId', 'language', 'variant', 'demo'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true },
    { name: 'docCollection', type: 'text', required: true },
    { name: 'docId', type: 'number', required: true },
    { name: 'language', type: 'select', required: true, options: locales.map((l) => ({ label: l.nativeName, value: l.code })) },
    { name: 'variant', type: 'select', required: true, options: options(variants) },
    { name: 'demo', type: 'checkbox', required: true, defaultValue: false },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
