/**
 * The public site's interface strings (`messages/<locale>.json`) and their overrides stored in the
 * CMS (collection `interface-strings`): a translator corrects a string without a deploy, and the
 * override wins over the file. The dashboard shows the coverage of both; a unit test fails on a gap.
 */
import fs from 'node:fs'
import path from 'node:path'

import { isStructurallySame, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'

export type Tree = { [key: string]: string | Tree }

/** One override as stored: a language, a key of `messages/sv.json` (dotted) and its text. */
export interface InterfaceOverride {
  locale: string
  key: string
  value: string
}

export const interfaceStringsSlug = 'interface-strings' as const

const dir = path.resolve(process.cwd(), 'messages')

export function loadMessages(locale: Locale): Tree {
  return JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Tree
}

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`. */
export function flattenMessages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flattenMessages(v, `${prefix}${k}.`)))
}

/** Why an override cannot be used, as a key of the admin's `custom` translations and its values. */
export type OverrideProblem =
  | { problem: 'unknownKey'; key: string }
  | { problem: 'empty' }
  | { problem: 'syntax'; error: string; offset: number }
  | { problem: 'placeholders'; expected: string; found: string }
  | { problem: 'placeholderTypes'; error: string }

/** The placeholders (`{name}`, plural and select arguments, `<tag>`s) a message uses. */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`)
      placeholders(el.children, out)
      continue
    }
    out.add(`{${el.value}}`)
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) placeholders(option.value, out)
  }
  return out
}

const sorted = (s: Set<string>) => [...s].sort().join(' ') || '–'

/**
 * Checks an override against the Swedish string of its key: it must parse as ICU MessageFormat and
 * use exactly the Swedish placeholders, with the same kinds (a plural stays a plural), so that the
 * site formats it with the values it passes. Returns undefined when the override is good.
 */
export function overrideProblem(key: string, value: string, source: Map<string, string> = swedishStrings()): OverrideProblem | undefined {
  const swedish = source.get(key)
  if (swedish === undefined) return { problem: 'unknownKey', key }
  if (!value.trim()) return { problem: 'empty' }
  let ast: MessageFormatElement[]
  try {
    ast = parse(value)
  } catch (error) {
    const e = error as Error & { location?: { start?: { offset?: number } } }
    return { problem: 'syntax', error: e.message, offset: (e.location?.start?.offset ?? 0) + 1 }
  }
  const sourceAst = parse(swedish)
  const expected = placeholders(sourceAst)
  const found = placeholders(ast)
  if (expected.size !== found.size || [...expected].some((p) => !found.has(p))) return { problem: 'placeholders', expected: sorted(expected), found: sorted(found) }
  const same = isStructurallySame(sourceAst, ast)
  if (!same.success) return { problem: 'placeholderTypes', error: same.error?.message ?? '' }
  return undefined
}

let swedishCache: Map<string, string> | undefined
/** The Swedish file's strings by dotted key (read once per process: the file changes with a deploy). */
export function swedishStrings(): Map<string, string> {
  swedishCache ??= new Map(flattenMessages(loadMessages(defaultLocale)))
  return swedishCache
}

/**
 * The file's messages with the language's overrides on top. An override that no longer fits the
 * Swedish string (its key was removed or its placeholders changed in a later deploy) is left out, so
 * the site never formats a message with values it does not have.
 */
export function withOverrides(messages: Tree, overrides: InterfaceOverride[], source = swedishStrings()): Tree {
  const merged = structuredClone(messages)
  for (const { key, value } of overrides) {
    if (overrideProblem(key, value, source)) continue
    const parts = key.split('.')
    let node = merged
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== 'object') node[part] = {}
      node = node[part] as Tree
    }
    node[parts.at(-1)!] = value
  }
  return merged
}

export interface StringCoverage {
  locale: Locale
  total: number
  /** Keys with neither a file string nor a usable override. */
  missing: string[]
  /** Keys whose file string a usable override replaces (or fills in). */
  overridden: number
  percent: number
}

/** Coverage per target language of the file strings and the CMS overrides together. */
export function interfaceStringCoverage(load: (l: Locale) => Tree = loadMessages, overrides: InterfaceOverride[] = []): StringCoverage[] {
  const sourceMap = new Map(flattenMessages(load(defaultLocale)))
  const source = [...sourceMap.keys()]
  return localeCodes
    .filter((l) => l !== defaultLocale)
    .map((locale) => {
      const have = new Map(flattenMessages(load(locale)))
      const usable = new Set(overrides.filter((o) => o.locale === locale && !overrideProblem(o.key, o.value, sourceMap)).map((o) => o.key))
      const missing = source.filter((k) => !have.get(k)?.trim() && !usable.has(k))
      return {
        locale,
        total: source.length,
        missing,
        overridden: usable.size,
        percent: source.length ? Math.floor(((source.length - missing.length) / source.length) * 1000) / 10 : 100,
      }
    })
}
