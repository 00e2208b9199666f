import { sql } from '@payloadcms/db-postgres'

import { localeInfo, type Locale } from '@/i18n/locales'
import { payloadClient } from '@/site/payload'

import { textSearchConfig } from './config'
import type { SearchCollection } from './documents'
import { recentSearches } from './recent'

export interface SearchHit {
  collection: SearchCollection
  docId: number
  variant: 'adult' | 'child'
  lang: Locale
  title: string
  summary: string
  slug: string
}

/** Longest query accepted; a search box is not a place for an essay. */
export const maxQueryLength = 200

/**
 * Published content in the reader's language matching the query (the same words in the same language
 * within 10 s share one query: recentSearches). Full-text search with the
 * language's PostgreSQL configuration (stemming), accents folded on both sides (so "vald" finds
 * "våld"), and a substring match on titles and summaries for words the stemmer does not know.
 */
export async function searchSite(locale: Locale, query: string, limit = 20): Promise<SearchHit[]> {
  const q = query.normalize('NFC').trim().slice(0, maxQueryLength)
  if (!q) return []
  return recentSearches.get([locale, q, String(limit)], () => queryIndex(locale, q, limit))
}

async function queryIndex(locale: Locale, q: string, limit: number): Promise<SearchHit[]> {
  const payload = await payloadClient()
  const db = (payload.db as unknown as { drizzle: { execute: (s: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> } }).drizzle
  const config = await textSearchConfig(db, localeInfo(locale).textSearch)
  const source = await textSearchConfig(db, localeInfo('sv').textSearch)
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const { rows } = await db.execute(sql`
    SELECT collection, doc_id, variant, lang, title, summary, slug,
      ts_rank(tsv, websearch_to_tsquery(${config}::regconfig, unaccent(${q}))) +
      ts_rank(tsv, websearch_to_tsquery(CASE WHEN lang = ${locale} THEN ${config} ELSE ${source} END::regconfig, unaccent(${q}))) AS rank
    FROM search_documents
    WHERE locale = ${locale}
      AND (
        tsv @@ websearch_to_tsquery(${config}::regconfig, unaccent(${q}))
        OR tsv @@ websearch_to_tsquery(CASE WHEN lang = ${locale} THEN ${config} ELSE ${source} END::regconfig, unaccent(${q}))
        OR unaccent(lower(title || ' ' || summary)) LIKE unaccent(${like})
      )
    ORDER BY rank DESC, variant, title
    LIMIT ${limit}`)
  return rows.map((r) => ({
    collection: r.collection as SearchCollection,
    docId: Number(r.doc_id),
    variant: r.variant as 'adult' | 'child',
    lang: r.lang as Locale,
    title: String(r.title),
    summary: String(r.summary ?? ''),
    slug: String(r.slug ?? ''),
  }))
}
