/** Interface strings: every language has every key Swedish has, and each message formats. */
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { flattenMessages as flatten, loadMessages as load } from '@/translations/interfaceStrings'

const source = new Map(flatten(load('sv')))

describe.each(localeCodes)('messages/%s.json', (locale) => {
  const entries = new Map(flatten(load(locale)))

  it('has every key of sv.json and no others', () => {
    expect([...source.keys()].filter((k) => !entries.has(k))).toEqual([])
    expect([...entries.keys()].filter((k) => !source.has(k))).toEqual([])
  })

  it('has no empty message, and each one formats with the Swedish placeholders', () => {
    for (const [key, value] of entries) {
      expect(value.trim(), key).not.toBe('')
      const placeholders = [...(source.get(key) ?? '').matchAll(/\{(\w+)[,}]/g)].map((m) => m[1])
      const values = Object.fromEntries(placeholders.map((p) => [p, p === 'count' ? 2 : 'X']))
      expect(() => new IntlMessageFormat(value, locale).format(values), key).not.toThrow()
    }
  })
})
