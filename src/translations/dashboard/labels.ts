/**
 * The translation tools' own words, as Payload i18n `custom` keys (src/i18n/admin.ts): the
 * dashboard and its XLIFF import panel. Swedish and English here; the other admin languages in
 * src/i18n/adminWords/.
 */
import type { I18nClient } from '@payloadcms/translations'

import { customText } from '@/i18n/adminText'

const dashboardSv = {
  title: 'Översättningar',
  intro: 'Svenska är källan. Här ser du vad som saknas, är inaktuellt eller behöver granskas i de tio andra språken.',
  filters: 'Filter',
  collection: 'Innehållstyp',
  variant: 'Målgruppsversion',
  focusArea: 'Fokusområde',
  state: 'Status',
  languages: 'Språk',
  any: 'Alla',
  apply: 'Visa',
  reset: 'Rensa filter',
  coverage: 'Täckning per språk',
  coverageHelp: 'Andel texter som finns på språket, och andel som är i takt med den svenska källan (behöver granskas eller godkänd).',
  inStep: 'i takt',
  document: 'Dokument',
  rows: '{{shown}} av {{total}} rader',
  none: 'Inga rader matchar filtren.',
  previous: 'Föregående sida',
  next: 'Nästa sida',
  page: 'Sida {{n}} av {{of}}',
  open: '{{title}}, {{lang}}: {{state}}. Öppna.',
  interfaceStrings: 'Gränssnittstexter (messages/)',
  interfaceHelp: 'Knappar, menyer och notiser på den publika webbplatsen. Rättelser görs under Gränssnittstexter i menyn och gäller före filen.',
  missingKeys_one: '{{count}} nyckel saknas',
  missingKeys_other: '{{count}} nycklar saknas',
  overridden_one: '{{count}} rättad i admin',
  overridden_other: '{{count}} rättade i admin',
  complete: 'Komplett',
  exchange: 'XLIFF till och från översättningsbyrån',
  exportTitle: 'Exportera',
  exportHelp: 'En fil per språk med det som saknas eller är inaktuellt, eller de rader du kryssat i.',
  exportLanguage: 'Målspråk',
  exportWhat: 'Innehåll',
  exportTodo: 'Det som saknas eller är inaktuellt',
  exportSelected: 'Bara ikryssade rader',
  exportAll: 'Allt',
  exportButton: 'Ladda ner XLIFF 2.0',
  select: 'Välj {{title}} för export',
  legend: 'Förklaring',
  readOnly: 'endast läsning: du får inte ändra det här på språket',
  signIn: 'Logga in för att se översättningarna.',
  notForRole: 'Översättningsöversikten är för redaktörer och översättare.',
  variantAdult: 'Vuxna',
  variantChild: 'Barn',
  variantMain: 'Alla',
  variantBanner: 'Banner',
  variantCaptions: 'Undertexter',
  variantConversation: 'Samtalsmaterial',
}

const dashboardEn: typeof dashboardSv = {
  title: 'Translations',
  intro: 'Swedish is the source. This shows what is missing, outdated or waiting for review in the ten other languages.',
  filters: 'Filters',
  collection: 'Content type',
  variant: 'Audience version',
  focusArea: 'Focus area',
  state: 'State',
  languages: 'Languages',
  any: 'All',
  apply: 'Show',
  reset: 'Clear filters',
  coverage: 'Coverage per language',
  coverageHelp: 'Share of texts that exist in the language, and share in step with the Swedish source (needs review or approved).',
  inStep: 'in step',
  document: 'Document',
  rows: '{{shown}} of {{total}} rows',
  none: 'No rows match the filters.',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {{n}} of {{of}}',
  open: '{{title}}, {{lang}}: {{state}}. Open.',
  interfaceStrings: 'Interface strings (messages/)',
  interfaceHelp: 'Buttons, menus and notices of the public site. Corrections are made under Interface strings in the menu and win over the file.',
  missingKeys_one: '{{count}} key missing',
  missingKeys_other: '{{count}} keys missing',
  overridden_one: '{{count}} corrected in the admin',
  overridden_other: '{{count}} corrected in the admin',
  complete: 'Complete',
  exchange: 'XLIFF to and from the translation agency',
  exportTitle: 'Export',
  exportHelp: 'One file per language with what is missing or outdated, or the rows you ticked.',
  exportLanguage: 'Target language',
  exportWhat: 'Content',
  exportTodo: 'What is missing or outdated',
  exportSelected: 'Only ticked rows',
  exportAll: 'Everything',
  exportButton: 'Download XLIFF 2.0',
  select: 'Select {{title}} for export',
  legend: 'Legend',
  readOnly: 'read only: you may not change this in this language',
  signIn: 'Sign in to see the translations.',
  notForRole: 'The translation overview is for editors and translators.',
  variantAdult: 'Adults',
  variantChild: 'Children',
  variantMain: 'All',
  variantBanner: 'Banner',
  variantCaptions: 'Captions',
  variantConversation: 'Conversation material',
}

const importSv = {
  title: 'Importera',
  help: 'Läs in en översatt XLIFF 2.0-fil. Kontrollera först: inget ändras förrän du importerar. Godtagna texter sparas med status ”behöver granskas”: som utkast i ämnen, stödinsatser och broschyrer, direkt publicerade i kampanjer, bilder och webbplatsens gemensamma texter (de har inga utkast).',
  language: 'Filens målspråk',
  file: 'XLIFF-fil',
  check: 'Kontrollera filen',
  apply: 'Importera',
  working: 'Arbetar …',
  accepted: '{{count}} texter kan importeras',
  imported: '{{count}} texter importerades som utkast',
  unchanged: '{{count}} oförändrade',
  untranslated: '{{count}} utan översättning i filen',
  refused: '{{count}} vägrades',
  unit: 'Enhet',
  line: 'Rad',
  reason: 'Orsak',
  failed: 'Filen kunde inte läsas',
}

const importEn: typeof importSv = {
  title: 'Import',
  help: 'Load a translated XLIFF 2.0 file. Check it first: nothing changes until you import. Accepted texts are saved marked “needs review”: as drafts in topics, support services and brochures, published at once in campaigns, images and the site’s shared texts (they have no drafts).',
  language: 'Target language of the file',
  file: 'XLIFF file',
  check: 'Check the file',
  apply: 'Import',
  working: 'Working …',
  accepted: '{{count}} texts can be imported',
  imported: '{{count}} texts imported as drafts',
  unchanged: '{{count}} unchanged',
  untranslated: '{{count}} not translated in the file',
  refused: '{{count}} refused',
  unit: 'Unit',
  line: 'Line',
  reason: 'Reason',
  failed: 'The file could not be read',
}

export const dashboardWords = { sv: dashboardSv, en: dashboardEn }
export const importWords = { sv: importSv, en: importEn }
export type ImportWords = typeof importSv

/**
 * The dashboard's words in the admin's language, in the shape its views use (`t.title`,
 * `t.rows(shown, total)`, `t.variants[v]`).
 */
export function dashboardText(i18n: Pick<I18nClient, 't'>) {
  const w = customText<typeof dashboardSv>(i18n.t, 'dashboard')
  const plain = Object.fromEntries(
    (Object.keys(dashboardSv) as (keyof typeof dashboardSv)[]).filter((k) => !/_(one|other)$/.test(k) && !dashboardSv[k].includes('{{')).map((k) => [k, w(k as never)]),
  ) as Record<Exclude<keyof typeof dashboardSv, 'rows' | 'page' | 'open' | 'select' | `${string}_${'one' | 'other'}`>, string>
  return {
    ...plain,
    rows: (shown: number, total: number) => w('rows', { shown, total }),
    page: (n: number, of: number) => w('page', { n, of }),
    open: (title: string, lang: string, state: string) => w('open', { title, lang, state }),
    select: (title: string) => w('select', { title }),
    missingKeys: (count: number) => w('missingKeys', { count }),
    overridden: (count: number) => w('overridden', { count }),
    variants: {
      adult: w('variantAdult'), child: w('variantChild'), main: w('variantMain'), banner: w('variantBanner'),
      captions: w('variantCaptions'), conversation: w('variantConversation'),
    } as Record<string, string>,
  }
}
