/**
 * The dashboard's filters live in the address (GET form), so that a view can be bookmarked or
 * shared and the page works without JavaScript. Unknown values are dropped, never an error.
 */
import { focusAreas } from '@/content/taxonomy'
import { isLocale, targetLocales, type Locale } from '@/i18n/locales'

import type { MatrixFilters } from '../queries'
import { isTranslationState } from '../status'
import { isTranslatable, scopeNames, type Scope } from '../translatable'

type Params = Record<string, string | string[] | undefined>

const many = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)

export const pageSize = 100

export function parseFilters(params: Params, defaults: { locales?: Locale[] } = {}): MatrixFilters & { page: number } {
  const scopes = new Set<string>(scopeNames)
  const areas = new Set<string>(focusAreas.map((f) => f.value))
  const locales = many(params.lang).filter((l): l is Locale => isLocale(l) && (targetLocales as string[]).includes(l))
  const page = Number.parseInt(String(params.page ?? '1'), 10)
  return {
    collections: many(params.collection).filter(isTranslatable),
    scopes: many(params.variant).filter((s): s is Scope => scopes.has(s)),
    focusAreas: many(params.focusArea).filter((f) => areas.has(f)),
    states: many(params.state).filter(isTranslationState),
    locales: locales.length ? locales : (defaults.locales ?? []),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  }
}

/** The same filters as a query string (for pagination and links from the admin home). */
export function filtersToQuery(f: MatrixFilters & { page?: number }): string {
  const q = new URLSearchParams()
  for (const c of f.collections ?? []) q.append('collection', c)
  for (const s of f.scopes ?? []) q.append('variant', s)
  for (const a of f.focusAreas ?? []) q.append('focusArea', a)
  for (const s of f.states ?? []) q.append('state', s)
  for (const l of f.locales ?? []) q.append('lang', l)
  if (f.page && f.page > 1) q.set('page', String(f.page))
  return q.toString()
}
