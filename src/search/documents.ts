/**
 * What search indexes: one row per published document, language and audience variant, holding the
 * text a reader of that language is shown (its own, or the Swedish it falls back to). Pure.
 */
import { pick, richTextToPlain, type AllLocales } from '@/content/localized'
import { transcriptOf } from '@/films/transcript'
import { localeCodes, localeInfo, type Locale } from '@/i18n/locales'

export type SearchCollection = 'topics' | 'supportServices' | 'brochures' | 'films'

export interface SearchRow {
  collection: SearchCollection
  docId: number
  locale: Locale
  variant: 'adult' | 'child'
  /** The language of the indexed text, which picks the PostgreSQL text-search configuration. */
  lang: Locale
  config: string
  title: string
  summary: string
  body: string
  slug: string
}

type Doc = Record<string, unknown> & { id: number }
const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** What a film says and shows, from its captions in the language (its transcript), as one text. */
function filmText(doc: Doc, locale: Locale): string {
  const captions = pick(doc.captions as AllLocales<string>, locale)
  return captions ? transcriptOf(captions.value).map((line) => line.text).join(' ') : ''
}

export function searchRows(collection: SearchCollection, doc: Doc): SearchRow[] {
  const rows: SearchRow[] = []
  for (const locale of localeCodes) {
    const variants = collection === 'topics' ? (['adult', 'child'] as const) : (['adult'] as const)
    for (const variant of variants) {
      const texts = (collection === 'topics' ? doc[variant] : doc) as Record<string, AllLocales<unknown>> | undefined
      const titleField = collection === 'supportServices' ? 'name' : 'title'
      const title = pick(texts?.[titleField] as AllLocales<string>, locale)
      if (!title) continue
      const summary = pick(texts?.[collection === 'supportServices' ? 'description' : 'summary'] as AllLocales<string>, locale)
      const body = pick(texts?.body, locale)
      // A film's slug is the same in every language.
      const slug = collection === 'films' ? { value: doc.slug } : pick(doc.slug as AllLocales<string>, locale)
      rows.push({
        collection,
        docId: doc.id,
        locale,
        variant,
        lang: title.lang,
        config: localeInfo(title.lang).textSearch,
        title: title.value,
        summary: text(summary?.value),
        body: [body ? richTextToPlain(body.value) : '', collection === 'supportServices' ? text(doc.phone) : '', collection === 'films' ? filmText(doc, locale) : ''].join(' ').trim(),
        slug: text(slug?.value),
      })
    }
  }
  return rows
}
