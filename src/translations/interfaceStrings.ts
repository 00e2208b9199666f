/**
 * The public site's interface strings (`messages/<locale>.json`): which keys each language lacks
 * compared with Swedish. The dashboard shows the coverage; a unit test fails on any gap.
 */
import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'

type Tree = { [key: string]: string | Tree }

const dir = path.resolve(process.cwd(), 'messages')

export function loadMessages(locale: Locale): Tree {
  return JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Tree
}

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`. */
export function flattenMessages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flattenMessages(v, `${prefix}${k}.`)))
}

export interface StringCoverage {
  locale: Locale
  total: number
  missing: string[]
  percent: number
}

export function interfaceStringCoverage(load: (l: Locale) => Tree = loadMessages): StringCoverage[] {
  const source = flattenMessages(load(defaultLocale)).map(([k]) => k)
  return localeCodes
    .filter((l) => l !== defaultLocale)
    .map((locale) => {
      const have = new Map(flattenMessages(load(locale)))
      const missing = source.filter((k) => !have.get(k)?.trim())
      return { locale, total: source.length, missing, percent: source.length ? Math.floor(((source.length - missing.length) / source.length) * 1000) / 10 : 100 }
    })
}
