/**
 * What is translated, declared once. Each translatable collection or global has one or more scopes:
 * the audience variants of a topic, a campaign's banner, or the whole document. A scope has the
 * localized text fields a translator works on and a localized review field. The Payload configs
 * build these fields from here (`translatableField`), and translation status, the dashboard,
 * side-by-side editing and XLIFF read the same declaration, so a field cannot be in one and not the
 * other.
 */
import type { ArrayField, Field, RichTextField, TextareaField, TextField } from 'payload'

import { variants, type Variant } from '@/content/taxonomy'

import { reviewField, type ReviewOptions } from './reviewField'
import { sourceBeside } from './sideBySide'

export type TranslatableCollection = 'topics' | 'supportServices' | 'brochures' | 'campaigns' | 'events' | 'media' | 'films'
export type TranslatableGlobal = 'siteSettings' | 'navigation' | 'keyDates'
/** A collection or a global: the `collection` column of `translation_status`. */
export type Translatable = TranslatableCollection | TranslatableGlobal
export type Scope = Variant | 'main' | 'banner' | 'conversation' | 'captions'
/** Every scope a document can have, in the dashboard's order. */
export const scopeNames: Scope[] = [...variants.map((v) => v.value), 'main', 'banner', 'captions', 'conversation']

/**
 * Globals have one document and no id; their status rows use this id, so that collections and
 * globals share one status table, one dashboard query and one XLIFF unit format.
 */
export const globalDocId = 0

type Label = { sv: string; en: string }

/** The Payload field, as the config declares it; `name` is the last segment of the path. */
interface FieldSpec {
  /** Dot path in the document, e.g. `adult.body`; `*` stands for the rows of an array (`dates.*.name`). */
  path: string
  /** `captions`: a WebVTT file in a textarea, translated cue by cue (src/films/captions/translation.ts). */
  type: 'text' | 'textarea' | 'richText' | 'captions'
  label: Label
  maxLength?: number
  required?: boolean
}

export interface TranslatableField {
  path: string
  kind: 'text' | 'richText' | 'captions'
  label: Label
  maxLength?: number
}

export interface TranslationScope {
  scope: Scope
  fields: TranslatableField[]
  /** The field that must have Swedish text for the scope to be translated at all. */
  requiredPath: string
  /** Localized select: needs-review / approved. */
  reviewPath: string
  /** Who reads this scope, for translators' notes. */
  audience: Label
}

export interface TranslatableEntity {
  kind: 'collection' | 'global'
  label: Label
  /** Where the dashboard finds the document's Swedish title (default: the first scope's required field). */
  titlePath?: string
  scopes: TranslationScope[]
}

const allReaders = { sv: 'Alla läsare', en: 'All readers' }
const specs = new Map<string, FieldSpec>()

function scope(entity: Translatable, s: Omit<TranslationScope, 'fields'> & { fields: FieldSpec[] }): TranslationScope {
  for (const f of s.fields) specs.set(`${entity}:${f.path}`, f)
  return { ...s, fields: s.fields.map((f) => ({ path: f.path, kind: f.type === 'richText' || f.type === 'captions' ? f.type : 'text', label: f.label, maxLength: f.maxLength })) }
}

export const translatables: Record<Translatable, TranslatableEntity> = {
  topics: {
    kind: 'collection',
    label: { sv: 'Ämnen', en: 'Topics' },
    titlePath: 'adult.title',
    scopes: variants.map((v) =>
      scope('topics', {
        scope: v.value,
        requiredPath: `${v.value}.title`,
        reviewPath: `${v.value}.review`,
        audience: v.value === 'child' ? { sv: 'Barn (enkel, varm ton)', en: 'Children (plain, warm tone)' } : { sv: 'Vuxna', en: 'Adults' },
        fields: [
          { path: `${v.value}.title`, type: 'text', label: { sv: 'Rubrik', en: 'Title' }, required: v.value === 'adult' },
          { path: `${v.value}.summary`, type: 'textarea', label: { sv: 'Ingress', en: 'Summary' }, maxLength: 200 },
          { path: `${v.value}.body`, type: 'richText', label: { sv: 'Brödtext', en: 'Body' } },
        ],
      }),
    ),
  },
  supportServices: {
    kind: 'collection',
    label: { sv: 'Stöd och skydd', en: 'Support services' },
    scopes: [
      scope('supportServices', {
        scope: 'main',
        requiredPath: 'name',
        reviewPath: 'translationReview',
        audience: allReaders,
        fields: [
          { path: 'name', type: 'text', label: { sv: 'Namn', en: 'Name' }, required: true },
          { path: 'description', type: 'textarea', label: { sv: 'Vad de hjälper med', en: 'What they help with' } },
          { path: 'hours', type: 'text', label: { sv: 'Öppettider (text)', en: 'Opening hours (text)' } },
          { path: 'otherLanguages', type: 'text', label: { sv: 'Andra språk', en: 'Other languages' } },
        ],
      }),
    ],
  },
  brochures: {
    kind: 'collection',
    label: { sv: 'Broschyrer', en: 'Brochures' },
    scopes: [
      scope('brochures', {
        scope: 'main',
        requiredPath: 'title',
        reviewPath: 'translationReview',
        audience: allReaders,
        fields: [
          { path: 'title', type: 'text', label: { sv: 'Rubrik', en: 'Title' }, required: true },
          { path: 'summary', type: 'textarea', label: { sv: 'Ingress', en: 'Summary' } },
          { path: 'body', type: 'richText', label: { sv: 'Text', en: 'Text' } },
        ],
      }),
    ],
  },
  campaigns: {
    kind: 'collection',
    label: { sv: 'Kampanjbanners', en: 'Campaign banners' },
    // The campaign's name (staff only, not translated) tells the banners apart.
    titlePath: 'title',
    scopes: [
      scope('campaigns', {
        scope: 'banner',
        requiredPath: 'banner.text',
        reviewPath: 'banner.review',
        audience: { sv: 'Alla läsare, överst på sidorna medan kampanjen pågår', en: 'All readers, at the top of the pages while the campaign runs' },
        fields: [{ path: 'banner.text', type: 'textarea', label: { sv: 'Kort text', en: 'Short text' }, maxLength: 200 }],
      }),
    ],
  },
  events: {
    kind: 'collection',
    label: { sv: 'Evenemang', en: 'Events' },
    scopes: [
      scope('events', {
        scope: 'main',
        requiredPath: 'title',
        reviewPath: 'translationReview',
        audience: { sv: 'Alla läsare, på evenemangets sida', en: 'All readers, on the event’s page' },
        fields: [
          { path: 'title', type: 'text', label: { sv: 'Rubrik', en: 'Title' }, required: true, maxLength: 120 },
          { path: 'description', type: 'textarea', label: { sv: 'Vad det handlar om', en: 'What it is about' } },
          { path: 'practical', type: 'textarea', label: { sv: 'Praktiskt (kostnad, fika, att ta med)', en: 'Practical (cost, refreshments, what to bring)' } },
          { path: 'place.directions', type: 'textarea', label: { sv: 'Hitta dit', en: 'How to get there' } },
          { path: 'place.accessibility', type: 'textarea', label: { sv: 'Lokalens tillgänglighet', en: 'Accessibility of the venue' } },
        ],
      }),
    ],
  },
  media: {
    kind: 'collection',
    label: { sv: 'Bilder och filer', en: 'Images and files' },
    scopes: [
      scope('media', {
        scope: 'main',
        // A file without a Swedish alt text (a PDF) has nothing a reader of the page hears.
        requiredPath: 'alt',
        reviewPath: 'translationReview',
        audience: { sv: 'Den som inte ser bilden (skärmläsare)', en: 'Readers who cannot see the image (screen readers)' },
        fields: [
          { path: 'alt', type: 'text', label: { sv: 'Alternativtext', en: 'Alt text' } },
          { path: 'title', type: 'text', label: { sv: 'Titel (för dokument)', en: 'Title (for documents)' } },
        ],
      }),
    ],
  },
  films: {
    kind: 'collection',
    label: { sv: 'Filmer', en: 'Films' },
    titlePath: 'title',
    scopes: [
      scope('films', {
        scope: 'main',
        requiredPath: 'title',
        reviewPath: 'translationReview',
        audience: { sv: 'Alla läsare, på filmens sida', en: 'All readers, on the film\'s page' },
        fields: [
          { path: 'title', type: 'text', label: { sv: 'Rubrik', en: 'Title' }, required: true },
          { path: 'summary', type: 'textarea', label: { sv: 'Ingress', en: 'Summary' }, maxLength: 300 },
          { path: 'participants.*.role', type: 'text', label: { sv: 'Roll', en: 'Role' } },
        ],
      }),
      scope('films', {
        scope: 'captions',
        requiredPath: 'captions',
        reviewPath: 'captionsReview',
        audience: { sv: 'Den som ser filmen med undertexter (korta rader, samma tider som på svenska)', en: 'Viewers reading the subtitles (short lines, the Swedish timings)' },
        fields: [{ path: 'captions', type: 'captions', label: { sv: 'Undertexter (WebVTT)', en: 'Captions (WebVTT)' } }],
      }),
      scope('films', {
        scope: 'conversation',
        requiredPath: 'conversation.questions.*.question',
        reviewPath: 'conversation.review',
        audience: { sv: 'Samtalsledare och deltagare i en grupp', en: 'Group leaders and the people in their group' },
        fields: [
          { path: 'conversation.before', type: 'textarea', label: { sv: 'Före filmen', en: 'Before the film' } },
          { path: 'conversation.during', type: 'textarea', label: { sv: 'Under filmen', en: 'During the film' } },
          { path: 'conversation.after', type: 'textarea', label: { sv: 'Efter filmen', en: 'After the film' } },
          { path: 'conversation.questions.*.question', type: 'text', label: { sv: 'Fråga', en: 'Question' } },
          { path: 'conversation.help', type: 'textarea', label: { sv: 'Var man får hjälp', en: 'Where to get help' } },
        ],
      }),
    ],
  },
  siteSettings: {
    kind: 'global',
    label: { sv: 'Webbplatsinställningar', en: 'Site settings' },
    scopes: [
      scope('siteSettings', {
        scope: 'main',
        requiredPath: 'footerText',
        reviewPath: 'translationReview',
        audience: { sv: 'Alla läsare, i sidfoten på varje sida', en: 'All readers, in the footer of every page' },
        fields: [{ path: 'footerText', type: 'textarea', label: { sv: 'Sidfot', en: 'Footer' } }],
      }),
    ],
  },
  navigation: {
    kind: 'global',
    label: { sv: 'Navigering', en: 'Navigation' },
    scopes: [
      scope('navigation', {
        scope: 'main',
        requiredPath: 'footerLinks.*.label',
        reviewPath: 'translationReview',
        audience: { sv: 'Alla läsare, länkar i sidfoten', en: 'All readers, links in the footer' },
        fields: [{ path: 'footerLinks.*.label', type: 'text', label: { sv: 'Länktext', en: 'Link text' }, required: true }],
      }),
    ],
  },
  keyDates: {
    kind: 'global',
    label: { sv: 'Viktiga datum', en: 'Key dates' },
    scopes: [
      scope('keyDates', {
        scope: 'main',
        requiredPath: 'dates.*.name',
        reviewPath: 'translationReview',
        audience: { sv: 'Personal och läsare av kampanjer kring dagen', en: 'Staff, and readers of the campaigns around the day' },
        fields: [{ path: 'dates.*.name', type: 'text', label: { sv: 'Namn', en: 'Name' }, required: true }],
      }),
    ],
  },
}

export const translatableTargets = Object.keys(translatables) as Translatable[]

export function isTranslatable(value: unknown): value is Translatable {
  return typeof value === 'string' && Object.hasOwn(translatables, value)
}

export function isGlobal(target: Translatable): target is TranslatableGlobal {
  return translatables[target].kind === 'global'
}

/** What a config adds to a translatable field beyond its declaration. */
type FieldExtra = Partial<Omit<TextField, 'type'>> & { admin?: Record<string, unknown> }

/**
 * The Payload field for a translatable field, from its declaration: localized, with its label and
 * limit, and the Swedish source beside it. `extra` adds behaviour only the config knows (validation,
 * a description); what the workflow reads (name, kind, label, maxLength) comes from here alone.
 */
export function translatableField(target: Translatable, path: string, extra: FieldExtra = {}): Field {
  const spec = specs.get(`${target}:${path}`)
  if (!spec) throw new Error(`${target}.${path} is not declared in src/translations/translatable.ts`)
  const name = path.split('.').at(-1)!
  // The field's own components (a file loader above the captions) stay beside the Swedish source.
  const beside = sourceBeside(path)
  const own = (extra.admin?.components ?? {}) as Record<string, unknown>
  const admin = { ...(extra.admin ?? {}), components: { ...own, ...beside.components } }
  const base = { ...extra, name, label: spec.label, localized: true, required: spec.required, admin }
  if (spec.type === 'richText') return { ...base, type: 'richText' } as RichTextField
  if (spec.type === 'textarea' || spec.type === 'captions') return { ...base, type: 'textarea', maxLength: spec.maxLength } as TextareaField
  return { ...base, type: 'text', maxLength: spec.maxLength } as TextField
}

/**
 * A scope's Payload fields in their declared order, then its review field (named by `reviewPath`):
 * the whole of a group such as a topic's variant or a film's conversation material. A field
 * `list.*.name` becomes the array `list` with the translatable field in its rows; `arrays` gives
 * such an array its labels, `fields` a field what only the config knows (as `translatableField`).
 */
export function scopeFields(
  target: Translatable,
  scopeName: Scope,
  { fields = {}, arrays = {}, review }: { fields?: Record<string, FieldExtra>; arrays?: Record<string, Pick<ArrayField, 'label' | 'labels'>>; review?: ReviewOptions } = {},
): Field[] {
  const s = translatables[target].scopes.find((x) => x.scope === scopeName)
  if (!s) throw new Error(`${target} has no translation scope ${scopeName} in src/translations/translatable.ts`)
  const own = s.fields.map((f): Field => {
    const field = translatableField(target, f.path, fields[f.path])
    const star = f.path.indexOf('.*.')
    if (star < 0) return field
    const arrayPath = f.path.slice(0, star)
    return { name: arrayPath.split('.').at(-1)!, type: 'array', ...arrays[arrayPath], fields: [field] }
  })
  return [...own, reviewField(s.reviewPath.split('.').at(-1), review)]
}

/** A concrete field of a document: an array's rows each give one, by row id (`dates.65a1….name`). */
export interface ConcreteField {
  field: TranslatableField
  /** Dot path with row ids: what XLIFF units name, stable when rows move. */
  path: string
  /** Dot path with row positions: the admin form's path of the field. */
  formPath: string
}

/** The fields of a scope in this document, arrays expanded to their rows. */
export function concreteFields(scope: TranslationScope, doc: unknown): ConcreteField[] {
  return scope.fields.flatMap((field) => expand(field.path, doc).map((p) => ({ field, ...p })))
}

function expand(pattern: string, doc: unknown): { path: string; formPath: string }[] {
  const star = pattern.indexOf('.*.')
  if (star < 0) return [{ path: pattern, formPath: pattern }]
  const arrayPath = pattern.slice(0, star)
  const rest = pattern.slice(star + 3)
  const rows = valueAt(doc, arrayPath)
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row, i) => {
    const id = (row as { id?: unknown })?.id
    return typeof id === 'string' && id ? [{ path: `${arrayPath}.${id}.${rest}`, formPath: `${arrayPath}.${i}.${rest}` }] : []
  })
}

/** The declared field a concrete path (with row ids) belongs to. */
export function fieldOf(target: Translatable, path: string): { scope: TranslationScope; field: TranslatableField } | undefined {
  for (const scope of translatables[target].scopes) {
    const field = scope.fields.find((f) => new RegExp(`^${f.path.replace(/\./g, '\\.').replace(/\\\.\*\\\./g, '\\.[A-Za-z0-9_-]+\\.')}$`).test(path))
    if (field) return { scope, field }
  }
  return undefined
}

/** Whether any concrete field matching `pattern` has content by `has` (an array: any of its rows). */
export function someAt(doc: unknown, pattern: string, has: (value: unknown) => boolean): boolean {
  return expand(pattern, doc).some((p) => has(valueAt(doc, p.path)))
}

/** The value at a dot path (`adult.body`, `dates.<row id>.name`) of a document. */
export function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => {
    if (Array.isArray(v)) return v.find((row) => (row as { id?: unknown })?.id === key)
    return v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined
  }, doc)
}

/** A copy of `data` with `value` set at a dot path, creating groups on the way; in an array, the row with that id. */
export function withValueAt<T extends Record<string, unknown>>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.')
  if (rest.length === 0) return { ...data, [head]: value }
  const inner = data[head]
  if (Array.isArray(inner)) {
    const [rowId, ...inRow] = rest
    return { ...data, [head]: inner.map((row) => ((row as { id?: unknown })?.id === rowId ? withValueAt(row as Record<string, unknown>, inRow.join('.'), value) : row)) }
  }
  const group = (inner && typeof inner === 'object' ? inner : {}) as Record<string, unknown>
  return { ...data, [head]: withValueAt(group, rest.join('.'), value) }
}
