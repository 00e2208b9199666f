import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { richTextToPlain } from '@/content/localized'
import { connection } from '@/db/connection'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { translationState, type TranslationState } from './status'
import { loadAllLocales } from './sync'
import { concreteFields, translatables, valueAt, type Translatable } from './translatable'

export interface SourceField {
  /** The Swedish text now (latest version, drafts included), as plain text. */
  current: string
  /** The Swedish text the translation was made from, when it differs from `current`. */
  basedOn: string | null
}

export interface SourceView {
  locale: Locale
  states: Record<string, TranslationState>
  fields: Record<string, SourceField>
}

/**
 * What a translator sees beside each field: the current Swedish source and, where the translation
 * is outdated, the Swedish text it was made from, so that the editor can show the difference.
 */
export async function sourceView(payload: Payload, collection: Translatable, id: number, locale: Locale, req: PayloadRequest): Promise<SourceView> {
  const doc = await loadAllLocales(payload, collection, id, req, req.user)
  if (!doc) throw Object.assign(new Error('Not found'), { status: 404 })
  const db = await connection(payload)
  const { rows } = await db.execute(sql`
    SELECT t.scope, t.has_text, t.based_on, t.review, t.source_text, s.text_fingerprint AS source
    FROM translation_status t JOIN translation_status s ON s.collection = t.collection AND s.doc_id = t.doc_id AND s.scope = t.scope AND s.locale = 'sv'
    WHERE t.collection = ${collection} AND t.doc_id = ${id} AND t.locale = ${locale}`)
  const byScope = new Map(rows.map((r) => [String(r.scope), r]))
  const view: SourceView = { locale, states: {}, fields: {} }
  for (const scope of translatables[collection].scopes) {
    const row = byScope.get(scope.scope)
    const state = row ? translationState({ hasText: Boolean(row.has_text), basedOn: (row.based_on as string) ?? null, review: (row.review as string) ?? null }, String(row.source)) : undefined
    if (state) view.states[scope.scope] = state
    const old = (row?.source_text ?? null) as Record<string, string> | null
    // Keyed by the admin form's path, which is what a field's side-by-side component knows.
    for (const { field, path, formPath } of concreteFields(scope, doc)) {
      const v = (valueAt(doc, path) as Record<string, unknown> | undefined)?.[defaultLocale]
      const current = field.kind === 'richText' ? richTextToPlain(v) : typeof v === 'string' ? v : ''
      const before = state === 'outdated' && old ? (old[formPath] ?? '') : null
      view.fields[formPath] = { current, basedOn: before !== null && before !== current ? before : null }
    }
  }
  return view
}
