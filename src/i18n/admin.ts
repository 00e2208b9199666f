/**
 * The admin's languages and the project's own staff-facing words (Payload i18n `custom` keys, read
 * with `req.t('custom:…')` on the server and `useTranslation()` in client components).
 *
 * Payload ships admin translations for sv, en and six of the brochure languages (ar, fa, pl, es, hr,
 * and Serbian in Cyrillic as `rs`); Finnish, Somali and Bosnian have none, so their staff choose
 * Swedish or English. Arabic and Persian make the admin right-to-left (Payload's `rtlLanguages`).
 * Our own keys are written beside each feature in Swedish and English, and per language in
 * ./adminWords/ for the other six admin languages (machine-drafted, to be checked by staff who read
 * them); a key missing there shows the Swedish one (fallbackLanguage), never the bare key. The
 * collections' `{ sv, en }` labels get those six languages from ./adminLabels/ (./labelLanguages.ts).
 */
import type { NestedKeysStripped } from '@payloadcms/translations'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fa } from '@payloadcms/translations/languages/fa'
import { hr } from '@payloadcms/translations/languages/hr'
import { pl } from '@payloadcms/translations/languages/pl'
import { rs } from '@payloadcms/translations/languages/rs'
import { sv } from '@payloadcms/translations/languages/sv'
import type { Config } from 'payload'

import { keyDatesWords } from '@/campaigns/keyDates/words'
import { calendarWords, wheelWords } from '@/campaigns/wheel/words'
import { reachWords } from '@/reach/words'
import { filmWords } from '@/films/words'
import { dashboardWords, importWords } from '@/translations/dashboard/labels'
import { publishingWords } from '@/translations/publishing/words'
import { sideBySideWords } from '@/translations/sideBySide/words'

import { ar as arCustom } from './adminWords/ar'
import { es as esCustom } from './adminWords/es'
import { fa as faCustom } from './adminWords/fa'
import { hr as hrCustom } from './adminWords/hr'
import { pl as plCustom } from './adminWords/pl'
import { rs as rsCustom } from './adminWords/rs'

const interfaceStringsSv = {
  singular: 'Gränssnittstext',
  plural: 'Gränssnittstexter',
  description:
    'Rättelser av den publika webbplatsens knappar, menyer och notiser (messages/) utan ny driftsättning. En rättelse gäller före filens text och syns på webbplatsen inom tio sekunder.',
  locale: 'Språk',
  key: 'Nyckel',
  keyHelp: 'Nyckeln som i messages/sv.json, med punkter, t.ex. home.title.',
  value: 'Text',
  valueHelp: 'ICU MessageFormat, med samma platshållare som den svenska texten, t.ex. {phone}.',
  unknownKey: 'Det finns ingen gränssnittstext med nyckeln ”{{key}}” i messages/sv.json.',
  empty: 'Texten får inte vara tom.',
  tooLong: 'Texten får vara högst {{max}} tecken.',
  syntax: 'Texten är inte giltig ICU MessageFormat ({{error}} vid tecken {{offset}}).',
  placeholders: 'Platshållarna måste vara desamma som i den svenska texten: {{expected}} (den här texten har {{found}}).',
  placeholderTypes: 'En platshållare har en annan typ än i den svenska texten ({{error}}).',
  swedish: 'Svenska',
  file: 'I filen',
}

const interfaceStringsEn: typeof interfaceStringsSv = {
  singular: 'Interface string',
  plural: 'Interface strings',
  description:
    "Corrections of the public site's buttons, menus and notices (messages/) without a deploy. A correction wins over the file's text and shows on the site within ten seconds.",
  locale: 'Language',
  key: 'Key',
  keyHelp: 'The key as in messages/sv.json, with dots, e.g. home.title.',
  value: 'Text',
  valueHelp: 'ICU MessageFormat, with the placeholders of the Swedish text, e.g. {phone}.',
  unknownKey: 'There is no interface string with the key “{{key}}” in messages/sv.json.',
  empty: 'The text must not be empty.',
  tooLong: 'The text may be at most {{max}} characters long.',
  syntax: 'The text is not valid ICU MessageFormat ({{error}} at character {{offset}}).',
  placeholders: 'The placeholders must be those of the Swedish text: {{expected}} (this text has {{found}}).',
  placeholderTypes: 'A placeholder has another type than in the Swedish text ({{error}}).',
  swedish: 'Swedish',
  file: 'In the file',
}

const svCustom = {
  interfaceStrings: interfaceStringsSv,
  dashboard: dashboardWords.sv,
  importPanel: importWords.sv,
  sideBySide: sideBySideWords.sv,
  publishing: publishingWords.sv,
  wheel: wheelWords.sv,
  calendar: calendarWords.sv,
  keyDates: keyDatesWords.sv,
  reach: reachWords.sv,
  films: filmWords.sv,
}
export type CustomTranslations = typeof svCustom

const enCustom: CustomTranslations = {
  interfaceStrings: interfaceStringsEn,
  dashboard: dashboardWords.en,
  importPanel: importWords.en,
  sideBySide: sideBySideWords.en,
  publishing: publishingWords.en,
  wheel: wheelWords.en,
  calendar: calendarWords.en,
  keyDates: keyDatesWords.en,
  reach: reachWords.en,
  films: filmWords.en,
}

export type AdminTranslationKeys = NestedKeysStripped<{ custom: CustomTranslations }>

export const adminI18n: NonNullable<Config['i18n']> = {
  supportedLanguages: { sv, en, ar, fa, pl, es, hr, rs },
  fallbackLanguage: 'sv',
  translations: {
    sv: { custom: svCustom },
    en: { custom: enCustom },
    ar: { custom: arCustom },
    fa: { custom: faCustom },
    pl: { custom: plCustom },
    es: { custom: esCustom },
    hr: { custom: hrCustom },
    rs: { custom: rsCustom },
  },
}
