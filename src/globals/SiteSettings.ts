import type { GlobalConfig } from 'payload'

import { isEditorOrTranslates } from '@/access/isEditor'
import { revalidateGlobal } from '@/site/revalidate'
import { reviewField } from '@/translations/reviewField'
import { syncGlobalStatusAfterChange } from '@/translations/sync'
import { translatableField } from '@/translations/translatable'

/** Site-wide facts that editors own: the emergency number, the quick-exit destination, the footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'siteSettings',
  label: { sv: 'Webbplatsinställningar', en: 'Site settings' },
  admin: { group: { sv: 'Admin', en: 'Admin' } },
  access: { read: () => true, update: isEditorOrTranslates },
  hooks: { afterChange: [syncGlobalStatusAfterChange, revalidateGlobal] },
  fields: [
    {
      name: 'emergencyNumber',
      type: 'text',
      required: true,
      defaultValue: '112',
      label: { sv: 'Nödnummer', en: 'Emergency number' },
      validate: (v: unknown) => /^[0-9 ]{3,12}$/.test(String(v ?? '')) || 'Digits only.',
    },
    {
      name: 'quickExitUrl',
      type: 'text',
      required: true,
      defaultValue: 'https://www.smhi.se/',
      label: { sv: 'Snabb utgång leder till', en: 'Quick exit goes to' },
      admin: { description: { sv: 'En neutral webbplats, t.ex. en vädersajt.', en: 'A neutral site, such as a weather site.' } },
      validate: (v: unknown) => /^https:\/\/[^\s"'<>]+$/.test(String(v ?? '')) || 'An https:// address.',
    },
    {
      name: 'emergencyServices',
      type: 'relationship',
      relationTo: 'supportServices',
      hasMany: true,
      label: { sv: 'Nummer på startsidan', en: 'Numbers on the home page' },
    },
    translatableField('siteSettings', 'footerText'),
    reviewField('translationReview', { sidebar: true }),
  ],
}
