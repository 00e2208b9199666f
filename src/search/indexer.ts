import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { connection } from '@/db/connection'
import type { Locale } from '@/i18n/locales'

import { textSearchConfig } from './config'
import { searchRows, type SearchCollection } from './documents'
import { recentSearches } from './recent'

/** Rebuild one document's rows from its published version (drafts are never searchable). */
export async function reindex(payload: Payload, collection: SearchCollection, id: number, req?: PayloadRequest) {
  const db = await connection(payload, req)
  recentSearches.forget()
  await db.execute(sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${id}`)
  const doc = await payload
    .findByID({ collection, id, locale: 'all' as Locale, draft: false, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!doc || (doc as { _status?: string })._status !== 'published') return
  for (const r of searchRows(collection, doc as never)) {
    const config = await textSearchConfig(db, r.config)
    await db.execute(sql`
      INSERT INTO search_documents (collection, doc_id, locale, variant, lang, title, summary, body, slug, tsv)
      VALUES (${r.collection}, ${r.docId}, ${r.locale}, ${r.variant}, ${r.lang}, ${r.title}, ${r.summary}, ${r.body}, ${r.slug},
        setweight(to_tsvector(${config}::regconfig, unaccent(${r.title})), 'A') ||
        setweight(to_tsvector(${config}::regconfig, unaccent(${r.summary})), 'B') ||
        setweight(to_tsvector(${config}::regconfig, unaccent(${r.body})), 'C'))`)
  }
}

export const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await reindex(req.payload, collection.slug as SearchCollection, doc.id, req)
  return doc
}

export const unindexAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const db = await connection(req.payload, req)
  await db.execute(sql`DELETE FROM search_documents WHERE collection = ${collection.slug} AND doc_id = ${doc.id}`)
  recentSearches.forget()
  return doc
}
