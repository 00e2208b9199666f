import type { I18nClient } from '@payloadcms/translations'

import { customText } from '@/i18n/adminText'

/** The reach views' words in the admin (Payload i18n `custom:reach:…`, src/i18n/admin.ts). */
const reachSv = {
  heading: 'Räckvidd',
  intro: 'Visningar av kampanjens länkade sidor (ämnen, broschyrer, kampanjens evenemang) per språk och dag under kampanjen, bredvid lika många dagar före (jämförelse). Bara antal: inga kakor, inga adresser, inget om läsarna.',
  demo: 'Demosiffror (påhittade av demodata, inte verkliga visningar)',
  noPages: 'Kampanjen har inga länkade ämnen eller broschyrer att räkna.',
  noViews: 'Inga visningar räknade ännu.',
  saveFirst: 'Spara kampanjen först.',
  during: 'Under kampanjen',
  before: 'Före (jämförelse)',
  day: 'Dag',
  date: 'Datum',
  baselineDate: 'Jämförelsedag',
  language: 'Språk',
  total: 'Totalt',
  csv: 'Ladda ned som CSV',
  chartTitle: 'Visningar per dag och språk: {{first}}–{{last}}',
  chartDesc: 'Heldragen linje: under kampanjen. Streckad linje: samma antal dagar före. Samma siffror finns i tabellen nedanför.',
  tableCaption: 'Visningar per dag och språk (under kampanjen / före)',
  yearHeading: 'Räckvidd {{year}}: visningar per månad och språk',
  month: 'Månad',
}

const reachEn: typeof reachSv = {
  heading: 'Reach',
  intro: 'Views of the campaign’s linked pages (topics, brochures, the campaign’s events) per language and day during the campaign, beside as many days before it (baseline). Counts only: no cookies, no addresses, nothing about readers.',
  demo: 'Demo numbers (made up by the demo content, not real views)',
  noPages: 'The campaign has no linked topics or brochures to count.',
  noViews: 'No views counted yet.',
  saveFirst: 'Save the campaign first.',
  during: 'During the campaign',
  before: 'Before (baseline)',
  day: 'Day',
  date: 'Date',
  baselineDate: 'Baseline day',
  language: 'Language',
  total: 'Total',
  csv: 'Download as CSV',
  chartTitle: 'Views per day and language: {{first}}–{{last}}',
  chartDesc: 'Solid line: during the campaign. Dashed line: the same number of days before it. The table below has the same numbers.',
  tableCaption: 'Views per day and language (during the campaign / before)',
  yearHeading: 'Reach {{year}}: views per month and language',
  month: 'Month',
}

/** An event page's report (src/reach/admin). */
const eventSv = {
  eventIntro: 'Visningar av evenemangets sida per språk och dag, från fyra veckor före till och med evenemangsdagen: tiden då läsare bestämmer sig och ni ännu kan sprida det. Bara antal: inga kakor, inga adresser, inget om läsarna.',
  eventNotPublic: 'Evenemanget visas inte på webbplatsen (inte publicerat eller inte offentligt), så dess sida räknas inte.',
  eventChartDesc: 'En linje per språk: visningar per dag. Samma siffror finns i tabellen nedanför.',
  eventTableCaption: 'Visningar per dag och språk',
}

const eventEn: typeof eventSv = {
  eventIntro: 'Views of the event’s page per language and day, from four weeks before it through its day: when readers decide to come and you can still spread the word. Counts only: no cookies, no addresses, nothing about readers.',
  eventNotPublic: 'The event is not shown on the site (not published or not public), so its page is not counted.',
  eventChartDesc: 'One line per language: views per day. The table below has the same numbers.',
  eventTableCaption: 'Views per day and language',
}

type ReachWords = typeof reachSv & typeof eventSv

export const reachWords: Record<'sv' | 'en', ReachWords> = { sv: { ...reachSv, ...eventSv }, en: { ...reachEn, ...eventEn } }

export const reachText = (i18n: Pick<I18nClient, 't'>) => customText<ReachWords>(i18n.t, 'reach')
