import type { Payload, PayloadRequest } from 'payload'

import { hasContent } from '@/content/localized'
import { cueKey, captionUnits } from '@/films/captions/translation'
import { defaultMaxLineLength, defaultMaxLines } from '@/films/captions/validate'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { fingerprint } from '../fingerprint'
import { translationMatrix } from '../queries'
import { loadAllLocales, titleOf } from '../sync'
import { concreteFields, someAt, translatables, valueAt, type Scope, type Translatable } from '../translatable'
import type { XliffDocument, XliffFile, XliffUnit } from '../xliff'
import { mayUpdate } from './access'

export type ExportSelection = 'todo' | 'all' | 'selected'

export interface ExportOptions {
  locale: Locale
  units: ExportSelection
  /** For `selected`: the documents ticked on the dashboard. */
  docs?: { collection: Translatable; id: number }[]
  collections?: Translatable[]
  focusAreas?: string[]
}

/** A unit's id: stable across exports, and says where the text goes back to. */
export function unitId(collection: Translatable, id: number, path: string): string {
  return `${collection}:${id}:${path}`
}

/**
 * The XLIFF document for one target language: one <file> per document, one <unit> per localized
 * field with its Swedish source, the current translation if any, notes for context and the
 * fingerprint of the source it was exported from.
 */
export async function buildExport(payload: Payload, req: PayloadRequest, options: ExportOptions): Promise<XliffDocument> {
  const { locale } = options
  // Which (document, scope) pairs go in the file.
  const wanted = new Map<string, { collection: Translatable; id: number; scopes: Set<Scope> | 'all' }>()
  if (options.units === 'selected') {
    for (const d of options.docs ?? []) wanted.set(`${d.collection}:${d.id}`, { ...d, scopes: 'all' })
  } else {
    const { rows } = await translationMatrix(payload, {
      locales: [locale],
      collections: options.collections,
      focusAreas: options.focusAreas,
      states: options.units === 'todo' ? ['missing', 'outdated'] : undefined,
    })
    for (const r of rows) {
      const key = `${r.collection}:${r.docId}`
      const entry = wanted.get(key) ?? { collection: r.collection, id: r.docId, scopes: new Set<Scope>() }
      if (entry.scopes !== 'all') entry.scopes.add(r.scope)
      wanted.set(key, entry)
    }
  }

  const files: XliffFile[] = []
  for (const { collection, id, scopes } of wanted.values()) {
    const doc = await loadAllLocales(payload, collection, id, req, req.user)
    if (!doc || !(await mayUpdate(payload, req, collection, id, locale))) continue
    const at = (path: string, l: Locale) => (valueAt(doc, path) as Record<string, unknown> | undefined)?.[l]
    const title = titleOf(collection, doc)
    const units: XliffUnit[] = []
    for (const scope of translatables[collection].scopes) {
      if (scopes !== 'all' && !scopes.has(scope.scope)) continue
      if (!someAt(doc, scope.requiredPath, (v) => hasContent((v as Record<string, unknown> | undefined)?.[defaultLocale]))) continue
      for (const { field, path } of concreteFields(scope, doc)) {
        const source = at(path, defaultLocale)
        if (!hasContent(source)) continue
        if (field.kind === 'captions') {
          units.push(...captionExportUnits(collection, id, path, title, source, at(path, locale)))
          continue
        }
        const target = at(path, locale)
        const content = (v: unknown) => (field.kind === 'richText' ? { kind: 'richText' as const, value: v as never } : { kind: 'text' as const, text: String(v) })
        units.push({
          id: unitId(collection, id, path),
          name: path,
          fingerprint: fingerprint(source),
          notes: [
            { category: 'document', text: title },
            { category: 'field', text: `${field.label.sv} / ${field.label.en}` },
            { category: 'audience', text: `${scope.audience.sv} / ${scope.audience.en}` },
            ...(field.maxLength ? [{ category: 'maxLength', text: String(field.maxLength) }] : []),
          ],
          source: content(source),
          target: hasContent(target) ? content(target) : undefined,
        })
      }
    }
    if (units.length) files.push({ id: `${collection}-${id}`, original: `${collection}/${id}`, units })
  }
  return { srcLang: defaultLocale, trgLang: locale, files }
}

/**
 * One unit per Swedish cue: its text (what a viewer reads, without markup) as the source, its
 * timing and speaker as notes. The unit's id names the cue by position and Swedish timings, and
 * its fingerprint is of the cue's text, so an import can tell that this very cue is unchanged.
 */
function captionExportUnits(collection: Translatable, id: number, path: string, title: string, source: unknown, target: unknown): XliffUnit[] {
  return captionUnits(source, target).map((u) => ({
    id: unitId(collection, id, `${path}.${cueKey(u.cue)}`),
    name: `${path} ${u.cue.index + 1}`,
    fingerprint: fingerprint(u.source),
    notes: [
      { category: 'document', text: title },
      { category: 'field', text: 'Undertext / Caption' },
      { category: 'timing', text: u.cue.timing.trim() },
      ...(u.speaker ? [{ category: 'speaker', text: u.speaker }] : []),
      { category: 'lines', text: `max ${defaultMaxLines} × ${defaultMaxLineLength}` },
    ],
    source: { kind: 'text' as const, text: u.source },
    target: u.target ? { kind: 'text' as const, text: u.target } : undefined,
  }))
}
