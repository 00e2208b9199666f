/**
 * The collections' labels in every admin language. Labels, descriptions, collection names and nav
 * groups are written beside each field in Swedish and English (`{ sv, en }`, Payload's own format);
 * the admin's other languages (src/i18n/admin.ts) have theirs in ./adminLabels/, one file per
 * language keyed by the English text, so a translator's whole language is in one place. This plugin
 * gives each `{ sv, en }` label those languages when the config is built; one a language lacks shows
 * in Swedish (the fallback), as before. tests/unit/labelLanguages.test.ts holds every file to every
 * label of the config, so a new or reworded label is noticed.
 */
import type { Plugin } from 'payload'

import { adminIntlLocale } from './adminText'

import { ar } from './adminLabels/ar'
import { es } from './adminLabels/es'
import { fa } from './adminLabels/fa'
import { hr } from './adminLabels/hr'
import { pl } from './adminLabels/pl'
import { rs } from './adminLabels/rs'

/** A language's labels by their English text. */
export type LabelTranslations = Readonly<Record<string, string>>

/** The admin languages besides Swedish and English, by Payload's language code. */
export const labelTranslations: Readonly<Record<string, LabelTranslations>> = { ar, es, fa, hr, pl, rs }

/**
 * A label each admin language can write for itself with Intl (a weekday's name): no file needs it.
 * `name` gets the language as an Intl locale (Payload's `rs` is Serbian in Cyrillic).
 */
export function labelFromIntl(name: (intlLocale: string) => string): Record<string, string> {
  return Object.fromEntries(['sv', 'en', ...Object.keys(labelTranslations)].map((language) => [language, name(adminIntlLocale(language))]))
}

/**
 * A `{ sv, en }` label with the languages of ./adminLabels/ (those it has already are kept): for the
 * project's own views, which show labels of the config's (the translation dashboard's collections
 * and focus areas) from the same constants.
 */
export function inAdminLanguages<L extends Partial<Record<string, string>>>(label: L, translations: Readonly<Record<string, LabelTranslations>> = labelTranslations): L {
  const en = label.en
  if (!en) return label
  return { ...Object.fromEntries(Object.entries(translations).flatMap(([language, words]) => (words[en] ? [[language, words[en]]] : []))), ...label }
}

/** Where Payload reads a label: a field's or option's label, a collection's names, a description, a nav group. */
const labelPlaces = new Set(['label', 'singular', 'plural', 'description', 'group'])

type SwedishEnglish = { sv: string; en: string }

const isSwedishEnglish = (value: unknown): value is SwedishEnglish =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 2 && typeof (value as SwedishEnglish).sv === 'string' && typeof (value as SwedishEnglish).en === 'string'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))

/**
 * `value` with every `{ sv, en }` label in a label's place given the languages of `translations`.
 * Copies only what holds such a label (the rest is the same object), and changes nothing in place:
 * the taxonomy's options and the shared fields are module constants other code reads too.
 */
export function withLabelLanguages<T>(value: T, translations: Readonly<Record<string, LabelTranslations>> = labelTranslations, done = new WeakMap<object, unknown>()): T {
  if (typeof value !== 'object' || value === null) return value
  // An object met twice (a field shared by collections) gets the same answer; met again while it is
  // being walked (a cycle), it is left as it is.
  if (done.has(value)) return done.get(value) as T
  done.set(value, value)
  let answer: unknown = value
  if (Array.isArray(value)) {
    const items = value.map((item) => withLabelLanguages(item, translations, done))
    if (items.some((item, i) => item !== value[i])) answer = items
  } else if (isPlainObject(value)) {
    let copy: Record<string, unknown> | undefined
    for (const [key, inner] of Object.entries(value)) {
      const next = labelPlaces.has(key) && isSwedishEnglish(inner) ? inAdminLanguages(inner, translations) : withLabelLanguages(inner, translations, done)
      if (next !== inner) (copy ??= { ...value })[key] = next
    }
    answer = copy ?? value
  }
  done.set(value, answer)
  return answer as T
}

/** Payload plugin: the collections' and globals' labels in every admin language. */
export const labelLanguages: Plugin = (config) => ({
  ...config,
  collections: withLabelLanguages(config.collections),
  globals: withLabelLanguages(config.globals),
})
