/** The pure parts of the translation workflow: fingerprints, states, the list of translatable fields, filters. */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Brochures } from '@/collections/Brochures'
import { Campaigns } from '@/campaigns/collection'
import { Events } from '@/events/Events'
import { Media } from '@/collections/Media'
import { SupportServices } from '@/collections/SupportServices'
import { Topics } from '@/collections/Topics'
import { KeyDates } from '@/campaigns/keyDates/global'
import { Films } from '@/films/collection'
import { Navigation } from '@/globals/Navigation'
import { SiteSettings } from '@/globals/SiteSettings'
import { parseFilters, filtersToQuery } from '@/translations/dashboard/filters'
import { fingerprint } from '@/translations/fingerprint'
import { flattenMessages, interfaceStringCoverage, overrideProblem, withOverrides } from '@/translations/interfaceStrings'
import { basedOnAfterSave, translationState } from '@/translations/status'
import { concreteFields, fieldOf, scopeFields, translatables, valueAt, withValueAt, type Translatable } from '@/translations/translatable'

const configs: Record<Translatable, { fields: Field[] }> = {
  topics: Topics,
  supportServices: SupportServices,
  brochures: Brochures,
  campaigns: Campaigns,
  events: Events,
  media: Media,
  films: Films,
  siteSettings: SiteSettings,
  navigation: Navigation,
  keyDates: KeyDates,
}

/** Localized texts that are not for translators: a mirror of the adult title, slugs made from titles, a link. */
const notTranslated = new Set(['topics:title', 'topics:slug', 'brochures:slug', 'campaigns:banner.url'])

/** Every localized text field of a config, as declared paths (`*` for an array's rows). */
function localizedTexts(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f): string[] => {
    if (f.type === 'row' || f.type === 'collapsible') return localizedTexts(f.fields, prefix)
    if (!('name' in f)) return []
    if (f.type === 'group') return localizedTexts(f.fields, `${prefix}${f.name}.`)
    if (f.type === 'array') return localizedTexts(f.fields, `${prefix}${f.name}.*.`)
    return ['text', 'textarea', 'richText'].includes(f.type) && 'localized' in f && f.localized ? [`${prefix}${f.name}`] : []
  })
}

/** The field at a dot path, looking through groups, rows and arrays (`*`). */
function fieldAt(fields: Field[], path: string): Field | undefined {
  const [head, ...rest] = path.split('.')
  for (const f of fields) {
    if (f.type === 'row' || f.type === 'collapsible') {
      const inner = fieldAt(f.fields, path)
      if (inner) return inner
    }
    if ('name' in f && f.name === head) {
      if (rest.length === 0) return f
      if (f.type === 'group') return fieldAt(f.fields, rest.join('.'))
      if (f.type === 'array' && rest[0] === '*') return fieldAt(f.fields, rest.slice(1).join('.'))
    }
  }
  return undefined
}

describe('the list of translatable fields', () => {
  it.each(Object.keys(translatables) as Translatable[])('is what the %s config has: every localized text declared, each of the right kind', (collection) => {
    const declared = translatables[collection].scopes.flatMap((s) => s.fields.map((f) => f.path))
    const inConfig = localizedTexts(configs[collection].fields).filter((p) => !notTranslated.has(`${collection}:${p}`))
    expect(inConfig.sort()).toEqual([...declared].sort())
    for (const scope of translatables[collection].scopes) {
      for (const f of scope.fields) {
        const field = fieldAt(configs[collection].fields, f.path)
        expect(field, f.path).toBeDefined()
        expect((field as { localized?: boolean }).localized, f.path).toBe(true)
        // Captions are a WebVTT file in a textarea, translated cue by cue.
        expect(field!.type === 'richText' ? 'richText' : field!.type === 'textarea' && f.kind === 'captions' ? 'captions' : 'text', f.path).toBe(f.kind)
        expect((field as { maxLength?: number }).maxLength, f.path).toBe(f.maxLength)
      }
      const review = fieldAt(configs[collection].fields, scope.reviewPath) as { localized?: boolean; type: string }
      expect(review?.type, scope.reviewPath).toBe('select')
      expect(review.localized).toBe(true)
    }
  })

  it('builds a whole scope: its fields in the declared order, an array for a field in rows, then the review field named as declared', () => {
    const names = (fields: Field[]) => fields.map((f) => ('name' in f ? f.name : f.type))
    expect(names(scopeFields('topics', 'child'))).toEqual(['title', 'summary', 'body', 'review'])
    const conversation = scopeFields('films', 'conversation', { arrays: { 'conversation.questions': { label: { sv: 'Frågor', en: 'Questions' } } } })
    expect(names(conversation)).toEqual(['before', 'during', 'after', 'questions', 'help', 'review'])
    const questions = conversation[3] as { type: string; label: unknown; fields: Field[] }
    expect([questions.type, questions.label, names(questions.fields)]).toEqual(['array', { sv: 'Frågor', en: 'Questions' }, ['question']])
    expect(names(scopeFields('films', 'captions'))).toEqual(['captions', 'captionsReview'])
    expect(() => scopeFields('films', 'banner')).toThrow(/no translation scope banner/)
  })
})

describe('fingerprint', () => {
  it('changes with a comma, not with key order or empty versus missing', () => {
    const a = fingerprint('Text, med komma', { root: { b: 1, a: 2 } })
    expect(fingerprint('Text, med komma', { root: { a: 2, b: 1 } })).toBe(a)
    expect(fingerprint('Text med komma', { root: { a: 2, b: 1 } })).not.toBe(a)
    expect(fingerprint('', null)).toBe(fingerprint(undefined, undefined))
    expect(a).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('translation state', () => {
  it('is missing, outdated, needs review or approved, most urgent first', () => {
    expect(translationState({ hasText: false, basedOn: 'a', review: 'approved' }, 'a')).toBe('missing')
    expect(translationState({ hasText: true, basedOn: 'a', review: 'approved' }, 'b')).toBe('outdated')
    expect(translationState({ hasText: true, basedOn: 'b', review: 'needs-review' }, 'b')).toBe('needs-review')
    expect(translationState({ hasText: true, basedOn: 'b', review: null }, 'b')).toBe('needs-review')
    expect(translationState({ hasText: true, basedOn: 'b', review: 'approved' }, 'b')).toBe('approved')
  })

  it('is brought in step with the source by an edit or an approval, and by nothing else', () => {
    const before = { textFingerprint: 't1', basedOn: 'old', review: 'approved' }
    expect(basedOnAfterSave(before, { hasText: true, textFingerprint: 't1', review: 'approved' }, 'new')).toBe('old')
    expect(basedOnAfterSave(before, { hasText: true, textFingerprint: 't2', review: 'approved' }, 'new')).toBe('new')
    expect(basedOnAfterSave({ ...before, review: 'needs-review' }, { hasText: true, textFingerprint: 't1', review: 'approved' }, 'new')).toBe('new')
    expect(basedOnAfterSave(undefined, { hasText: true, textFingerprint: 't1', review: null }, 'new')).toBe('new')
    expect(basedOnAfterSave(undefined, { hasText: false, textFingerprint: 't0', review: null }, 'new')).toBeNull()
  })
})

describe('dot paths', () => {
  it('read and write nested values without touching siblings', () => {
    const doc = { adult: { title: 'A', body: 1 }, order: 3 }
    const next = withValueAt(doc, 'adult.title', 'B')
    expect(valueAt(next, 'adult.title')).toBe('B')
    expect(next.adult.body).toBe(1)
    expect(doc.adult.title).toBe('A')
    expect(valueAt(doc, 'child.title')).toBeUndefined()
  })

  it('reach an array row by its id, so that a unit still finds its row after rows move', () => {
    const doc = { dates: [{ id: 'a1', name: { sv: 'Ett' }, date: '01-01' }, { id: 'b2', name: { sv: 'Två' }, date: '02-02' }] }
    const scope = translatables.keyDates.scopes[0]
    expect(concreteFields(scope, doc).map((f) => [f.path, f.formPath])).toEqual([['dates.a1.name', 'dates.0.name'], ['dates.b2.name', 'dates.1.name']])
    expect(valueAt(doc, 'dates.b2.name')).toEqual({ sv: 'Två' })
    const next = withValueAt(doc, 'dates.b2.name', 'Kaksi')
    expect(next.dates.map((r) => r.name)).toEqual([{ sv: 'Ett' }, 'Kaksi'])
    expect(next.dates[1].date).toBe('02-02')
    expect(fieldOf('keyDates', 'dates.b2.name')?.field.path).toBe('dates.*.name')
    expect(fieldOf('keyDates', 'dates.b2.source')).toBeUndefined()
    expect(fieldOf('keyDates', 'dates.b2.x.name')).toBeUndefined()
  })
})

describe('dashboard filters', () => {
  it('keep known values and drop the rest, never throwing', () => {
    const f = parseFilters({ collection: ['topics', 'users'], state: 'outdated,bogus', lang: ['fi', 'sv', 'xx'], focusArea: 'honour', variant: 'child', page: '-3' })
    expect(f).toMatchObject({ collections: ['topics'], states: ['outdated'], locales: ['fi'], focusAreas: ['honour'], scopes: ['child'], page: 1 })
    expect(parseFilters({}, { locales: ['so'] }).locales).toEqual(['so'])
    expect(parseFilters(Object.fromEntries(new URLSearchParams(filtersToQuery(f))))).toMatchObject({ collections: ['topics'], locales: ['fi'] })
  })
})

describe('interface strings coverage', () => {
  it('lists the keys a language lacks, empty strings included', () => {
    const trees: Record<string, object> = { sv: { a: 'A', b: { c: 'C', d: 'D' } } }
    const coverage = interfaceStringCoverage((l) => (trees[l] ?? (l === 'fi' ? { a: 'A', b: { c: '' } } : trees.sv)) as never)
    const fi = coverage.find((c) => c.locale === 'fi')!
    expect(fi.missing).toEqual(['b.c', 'b.d'])
    expect(fi.percent).toBeCloseTo(33.3, 1)
    expect(coverage.find((c) => c.locale === 'en')!.percent).toBe(100)
    expect(flattenMessages({ x: { y: 'z' } })).toEqual([['x.y', 'z']])
  })

  it('counts a usable override as present and a broken one as missing', () => {
    const trees: Record<string, object> = { sv: { a: 'A', b: { c: 'Ring {phone}' } }, fi: { a: 'A', b: { c: '' } } }
    const load = (l: string) => (trees[l] ?? trees.sv) as never
    const fi = (o: { locale: string; key: string; value: string }[]) => interfaceStringCoverage(load, o).find((c) => c.locale === 'fi')!
    expect(fi([]).missing).toEqual(['b.c'])
    expect(fi([{ locale: 'fi', key: 'b.c', value: 'Soita {phone}' }])).toMatchObject({ missing: [], overridden: 1, percent: 100 })
    expect(fi([{ locale: 'fi', key: 'b.c', value: 'Soita {numero}' }])).toMatchObject({ missing: ['b.c'], overridden: 0 })
    expect(fi([{ locale: 'en', key: 'b.c', value: 'Call {phone}' }]).missing).toEqual(['b.c'])
  })

  it('is complete for every language of the site, files and overrides together', () => {
    for (const c of interfaceStringCoverage(undefined, [])) expect(c.missing, c.locale).toEqual([])
  })
})

describe('interface string overrides', () => {
  const source = new Map([
    ['call', 'Ring {phone}'],
    ['count', '{count, plural, one {# träff} other {# träffar}}'],
    ['rich', 'Läs <link>mer</link>'],
  ])

  it('accepts a message with the Swedish placeholders, in any order and plural form', () => {
    expect(overrideProblem('call', '{phone} – soita', source)).toBeUndefined()
    expect(overrideProblem('count', '{count, plural, one {# osuma} few {# osumaa} other {# osumaa}}', source)).toBeUndefined()
    expect(overrideProblem('rich', 'Lue <link>lisää</link>', source)).toBeUndefined()
  })

  it('refuses what the site could not format, saying why', () => {
    expect(overrideProblem('nope', 'x', source)).toEqual({ problem: 'unknownKey', key: 'nope' })
    expect(overrideProblem('call', ' ', source)).toEqual({ problem: 'empty' })
    expect(overrideProblem('call', 'Soita {phone', source)).toMatchObject({ problem: 'syntax', offset: expect.any(Number) })
    expect(overrideProblem('call', 'Soita {numero}', source)).toEqual({ problem: 'placeholders', expected: '{phone}', found: '{numero}' })
    expect(overrideProblem('call', 'Soita {phone} {extra}', source)).toMatchObject({ problem: 'placeholders' })
    expect(overrideProblem('count', '{count} osumaa', source)).toMatchObject({ problem: 'placeholderTypes' })
    expect(overrideProblem('count', '{count, plural, one {# osuma}}', source)).toMatchObject({ problem: 'syntax' })
    expect(overrideProblem('rich', 'Lue lisää', source)).toMatchObject({ problem: 'placeholders', expected: '<link>' })
  })

  it('puts good overrides over the file and leaves broken ones out', () => {
    const merged = withOverrides({ call: 'Ring {phone}', count: 'x' }, [
      { locale: 'fi', key: 'call', value: 'Soita {phone}' },
      { locale: 'fi', key: 'count', value: '{n} osumaa' },
    ], source)
    expect(merged).toEqual({ call: 'Soita {phone}', count: 'x' })
  })
})
