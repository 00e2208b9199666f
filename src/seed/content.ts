/** The demo content's files (content/, see content/FORMAT.md) and how the seeds read them. */
import fs from 'node:fs'
import path from 'node:path'

import { localeCodes, type Locale } from '@/i18n/locales'

export const contentDir = path.resolve(import.meta.dirname, 'content')

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}

/**
 * The drafted translations of one content file, content/translations/<locale>/<name>.json, for
 * each language that has one, in the locale list's order (the order they are written in).
 */
export function translationsFor<T>(name: string): Partial<Record<Locale, T>> {
  const found: Partial<Record<Locale, T>> = {}
  for (const locale of localeCodes) {
    const file = path.join(contentDir, 'translations', locale, `${name}.json`)
    if (fs.existsSync(file)) found[locale] = readJson<T>(file)
  }
  return found
}
