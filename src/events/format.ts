/**
 * Event times as readers read them: in Malmö time, in the page's language (the platform's Intl), on
 * the Gregorian calendar everywhere (cityCalendar).
 */
import type { Locale } from '@/i18n/locales'
import { cityCalendar } from '@/site/timeZone'

import { monthStart } from './time'
import { zone } from './vocabulary'

/** "tisdag 3 december 2026 14:00–15:30"; both days in full when it ends on another day. */
export function formatWhen(startsAt: string, endsAt: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: zone, calendar: cityCalendar, dateStyle: 'full', timeStyle: 'short' })
  return format.formatRange(new Date(startsAt), new Date(endsAt))
}

/** "december 2026" for a month filter's option. */
export function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, calendar: cityCalendar, month: 'long', year: 'numeric' }).format(monthStart(month))
}

/**
 * An address with its Swedish postal code ("212 35", before the town) kept on one line: in a narrow
 * Arabic or Persian column the space inside it was where the line broke.
 */
export const postalCodeTogether = (address: string) => address.replace(/\b(\d{3}) (\d{2})(?= \p{L})/gu, '$1\u00a0$2')
