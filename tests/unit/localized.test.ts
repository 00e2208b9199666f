import { describe, expect, it } from 'vitest'

import { availableIn, findBySlug, hasContent, pick, richTextToPlain, slugIn, fallbackAttributes } from '@/content/localized'
import { localeCodes } from '@/i18n/locales'

const rich = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('pick', () => {
  it('takes the reader’s language when it has text', () => {
    expect(pick({ sv: 'Hej', fi: 'Hei' }, 'fi')).toEqual({ value: 'Hei', lang: 'fi', fellBack: false })
  })
  it('falls back to Swedish and says so', () => {
    expect(pick({ sv: 'Hej', fi: '' }, 'fi')).toEqual({ value: 'Hej', lang: 'sv', fellBack: true })
    expect(pick({ sv: 'Hej' }, 'ar')).toEqual({ value: 'Hej', lang: 'sv', fellBack: true })
  })
  it('treats empty rich text as missing', () => {
    expect(pick({ sv: rich('Text'), so: rich('  ') }, 'so')?.lang).toBe('sv')
  })
  it('is not a fallback for Swedish itself, and undefined when nothing exists', () => {
    expect(pick({ sv: 'Hej' }, 'sv')?.fellBack).toBe(false)
    expect(pick({ en: 'Hello' }, 'fi')).toBeUndefined()
  })
})

describe('availableIn and plain text', () => {
  it('lists languages with content, in the list’s order', () => {
    expect(availableIn({ fa: 'x', sv: 'y', en: '' }, localeCodes)).toEqual(['sv', 'fa'])
  })
  it('extracts the text of a Lexical document', () => {
    expect(richTextToPlain(rich('Ring 112'))).toBe('Ring 112')
    expect(hasContent(null)).toBe(false)
  })
})

describe('slugs', () => {
  const docs = [{ id: 1, slug: { sv: 'vald', en: 'violence' } }, { id: 2, slug: { sv: 'skydd' } }]
  it('finds a document by its slug in this language first, then in any other', () => {
    expect(findBySlug(docs, 'violence', 'en')?.id).toBe(1)
    expect(findBySlug(docs, 'vald', 'en')?.id).toBe(1)
    expect(findBySlug(docs, 'nope', 'en')).toBeUndefined()
  })
  it('gives the Swedish slug where a language has none', () => {
    expect(slugIn(docs[1], 'ar')).toBe('skydd')
    expect(slugIn(docs[0], 'en')).toBe('violence')
  })
})

describe('fallbackAttributes', () => {
  it('marks a block that fell back to Swedish with its language and direction, on any page', () => {
    expect(fallbackAttributes(pick({ sv: 'Hej.' }, 'ar'))).toEqual({ lang: 'sv', dir: 'ltr' })
    expect(fallbackAttributes(pick({ sv: 'Hej.' }, 'fi'))).toEqual({ lang: 'sv', dir: 'ltr' })
  })

  it('marks nothing in the reader’s own language, or when there is nothing', () => {
    expect(fallbackAttributes(pick({ sv: 'Hej.', ar: 'مرحبا.' }, 'ar'))).toEqual({})
    expect(fallbackAttributes(pick({ sv: 'Hej.' }, 'sv'))).toEqual({})
    expect(fallbackAttributes(undefined)).toEqual({})
  })
})
