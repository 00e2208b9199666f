import { describe, expect, it } from 'vitest'

import config from '@/../payload.config'
import { adminI18n } from '@/i18n/admin'
import { inAdminLanguages, labelTranslations, withLabelLanguages } from '@/i18n/labelLanguages'
import { translatables } from '@/translations/translatable'

const labelPlaces = ['label', 'singular', 'plural', 'description', 'group']

/** Every label-like object (`sv` and `en` among its keys) in a label's place of the built config. */
function labelsOf(value: unknown, found: Record<string, string>[] = [], seen = new Set<object>()): Record<string, string>[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found
  seen.add(value)
  for (const [key, inner] of Object.entries(value)) {
    const record = inner as Record<string, unknown> | null
    if (labelPlaces.includes(key) && typeof record === 'object' && record !== null && typeof record.sv === 'string' && typeof record.en === 'string') found.push(record as Record<string, string>)
    else labelsOf(inner, found, seen)
  }
  return found
}

const placeholders = (text: string) => (text.match(/\{\{?\w+\}?\}/g) ?? []).sort()

describe('the collections’ labels in every admin language', () => {
  it('has a file for each admin language besides Swedish and English, and no other', () => {
    const languages = Object.keys(adminI18n.supportedLanguages ?? {}).filter((l) => l !== 'sv' && l !== 'en')
    expect(Object.keys(labelTranslations).sort()).toEqual(languages.sort())
  })

  it('gives every label of the built config each of those languages, and each file has no label the config does not use', async () => {
    // The config's labels, and the translation dashboard's names of what is translated.
    const labels = [...labelsOf(await config), ...Object.values(translatables).map((t) => inAdminLanguages(t.label) as Record<string, string>)]
    expect(labels.length).toBeGreaterThan(100)
    const english = new Set(labels.map((l) => l.en))
    for (const [language, words] of Object.entries(labelTranslations)) {
      const missing = labels.filter((l) => typeof l[language] !== 'string').map((l) => l.en)
      expect([...new Set(missing)], `labels without ${language} (src/i18n/adminLabels/${language}.ts)`).toEqual([])
      expect(Object.keys(words).filter((en) => !english.has(en)), `${language}: entries for no label (reworded or removed?)`).toEqual([])
    }
  })

  it('keeps each label’s Swedish and English, its placeholders, and writes each language in its own script', async () => {
    for (const label of labelsOf(await config)) {
      for (const language of Object.keys(labelTranslations)) {
        expect(label[language].trim(), `${language} of “${label.en}”`).not.toBe('')
        expect(placeholders(label[language]), `${language} of “${label.en}”`).toEqual(placeholders(label.en))
      }
    }
    const letters = (text: string, script: RegExp) => [...text].filter((c) => script.test(c)).length
    for (const [language, script] of [['ar', /\p{Script=Arabic}/u], ['fa', /\p{Script=Arabic}/u], ['rs', /\p{Script=Cyrillic}/u]] as const) {
      const text = Object.values(labelTranslations[language]).join(' ')
      expect(letters(text, script), `${language} in its script`).toBeGreaterThan(letters(text, /\p{Script=Latin}/u))
    }
  })
})

type Field = { name?: string; type?: string; label?: unknown; labels?: { singular?: unknown }; hidden?: boolean; admin?: { hidden?: boolean; disabled?: boolean }; options?: unknown[]; fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[] }

/** What the admin shows under a name Payload made up: a field's name as its label, a select's values as its options. */
function unlabelled(fields: Field[] = [], path: string, found: string[] = []): string[] {
  for (const field of fields) {
    if (field.hidden || field.admin?.hidden || field.admin?.disabled) continue
    const at = field.name ? `${path}/${field.name}` : path
    if (field.name && field.type !== 'ui' && typeof field.label !== 'object' && typeof field.label !== 'function' && field.label !== false) found.push(`${at}: label`)
    if ((field.type === 'array' || field.type === 'blocks') && typeof field.labels?.singular !== 'object') found.push(`${at}: labels`)
    for (const option of field.options ?? []) {
      const { value, label } = typeof option === 'string' ? { value: option, label: option } : (option as { value: string; label: unknown })
      if (label === value) found.push(`${at}=${value}: label`)
    }
    unlabelled(field.fields, at, found)
    for (const tab of field.tabs ?? []) unlabelled(tab.fields, at, found)
    for (const block of field.blocks ?? []) unlabelled(block.fields, at, found)
  }
  return found
}

describe('the admin’s fields', () => {
  it('each have a label written for them, never one Payload makes from a field’s name or a select’s value', async () => {
    const resolved = await config
    // Collections the admin never lists (Payload's own, the page-view counts) are left out.
    const shown = [...resolved.collections.filter((c) => !c.admin?.hidden), ...resolved.globals.filter((g) => !g.admin?.hidden)]
    expect(shown.map((c) => c.slug)).toContain('supportServices')
    const found = shown.flatMap((c) => unlabelled(c.fields as Field[], c.slug))
    expect(found).toEqual([])
  })
})

describe('withLabelLanguages', () => {
  const words = { ar: { Title: 'العنوان' }, pl: { Title: 'Tytuł' } }

  it('adds the languages to a label in a label’s place, keeping Swedish and English as written', () => {
    const field = { name: 'title', type: 'text', label: { sv: 'Rubrik', en: 'Title' }, admin: { description: { sv: 'Kort', en: 'Short' } } }
    const out = withLabelLanguages(field, words)
    expect(out.label).toEqual({ sv: 'Rubrik', en: 'Title', ar: 'العنوان', pl: 'Tytuł' })
    // A label no file has stays Swedish and English (Payload shows the fallback, Swedish).
    expect(out.admin.description).toEqual({ sv: 'Kort', en: 'Short' })
    expect(withLabelLanguages({ label: { sv: 'Rubrik', en: 'Title', ar: 'x' } }, { ar: { Title: 'العنوان' } }).label.ar, 'a label already in more languages is left alone').toBe('x')
  })

  it('changes nothing in place and copies only what holds a label', () => {
    const option = { value: 'a', label: { sv: 'Rubrik', en: 'Title' } }
    const untouched = { access: { read: () => true }, hooks: [] as unknown[] }
    const collection = { fields: [{ type: 'select', options: [option] }, { type: 'select', options: [option] }], other: untouched }
    const before = structuredClone({ option, fields: collection.fields.length })
    const out = withLabelLanguages(collection, words)
    expect(option).toEqual(before.option)
    expect(out.other).toBe(untouched)
    expect(out.fields[0].options[0]).toBe(out.fields[1].options[0])
    expect(out.fields[0].options[0].label).toHaveProperty('ar', 'العنوان')
  })

  it('leaves a `{ sv, en }` value elsewhere (a default value, data) as it is', () => {
    const field = { defaultValue: { sv: 'Rubrik', en: 'Title' } }
    expect(withLabelLanguages(field, words)).toBe(field)
  })
})
