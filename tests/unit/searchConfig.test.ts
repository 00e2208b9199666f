import { describe, expect, it } from 'vitest'

import { searchRows } from '@/search/documents'
import { textSearchConfig } from '@/search/config'

describe('text-search configuration', () => {
  it('uses the language’s own where PostgreSQL has it, simple otherwise', async () => {
    const db = { execute: async () => ({ rows: [{ cfgname: 'simple' }, { cfgname: 'swedish' }, { cfgname: 'arabic' }] }) }
    expect(await textSearchConfig(db, 'swedish')).toBe('swedish')
    expect(await textSearchConfig(db, 'persian')).toBe('simple')
  })
})

describe('search rows', () => {
  it('index each language with its own text, or the Swedish it falls back to', () => {
    const doc = {
      id: 7,
      slug: { sv: 'amne', en: 'topic' },
      adult: { title: { sv: 'Ämne', en: 'Topic' }, summary: { sv: 'Kort' } },
      child: { title: { sv: 'För barn' } },
    }
    const rows = searchRows('topics', doc)
    const en = rows.find((r) => r.locale === 'en' && r.variant === 'adult')!
    expect(en).toMatchObject({ title: 'Topic', lang: 'en', config: 'english', summary: 'Kort', slug: 'topic' })
    const fa = rows.find((r) => r.locale === 'fa' && r.variant === 'child')!
    expect(fa).toMatchObject({ title: 'För barn', lang: 'sv', config: 'swedish', slug: 'amne' })
    expect(rows).toHaveLength(22)
  })
})
