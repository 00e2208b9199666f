import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { hasContent, richTextToPlain } from '@/content/localized'
import { connection } from '@/db/connection'
import { captionsComplete } from '@/films/captions/translation'
import { defaultLocale, targetLocales, type Locale } from '@/i18n/locales'

import { fingerprint } from './fingerprint'
import { basedOnAfterSave } from './status'
import { concreteFields, globalDocId, isGlobal, someAt, translatables, valueAt, type ConcreteField, type Translatable } from './translatable'

/** The document as stored, in every language, drafts included; null when it is gone. */
export async function loadAllLocales(payload: Payload, target: Translatable, id: number, req?: PayloadRequest, user?: PayloadRequest['user']) {
  const access = user === undefined ? { overrideAccess: true } : { overrideAccess: false, user }
  const doc = isGlobal(target)
    ? await payload.findGlobal({ slug: target, locale: 'all' as Locale, draft: true, depth: 0, req, ...access }).catch(() => null)
    : await payload.findByID({ collection: target, id, locale: 'all' as Locale, draft: true, depth: 0, req, ...access }).catch(() => null)
  return doc as Record<string, unknown> | null
}

const inLocale = (doc: unknown, path: string, locale: Locale) => (valueAt(doc, path) as Record<string, unknown> | undefined)?.[locale] ?? null

/** The Swedish text of a scope as plain text per field (by form path): what the side-by-side diff compares. */
function plainSource(fields: ConcreteField[], doc: unknown): Record<string, string> {
  return Object.fromEntries(
    fields.map(({ field, path, formPath }) => {
      const v = inLocale(doc, path, defaultLocale)
      return [formPath, field.kind === 'richText' ? richTextToPlain(v) : typeof v === 'string' ? v : '']
    }),
  )
}

/** The Swedish title the dashboard shows for a document. */
export function titleOf(target: Translatable, doc: unknown): string {
  const entity = translatables[target]
  if (entity.kind === 'global') return entity.label.sv
  const path = entity.titlePath ?? entity.scopes[0].requiredPath
  const value = valueAt(doc, path)
  const sv = value && typeof value === 'object' ? (value as Record<string, unknown>)[defaultLocale] : value
  return typeof sv === 'string' ? sv : ''
}

/**
 * Rebuild a document's rows in `translation_status` from its latest version (drafts included:
 * translators work on drafts). Runs in the save's transaction, after the save, so it sees exactly
 * what was stored, in every language, without fallback. A global is the document `globalDocId`.
 */
export async function syncTranslationStatus(payload: Payload, target: Translatable, id: number, req?: PayloadRequest) {
  const db = await connection(payload, req)
  const doc = await loadAllLocales(payload, target, id, req)
  if (!doc) {
    await db.execute(sql`DELETE FROM translation_status WHERE collection = ${target} AND doc_id = ${id}`)
    return
  }
  const previous = new Map(
    (await db.execute(sql`SELECT scope, locale, text_fingerprint, based_on, review FROM translation_status WHERE collection = ${target} AND doc_id = ${id}`)).rows.map(
      (r) => [`${r.scope}/${r.locale}`, { textFingerprint: String(r.text_fingerprint), basedOn: (r.based_on as string | null) ?? null, review: (r.review as string | null) ?? null }],
    ),
  )
  // A film has several focus areas; the dashboard filters on its first.
  const focusArea = (doc as { focusArea?: string }).focusArea ?? (doc as { focusAreas?: string[] }).focusAreas?.[0] ?? null
  const title = titleOf(target, doc)
  const rows: Row[] = []
  for (const scope of translatables[target].scopes) {
    if (!someAt(doc, scope.requiredPath, (v) => hasContent((v as Record<string, unknown> | undefined)?.[defaultLocale]))) {
      // No Swedish source in this scope (a topic without a children's version): nothing to translate.
      await db.execute(sql`DELETE FROM translation_status WHERE collection = ${target} AND doc_id = ${id} AND scope = ${scope.scope}`)
      continue
    }
    const fields = concreteFields(scope, doc)
    const values = (locale: Locale) => fields.map((f) => inLocale(doc, f.path, locale))
    const source = fingerprint(...values(defaultLocale))
    const sourceText = JSON.stringify(plainSource(fields, doc))
    rows.push({ collection: target, id, scope: scope.scope, locale: defaultLocale, title, focusArea, hasText: true, textFingerprint: source, basedOn: source, review: null, sourceText: null })
    for (const locale of targetLocales) {
      // Complete means every field that has Swedish text has text in this language too.
      // Captions are complete when every Swedish cue has its text in this language.
      const complete = (f: ConcreteField) =>
        f.field.kind === 'captions' ? captionsComplete(inLocale(doc, f.path, defaultLocale), inLocale(doc, f.path, locale)) : hasContent(inLocale(doc, f.path, locale))
      const hasText = fields.every((f) => !hasContent(inLocale(doc, f.path, defaultLocale)) || complete(f))
      const textFingerprint = fingerprint(...values(locale))
      const review = (inLocale(doc, scope.reviewPath, locale) as string | null) ?? null
      const before = previous.get(`${scope.scope}/${locale}`)
      const basedOn = basedOnAfterSave(before, { hasText, textFingerprint, review }, source)
      const inStep = basedOn === source && basedOn !== before?.basedOn
      rows.push({
        collection: target, id, scope: scope.scope, locale, title, focusArea, hasText, textFingerprint, basedOn, review,
        // Keep the Swedish text the translation was made from, so that the diff can show what changed since.
        sourceText: inStep ? sourceText : null,
      })
    }
  }
  await upsert(db, rows)
}

interface Row {
  collection: string
  id: number
  scope: string
  locale: string
  title: string
  focusArea: string | null
  hasText: boolean
  textFingerprint: string
  basedOn: string | null
  review: string | null
  /** null: keep what is stored. */
  sourceText: string | null
}

/** All of a document's rows in one statement, not one per language and variant. */
async function upsert(db: Awaited<ReturnType<typeof connection>>, rows: Row[]) {
  if (rows.length === 0) return
  const values = rows.map(
    (r) => sql`(${r.collection}, ${r.id}, ${r.scope}, ${r.locale}, ${r.title}, ${r.focusArea}, ${r.hasText}, ${r.textFingerprint}, ${r.basedOn}, ${r.review}, ${r.sourceText}::jsonb, now())`,
  )
  await db.execute(sql`
    INSERT INTO translation_status (collection, doc_id, scope, locale, title, focus_area, has_text, text_fingerprint, based_on, review, source_text, updated_at)
    VALUES ${sql.join(values, sql`, `)}
    ON CONFLICT (collection, doc_id, scope, locale) DO UPDATE SET
      title = EXCLUDED.title, focus_area = EXCLUDED.focus_area, has_text = EXCLUDED.has_text,
      text_fingerprint = EXCLUDED.text_fingerprint, based_on = EXCLUDED.based_on, review = EXCLUDED.review,
      source_text = COALESCE(EXCLUDED.source_text, translation_status.source_text),
      updated_at = CASE WHEN translation_status.text_fingerprint IS DISTINCT FROM EXCLUDED.text_fingerprint
        OR translation_status.based_on IS DISTINCT FROM EXCLUDED.based_on OR translation_status.review IS DISTINCT FROM EXCLUDED.review
        THEN now() ELSE translation_status.updated_at END`)
}

export const syncStatusAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await syncTranslationStatus(req.payload, collection.slug as Translatable, doc.id, req)
  return doc
}

export const syncGlobalStatusAfterChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await syncTranslationStatus(req.payload, global.slug as Translatable, globalDocId, req)
  return doc
}

export const dropStatusAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const db = await connection(req.payload, req)
  await db.execute(sql`DELETE FROM translation_status WHERE collection = ${collection.slug} AND doc_id = ${doc.id}`)
  return doc
}
