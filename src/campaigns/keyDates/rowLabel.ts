/**
 * What a key date's row in the admin is called: its name and when, e.g. "Orange Day (25 November)",
 * with the date written by Intl in the admin's language.
 */
import { adminIntlLocale, customText } from '@/i18n/adminText'

import type { KeyDatesWords } from './words'

export interface KeyDateRow {
  name?: string | null
  date?: string | null
  until?: string | null
}

/** "MM-DD" (and "until") as a day and month, or "week NN"; anything else as typed. */
export function keyDateWhen(row: KeyDateRow, language: string, t: (key: 'week', vars: Record<string, unknown>) => string): string {
  const date = (row.date ?? '').trim()
  const week = /^week (\d{1,2})$/.exec(date)
  if (week) return t('week', { week: Number(week[1]) })
  const at = (mmdd: string | null | undefined) => {
    const m = /^(\d{2})-(\d{2})$/.exec(mmdd ?? '')
    // 2000 is a leap year, so 02-29 is a day too; the year is not shown.
    const d = m ? new Date(Date.UTC(2000, Number(m[1]) - 1, Number(m[2]))) : undefined
    return d && d.getUTCMonth() === Number(m![1]) - 1 ? d : undefined
  }
  const first = at(date)
  if (!first) return date
  const format = new Intl.DateTimeFormat(adminIntlLocale(language), { day: 'numeric', month: 'long', timeZone: 'UTC' })
  const last = at(row.until)
  return last && last > first ? format.formatRange(first, last) : format.format(first)
}

export interface RowLabelParts {
  /** The key date's own name (in the content language being edited), or undefined. */
  name?: string
  when?: string
  /** The fallback, when the row has neither. */
  fallback?: string
}

export function keyDateRowLabel(row: KeyDateRow | undefined, rowNumber: number, i18n: { language: string; t: unknown }): RowLabelParts {
  const t = customText<KeyDatesWords>(i18n.t, 'keyDates')
  const name = row?.name?.trim() || undefined
  const when = row?.date ? keyDateWhen(row, i18n.language, t) || undefined : undefined
  if (!name && !when) return { fallback: t('row', { number: String(rowNumber + 1).padStart(2, '0') }) }
  return { name, when }
}
