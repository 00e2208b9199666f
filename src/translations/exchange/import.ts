import type { Payload, PayloadRequest } from 'payload'

import { canEditLocale } from '@/access/canEditLocale'
import { hasContent } from '@/content/localized'
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
  const refuse = (unit: XliffUnit, reason: string) => report.refused.push({ unit: unit.id, line: unit.line, reason })

  for (const unit of parsed.files.flatMap((f) => f.units)) {
    const match = idPattern.exec(unit.id)
    const collection = match?.[1]
    if (!match || !isTranslatable(collection)) {
      refuse(unit, 'Unknown unit: not made by this portal’s export.')
      continue
    }
    const id = Number(match[2])
    const known = fieldOf(collection, match[3])
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
