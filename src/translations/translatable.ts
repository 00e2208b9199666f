/**
 * What is translated, and in which units. Each translatable collection has one or more scopes: the
 * audience variants of a topic, or the whole document for a support service or a brochure. A scope
 * has the localized text fields a translator works on and a localized review field. Translation
 * status, the dashboard, side-by-side editing and XLIFF all read this list.
 */
import { variants, type Variant } from '@/content/taxonomy'

export type TranslatableCollection = 'topics' | 'supportServices' | 'brochures'
export type Scope = Variant | 'main'

export interface TranslatableField {
  /** Dot path in the document, e.g. `adult.body`. */
  path: string
  kind: 'text' | 'richText'
  label: { sv: string; en: string }
  maxLength?: number
}

export interface TranslationScope {
  scope: Scope
  fields: TranslatableField[]
  /** The field that must have text for the scope to exist in a language. */
  requiredPath: string
  /** Localized select: needs-review / approved. */
  reviewPath: string
  /** Who reads this scope, for translators' notes. */
  audience: { sv: string; en: string }
}

const allReaders = { sv: 'Alla läsare', en: 'All readers' }

const topicScopes: TranslationScope[] = variants.map((v) => ({
  scope: v.value,
  requiredPath: `${v.value}.title`,
  reviewPath: `${v.value}.review`,
  audience: v.value === 'child' ? { sv: 'Barn (enkel, varm ton)', en: 'Children (plain, warm tone)' } : { sv: 'Vuxna', en: 'Adults' },
  fields: [
    { path: `${v.value}.title`, kind: 'text', label: { sv: 'Rubrik', en: 'Title' } },
    { path: `${v.value}.summary`, kind: 'text', label: { sv: 'Ingress', en: 'Summary' }, maxLength: 200 },
    { path: `${v.value}.body`, kind: 'richText', label: { sv: 'Brödtext', en: 'Body' } },
  ],
}))

export const translatables: Record<TranslatableCollection, { label: { sv: string; en: string }; scopes: TranslationScope[] }> = {
  topics: { label: { sv: 'Ämnen', en: 'Topics' }, scopes: topicScopes },
  supportServices: {
    label: { sv: 'Stöd och skydd', en: 'Support services' },
    scopes: [
      {
        scope: 'main',
        requiredPath: 'name',
        reviewPath: 'translationReview',
        audience: allReaders,
        fields: [
          { path: 'name', kind: 'text', label: { sv: 'Namn', en: 'Name' } },
          { path: 'description', kind: 'text', label: { sv: 'Vad de hjälper med', en: 'What they help with' } },
          { path: 'hours', kind: 'text', label: { sv: 'Öppettider (text)', en: 'Opening hours (text)' } },
          { path: 'otherLanguages', kind: 'text', label: { sv: 'Andra språk', en: 'Other languages' } },
        ],
      },
    ],
  },
  brochures: {
    label: { sv: 'Broschyrer', en: 'Brochures' },
    scopes: [
      {
        scope: 'main',
        requiredPath: 'title',
        reviewPath: 'translationReview',
        audience: allReaders,
        fields: [
          { path: 'title', kind: 'text', label: { sv: 'Rubrik', en: 'Title' } },
          { path: 'summary', kind: 'text', label: { sv: 'Ingress', en: 'Summary' } },
          { path: 'body', kind: 'richText', label: { sv: 'Text', en: 'Text' } },
        ],
      },
    ],
  },
}

export const translatableCollections = Object.keys(translatables) as TranslatableCollection[]

export function isTranslatableCollection(value: unknown): value is TranslatableCollection {
  return typeof value === 'string' && value in translatables
}

export function scopeOf(collection: TranslatableCollection, scope: string): TranslationScope | undefined {
  return translatables[collection].scopes.find((s) => s.scope === scope)
}

export function fieldOf(collection: TranslatableCollection, path: string): { scope: TranslationScope; field: TranslatableField } | undefined {
  for (const scope of translatables[collection].scopes) {
    const field = scope.fields.find((f) => f.path === path)
    if (field) return { scope, field }
  }
  return undefined
}

/** The value at a dot path (`adult.body`) of a document. */
export function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), doc)
}

/** A copy of `data` with `value` set at a dot path, creating groups on the way. */
export function withValueAt<T extends Record<string, unknown>>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.')
  if (rest.length === 0) return { ...data, [head]: value }
  const inner = (data[head] && typeof data[head] === 'object' ? data[head] : {}) as Record<string, unknown>
  return { ...data, [head]: withValueAt(inner, rest.join('.'), value) }
}
