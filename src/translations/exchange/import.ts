import type { Payload, PayloadRequest } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { hasContent } from '@/content/localized'
import { captionLines, captionUnits, cueKeyPattern, rebuildCaptions } from '@/films/captions/translation'
import { defaultMaxLineLength, defaultMaxLines } from '@/films/captions/validate'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { fingerprint } from '../fingerprint'
import { loadAllLocales } from '../sync'
import { fieldOf, globalDocId, isGlobal, isTranslatable, valueAt, withValueAt, type Translatable } from '../translatable'
import { readXliff, XliffError, type XliffUnit } from '../xliff'
import { mayUpdate } from './access'
import type { ImportReport } from './types'

/** A problem with the file as a whole: nothing is imported. */
export class ImportRefused extends Error {
  constructor(
    public status: number,
    message: string,
    public problems: { message: string; line?: number; unitId?: string }[] = [],
  ) {
    super(message)
  }
}

export const maxImportBytes = 5 * 1024 * 1024

const idPattern = /^([A-Za-z]+):(\d+):([A-Za-z0-9_.-]+)$/

/**
 * Import a translated XLIFF 2.0 file into one target language. The file is validated as a whole
 * first (well-formed, XLIFF 2.0, Swedish source, the chosen target language); then unit by unit:
 * known document and field, Swedish source unchanged since export (by fingerprint), a target of
 * the right kind. Accepted units are saved as drafts marked "needs review", all in one
 * transaction; a dry run reports the same without writing.
 */
export async function importXliff(payload: Payload, req: PayloadRequest, xml: string, locale: Locale, dryRun: boolean): Promise<ImportReport> {
  if (!canEditLocale(req.user, locale) || locale === defaultLocale) throw new ImportRefused(403, `You may not change texts in "${locale}".`)
  if (Buffer.byteLength(xml) > maxImportBytes) throw new ImportRefused(413, `The file is larger than ${maxImportBytes / 1024 / 1024} MiB.`)
  let parsed
  try {
    parsed = readXliff(xml, { maxBytes: maxImportBytes })
  } catch (error) {
    if (error instanceof XliffError) throw new ImportRefused(400, error.message, error.problems)
    throw error
  }
  if (parsed.srcLang !== defaultLocale) throw new ImportRefused(400, `The file's source language is "${parsed.srcLang}"; it must be "sv" (Swedish).`)
  if (parsed.trgLang !== locale) throw new ImportRefused(400, `The file is for "${parsed.trgLang}", not "${locale}". Choose the file's language, or the right file.`)

  const report: ImportReport = { dryRun, locale, accepted: [], unchanged: 0, untranslated: 0, refused: [] }
  const docs = new Map<string, Record<string, unknown> | null>()
  const changes = new Map<string, { collection: Translatable; id: number; values: [string, unknown][]; scopes: Set<string> }>()
  const mayChange = new Map<string, boolean>()
  const captionChanges = new Map<string, { key: string; collection: Translatable; id: number; path: string; reviewPath: string; source: string; current: unknown; texts: Map<string, string> }>()
  const refuse = (unit: XliffUnit, reason: string) => report.refused.push({ unit: unit.id, line: unit.line, reason })

  for (const unit of parsed.files.flatMap((f) => f.units)) {
    const match = idPattern.exec(unit.id)
    const collection = match?.[1]
    if (!match || !isTranslatable(collection)) {
      refuse(unit, 'Unknown unit: not made by this portal’s export.')
      continue
    }
    const id = Number(match[2])
    // A caption cue's unit: the captions field's path and the cue's key.
    const cueMatch = cueKeyPattern.exec(match[3])
    const asCue = cueMatch && fieldOf(collection, cueMatch[1])?.field.kind === 'captions' ? { path: cueMatch[1], key: cueMatch[2] } : undefined
    const known = fieldOf(collection, asCue?.path ?? match[3])
    if (!known) {
      refuse(unit, `Unknown field "${match[3]}".`)
      continue
    }
    const key = `${collection}:${id}`
    if (!docs.has(key)) docs.set(key, isGlobal(collection) && id !== globalDocId ? null : await loadAllLocales(payload, collection, id, req, req.user))
    const doc = docs.get(key)
    if (!doc) {
      refuse(unit, 'The document no longer exists.')
      continue
    }
    if (!mayChange.has(key)) mayChange.set(key, await mayUpdate(payload, req, collection, id, locale))
    if (!mayChange.get(key)) {
      refuse(unit, `You may not change this ${isGlobal(collection) ? 'setting' : 'document'}.`)
      continue
    }
    if (known.field.kind === 'captions') {
      if (!asCue) {
        refuse(unit, 'Captions are translated cue by cue: export them again.')
        continue
      }
      const values = (valueAt(doc, asCue.path) ?? {}) as Record<string, unknown>
      const cue = captionUnits(values[defaultLocale], values[locale]).find((u) => u.key === asCue.key)
      if (!cue || fingerprint(cue.source) !== unit.fingerprint) {
        refuse(unit, 'This Swedish caption has changed (its text, its timing or its place) since this file was exported. Export the captions again.')
        continue
      }
      const target = unit.target
      if (!target) {
        report.untranslated++
        continue
      }
      const lines = target.kind === 'text' ? captionLines(target.text) : undefined
      if (target.kind !== 'text' || !target.text.trim()) {
        refuse(unit, target.kind === 'text' ? 'The translation is empty.' : 'Expected plain text for this caption.')
        continue
      }
      if (!lines) {
        refuse(unit, `Does not fit in ${defaultMaxLines} lines of ${defaultMaxLineLength} characters. Shorten it, or break it into lines.`)
        continue
      }
      const text = lines.join('\n')
      if (cue.target === text) {
        report.unchanged++
        continue
      }
      const fieldKey = `${key}|${asCue.path}`
      const cues = captionChanges.get(fieldKey) ?? { key, collection, id, path: asCue.path, reviewPath: known.scope.reviewPath, source: String(values[defaultLocale]), current: values[locale], texts: new Map<string, string>() }
      cues.texts.set(asCue.key, text)
      captionChanges.set(fieldKey, cues)
      report.accepted.push({ unit: unit.id, collection, id, field: `${asCue.path}.${asCue.key}` })
      continue
    }
    const path = match[3]
    // A row removed from an array since the export has no source: refused as changed.
    const values = (valueAt(doc, path) ?? {}) as Record<string, unknown>
    if (fingerprint(values[defaultLocale]) !== unit.fingerprint) {
      refuse(unit, 'The Swedish source has changed since this file was exported. Export this text again.')
      continue
    }
    const target = unit.target
    if (!target) {
      report.untranslated++
      continue
    }
    if (target.kind !== known.field.kind) {
      refuse(unit, `Expected ${known.field.kind === 'richText' ? 'formatted text' : 'plain text'} for this field.`)
      continue
    }
    const value = target.kind === 'richText' ? target.value : target.text
    if (!hasContent(value)) {
      refuse(unit, 'The translation is empty.')
      continue
    }
    if (target.kind === 'text' && known.field.maxLength && target.text.length > known.field.maxLength) {
      refuse(unit, `Longer than ${known.field.maxLength} characters (${target.text.length}).`)
      continue
    }
    if (fingerprint(values[locale]) === fingerprint(value)) {
      report.unchanged++
      continue
    }
    const change = changes.get(key) ?? { collection, id, values: [], scopes: new Set<string>() }
    change.values.push([path, value])
    change.scopes.add(known.scope.reviewPath)
    changes.set(key, change)
    report.accepted.push({ unit: unit.id, collection, id, field: path })
  }

  // A film's captions in this language: rebuilt on the Swedish timings with the translated cues.
  for (const c of captionChanges.values()) {
    const change = changes.get(c.key) ?? { collection: c.collection, id: c.id, values: [], scopes: new Set<string>() }
    change.values.push([c.path, rebuildCaptions(c.source, c.current, c.texts)])
    change.scopes.add(c.reviewPath)
    changes.set(c.key, change)
  }

  if (dryRun || changes.size === 0) return report

  // Groups and arrays are saved whole: start from what is stored in this language, then set the imported fields.
  const transactionID = await payload.db.beginTransaction()
  const txReq = Object.assign(req, { transactionID: transactionID ?? undefined, locale })
  try {
    for (const { collection, id, values, scopes } of changes.values()) {
      const read = { locale, fallbackLocale: false as const, depth: 0, overrideAccess: true, req: txReq }
      const current = (isGlobal(collection)
        ? await payload.findGlobal({ slug: collection, ...read })
        : await payload.findByID({ collection, id, draft: true, ...read })) as unknown as Record<string, unknown>
      let next: Record<string, unknown> = {}
      for (const [path, value] of [...values, ...[...scopes].map((p) => [p, 'needs-review'] as [string, unknown])]) {
        const top = path.split('.')[0]
        if (!(top in next)) next[top] = current[top]
        next = withValueAt(next, path, value)
      }
      const write = { locale, data: next, depth: 0, overrideAccess: false, user: req.user, req: txReq }
      if (isGlobal(collection)) await payload.updateGlobal({ slug: collection, ...write })
      else await payload.update({ collection, id, draft: true, ...write })
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
  return report
}

export function parseLocale(value: string | null): Locale | undefined {
  return isLocale(value) && value !== defaultLocale ? value : undefined
}
