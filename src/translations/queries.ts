import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { connection } from '@/db/connection'
import { targetLocales, type Locale } from '@/i18n/locales'

import { translationStates, type TranslationState } from './status'
import type { Scope, Translatable } from './translatable'

export interface MatrixFilters {
  collections?: Translatable[]
  scopes?: Scope[]
  focusAreas?: string[]
  /** Languages to show (default: all ten target languages). */
  locales?: Locale[]
  /** Keep a row only if one of the shown languages is in one of these states. */
  states?: TranslationState[]
}

export interface MatrixRow {
  collection: Translatable
  docId: number
  scope: Scope
  title: string
  focusArea: string | null
  cells: Partial<Record<Locale, TranslationState>>
}

export interface Coverage {
  total: number
  counts: Record<TranslationState, number>
  /** Share that has text in this language (not missing), 0–100: the coverage. */
  translatedPercent: number
  /** Share with text that is in step with the Swedish source (needs review or approved), 0–100. */
  upToDatePercent: number
}

/**
 * The dashboard's matrix: documents × languages, coloured by state. One query over the status
 * table; the state is derived in SQL the same way as `translationState` in status.ts.
 */
export async function translationMatrix(payload: Payload, filters: MatrixFilters = {}) {
  const db = await connection(payload)
  const shown = filters.locales?.length ? filters.locales : targetLocales
  // Drizzle spreads JS arrays into lists, so filters travel as comma-separated text.
  const list = (values?: string[]) => (values?.length ? values.join(',') : null)
  const collections = list(filters.collections)
  const scopes = list(filters.scopes)
  const focusAreas = list(filters.focusAreas)
  const { rows } = await db.execute(sql`
    SELECT t.collection, t.doc_id, t.scope, t.locale, s.title, s.focus_area,
      CASE WHEN NOT t.has_text THEN 'missing'
           WHEN t.based_on IS DISTINCT FROM s.text_fingerprint THEN 'outdated'
           WHEN t.review IS DISTINCT FROM 'approved' THEN 'needs-review'
           ELSE 'approved' END AS state
    FROM translation_status t
    JOIN translation_status s ON s.collection = t.collection AND s.doc_id = t.doc_id AND s.scope = t.scope AND s.locale = 'sv'
    WHERE t.locale <> 'sv'
      AND (${collections}::text IS NULL OR t.collection = ANY(string_to_array(${collections}::text, ',')))
      AND (${scopes}::text IS NULL OR t.scope = ANY(string_to_array(${scopes}::text, ',')))
      AND (${focusAreas}::text IS NULL OR s.focus_area = ANY(string_to_array(${focusAreas}::text, ',')))
    ORDER BY t.collection, lower(s.title), t.doc_id, t.scope`)

  const byKey = new Map<string, MatrixRow>()
  const coverage = Object.fromEntries(
    shown.map((l) => [l, { total: 0, counts: Object.fromEntries(translationStates.map((s) => [s, 0])), translatedPercent: 0, upToDatePercent: 0 }]),
  ) as Record<Locale, Coverage>
  for (const r of rows) {
    const locale = String(r.locale) as Locale
    if (!shown.includes(locale)) continue
    const key = `${r.collection}/${r.doc_id}/${r.scope}`
    let row = byKey.get(key)
    if (!row) {
      row = { collection: r.collection as Translatable, docId: Number(r.doc_id), scope: r.scope as Scope, title: String(r.title), focusArea: (r.focus_area as string | null) ?? null, cells: {} }
      byKey.set(key, row)
    }
    const state = r.state as TranslationState
    row.cells[locale] = state
    coverage[locale].total++
    coverage[locale].counts[state]++
  }
  for (const c of Object.values(coverage)) {
    const percent = (n: number) => (c.total ? Math.round((n / c.total) * 1000) / 10 : 100)
    c.translatedPercent = percent(c.total - c.counts.missing)
    c.upToDatePercent = percent(c.counts['needs-review'] + c.counts.approved)
  }
  const all = [...byKey.values()]
  const states = filters.states?.length ? filters.states : null
  const matching = states ? all.filter((row) => shown.some((l) => row.cells[l] && states.includes(row.cells[l]!))) : all
  return { rows: matching, totalRows: all.length, coverage, locales: shown }
}

/** What needs attention in these languages: counts per state except approved (the admin home). */
export async function attentionCounts(payload: Payload, locales: Locale[]) {
  const { coverage } = await translationMatrix(payload, { locales })
  return Object.fromEntries(
    Object.entries(coverage).map(([l, c]) => [l, { missing: c.counts.missing, outdated: c.counts.outdated, needsReview: c.counts['needs-review'] }]),
  ) as Record<Locale, { missing: number; outdated: number; needsReview: number }>
}
