/** Interface strings: every language has every key Swedish has, and each message formats. */
import fs from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

const dir = path.resolve(import.meta.dirname, '../../messages')
type Tree = { [k: string]: string | Tree }
const load = (l: string) => JSON.parse(fs.readFileSync(path.join(dir, `${l}.json`), 'utf8')) as Tree
const flatten = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)))

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
