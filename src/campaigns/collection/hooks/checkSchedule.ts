import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { scheduleProblem, type Schedule } from '../../schedule'

const messages: Record<string, { sv: string; en: string; path: string }> = {
  'invalid-date': { sv: 'Ange start och slut.', en: 'Enter a start and an end.', path: 'endsAt' },
  'end-before-start': { sv: 'Slutet måste komma efter starten.', en: 'The end must come after the start.', path: 'endsAt' },
  'week-of-needs-day-7': {
    sv: '”Veckan med datumet” kräver ett startdatum från den 7:e i månaden.',
    en: '"The week of the date" needs a start date from the 7th of the month.',
    path: 'recurrence',
  },
  'too-long-to-recur': { sv: 'En årlig kampanj kan inte vara längre än 300 dagar.', en: 'A yearly campaign cannot last more than 300 days.', path: 'endsAt' },
}

/** The start, end and recurrence must make a usable schedule (checked on the merged document). */
export const checkSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as Partial<Schedule>
  if (!merged.startsAt || !merged.endsAt) return data
  const problem = scheduleProblem(merged as Schedule)
  if (problem) {
    const m = messages[problem]
    throw new ValidationError({ collection: 'campaigns', errors: [{ message: req.i18n?.language === 'en' ? m.en : m.sv, path: m.path }] })
  }
  return data
}
