/** The annual wheel's words in the admin menu (Payload i18n `custom:wheel:…`, src/i18n/admin.ts). */
export const wheelWords = {
  sv: { navLink: 'Årshjul' },
  en: { navLink: 'Annual wheel' },
}
