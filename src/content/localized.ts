/**
 * Reading documents fetched with `locale: 'all'`: each localized field is `{ sv: …, en: … }`.
 * Picking a value for the reader's language falls back to the Swedish source and says so, so that
 * the page can mark that block `lang="sv"` and show the notice. Pure functions, no Payload.
 */
import { defaultLocale, dirOf, type Locale } from '@/i18n/locales'

export type AllLocales<T> = Partial<Record<Locale, T | null | undefined>>

export interface Picked<T> {
  value: T
  /** The language the value is in: the reader's, or Swedish when it fell back. */
  lang: Locale
  fellBack: boolean
}

/**
 * The attributes of a block that fell back to the Swedish source: its `lang`, and its `dir`, so
 * Swedish shown on an Arabic or Persian page runs left to right (full stops and brackets on the
 * right side) instead of taking the page's right to left. Nothing when it is in the reader's language.
 */
export function fallbackAttributes(picked: { fellBack: boolean; lang: Locale } | null | undefined): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return picked?.fellBack ? { lang: picked.lang, dir: dirOf(picked.lang) } : {}
}

/** Is there real content? Empty strings and empty rich text count as missing. */
export function hasContent(value: unknown): boolean {
  if (value == null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'object' && 'root' in (value as object)) {
    const text = richTextToPlain(value)
    return text.trim() !== ''
  }
  return true
}

export function pick<T>(values: AllLocales<T> | T | null | undefined, locale: Locale): Picked<T> | undefined {
  const all = (values ?? {}) as AllLocales<T>
  const own = all[locale]
  if (hasContent(own)) return { value: own as T, lang: locale, fellBack: false }
  const source = all[defaultLocale]
  if (hasContent(source)) return { value: source as T, lang: defaultLocale, fellBack: locale !== defaultLocale }
  return undefined
}

/** The languages a localized field has content in, in the order of the locale list. */
export function availableIn(values: AllLocales<unknown> | null | undefined, order: readonly Locale[]): Locale[] {
  const all = values ?? {}
  return order.filter((l) => hasContent(all[l]))
}

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

/** The text of a Lexical document, blocks separated by newlines (for search and summaries). */
export function richTextToPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const out: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') out.push(node.text)
    if (node.type === 'linebreak') out.push('\n')
    node.children?.forEach(walk)
    if (node.type && ['paragraph', 'heading', 'listitem', 'quote'].includes(node.type)) out.push('\n')
  }
  walk(root)
  return out.join('').replace(/\n{2,}/g, '\n').trim()
}

/** The address segment a document has in a language: its own, else the Swedish one it is shown under. */
export function slugIn(doc: { slug?: AllLocales<string> | null }, locale: Locale): string | undefined {
  return doc.slug?.[locale] || doc.slug?.[defaultLocale] || undefined
}

/**
 * The document a slug names. A slug of the reader's language wins; a slug of another language (a
 * link shared across languages, or an untranslated document under its Swedish slug) is found too.
 */
export function findBySlug<T extends { slug?: AllLocales<string> | null }>(docs: T[], slug: string, locale: Locale): T | undefined {
  return docs.find((d) => d.slug?.[locale] === slug) ?? docs.find((d) => Object.values(d.slug ?? {}).includes(slug))
}
