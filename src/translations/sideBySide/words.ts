/** The side-by-side source's words (Payload i18n `custom:sideBySide:…`, src/i18n/admin.ts). */
export const sideBySideWords = {
  sv: { source: 'Svensk källa', changed: 'Ändrat i källan sedan översättningen gjordes', empty: '(tom)', swedishTitle: 'svensk titel' },
  en: { source: 'Swedish source', changed: 'Changed in the source since this translation was made', empty: '(empty)', swedishTitle: 'Swedish title' },
}
