/** The key dates' row labels in the admin (Payload i18n `custom:keyDates:…`, src/i18n/admin.ts). */
const keyDatesSv = {
  /** A row with neither name nor date yet: Payload's own "Datum 01", in the admin's language. */
  row: 'Viktigt datum {{number}}',
  week: 'vecka {{week}}',
}

const keyDatesEn: typeof keyDatesSv = {
  row: 'Key date {{number}}',
  week: 'week {{week}}',
}

export const keyDatesWords = { sv: keyDatesSv, en: keyDatesEn }
export type KeyDatesWords = typeof keyDatesSv
