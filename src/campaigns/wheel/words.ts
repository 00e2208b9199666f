import type { I18nClient } from '@payloadcms/translations'

import { customText } from '@/i18n/adminText'

/**
 * The annual wheel's words in the admin (Payload i18n `custom:wheel:…` and `custom:calendar:…`,
 * src/i18n/admin.ts). The wheel's own drawing (month names, the SVG's title) is in buildWheel.ts.
 */
const wheelSv = {
  navLink: 'Årshjul',
  heading: 'Årshjul',
  intro: 'Årets kampanjer per fokusområde eller målgrupp. Peka på eller tabba till en kampanj för detaljer; klicka för att öppna den.',
  filters: 'Filter',
  year: 'År',
  rings: 'Ringar',
  ringsFocus: 'Fokusområden',
  ringsGroups: 'Målgrupper',
  focusArea: 'Fokusområde',
  targetGroup: 'Målgrupp',
  language: 'Språk',
  channel: 'Kanal',
  owner: 'Ansvarig',
  status: 'Status',
  all: 'Alla',
  show: 'Visa',
  prev: 'Föregående år',
  next: 'Nästa år',
  wheel: 'Hjul',
  list: 'Lista',
  views: 'Visning',
  export: 'Exportera',
  svg: 'Hjulet som SVG',
  png: 'Hjulet som PNG',
  print: 'Skriv ut (en A3-sida)',
  legend: 'Färger',
  keyDate: 'Viktigt datum',
  empty: 'Månad utan kampanj',
  overlap: 'Överlapp i samma målgrupp',
  languageGap: 'Antal språk utan kampanj den månaden',
  listHeading: 'Kampanjer ({{count}})',
  when: 'När',
  campaign: 'Kampanj',
  groups: 'Målgrupper',
  languages: 'Språk',
  channels: 'Kanaler',
  none: 'Inga kampanjer med de här filtren.',
  planning: 'Planeringsstöd',
  overlapsHeading: 'Överlapp: samma målgrupp samma veckor',
  noOverlaps: 'Inga överlapp.',
  weeks: 'veckor',
  gapsHeading: 'Månader utan kampanj',
  gapsFocus: 'Fokusområden',
  gapsLanguages: 'Språk',
  month: 'Månad',
  missing: 'Saknas',
  noGaps: 'Inga luckor.',
  keyDates: 'Viktiga datum',
  events: 'Evenemang',
  noEvents: 'Inga evenemang det här året.',
  newCampaign: 'Ny kampanj',
  badFilters: 'Filtret kunde inte användas:',
}

const wheelEn: typeof wheelSv = {
  navLink: 'Annual wheel',
  heading: 'Annual wheel',
  intro: 'The year’s campaigns by focus area or target group. Point at or tab to a campaign for details; click to open it.',
  filters: 'Filters',
  year: 'Year',
  rings: 'Rings',
  ringsFocus: 'Focus areas',
  ringsGroups: 'Target groups',
  focusArea: 'Focus area',
  targetGroup: 'Target group',
  language: 'Language',
  channel: 'Channel',
  owner: 'Owner',
  status: 'Status',
  all: 'All',
  show: 'Show',
  prev: 'Previous year',
  next: 'Next year',
  wheel: 'Wheel',
  list: 'List',
  views: 'View',
  export: 'Export',
  svg: 'Wheel as SVG',
  png: 'Wheel as PNG',
  print: 'Print (one A3 page)',
  legend: 'Colours',
  keyDate: 'Key date',
  empty: 'Month without a campaign',
  overlap: 'Overlap in one target group',
  languageGap: 'Number of languages without a campaign that month',
  listHeading: 'Campaigns ({{count}})',
  when: 'When',
  campaign: 'Campaign',
  groups: 'Target groups',
  languages: 'Languages',
  channels: 'Channels',
  none: 'No campaigns with these filters.',
  planning: 'Planning help',
  overlapsHeading: 'Overlaps: same target group in the same weeks',
  noOverlaps: 'No overlaps.',
  weeks: 'weeks',
  gapsHeading: 'Months without a campaign',
  gapsFocus: 'Focus areas',
  gapsLanguages: 'Languages',
  month: 'Month',
  missing: 'Missing',
  noGaps: 'No gaps.',
  keyDates: 'Key dates',
  events: 'Events',
  noEvents: 'No events this year.',
  newCampaign: 'New campaign',
  badFilters: 'The filter could not be used:',
}

const calendarSv = {
  heading: 'Prenumerera i kalendern',
  intro: 'En personlig, hemlig länk för Outlook eller Google Kalender med de kampanjer filtret visar. En ny länk gör den gamla ogiltig.',
  create: 'Skapa ny kalenderlänk',
  revoke: 'Återkalla min kalenderlänk',
  label: 'Din kalenderlänk (visas bara nu)',
  revoked: 'Kalenderlänken är återkallad.',
  failed: 'Det gick inte. Försök igen.',
}

const calendarEn: typeof calendarSv = {
  heading: 'Subscribe in your calendar',
  intro: 'A personal, secret link for Outlook or Google Calendar with the campaigns the filter shows. A new link makes the old one invalid.',
  create: 'Create a new calendar link',
  revoke: 'Revoke my calendar link',
  label: 'Your calendar link (shown only now)',
  revoked: 'The calendar link is revoked.',
  failed: 'That did not work. Try again.',
}

export const wheelWords = { sv: wheelSv, en: wheelEn }
export const calendarWords = { sv: calendarSv, en: calendarEn }
export type CalendarWords = typeof calendarSv

/** The wheel view's words in the admin's language, in the shape the view uses (`t.heading`, `t.listHeading(n)`). */
export function wheelUi(i18n: Pick<I18nClient, 't'>) {
  const w = customText<typeof wheelSv>(i18n.t, 'wheel')
  const plain = Object.fromEntries((Object.keys(wheelSv) as (keyof typeof wheelSv)[]).filter((k) => k !== 'listHeading').map((k) => [k, w(k)])) as Record<
    Exclude<keyof typeof wheelSv, 'listHeading'>,
    string
  >
  return { ...plain, listHeading: (count: number) => w('listHeading', { count }) }
}
