import { createTranslator } from 'next-intl'
import { getMessages, getTranslations } from 'next-intl/server'

import { dirOf, type Locale } from '@/i18n/locales'
import { paths } from '@/site/paths'
import { getSiteSettings } from '@/site/settings'
import { cityTimeZone } from '@/site/timeZone'

import { maxQueryLength, searchSite } from './query'
import { recentAnswers } from './recent'

export interface SearchResult {
  href: string
  title: string
  summary: string
  type: string
  lang: Locale
  /** The direction of `lang`, for a result shown in another language than the page's. */
  dir: 'ltr' | 'rtl'
}

export interface SearchState {
  query: string
  heading?: string
  results: SearchResult[]
  hint?: string
}

/**
 * What the search form shows for `query` in `locale`: the results with their links, the heading,
 * a hint when nothing was found, or a calm word with the number to call when the database is away.
 * Shared by the form's two ways in: the script's request (api/search) and the post without script
 * (actions.ts).
 */
export async function searchAnswer(locale: Locale, rawQuery: string): Promise<SearchState> {
  // Control characters are no words (PostgreSQL refuses a NUL in text outright).
  const query = rawQuery.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, maxQueryLength)
  const t = await recentTranslators.get([locale], () => searchTranslator(locale))
  if (!query) return { query, results: [] }
  let hits: Awaited<ReturnType<typeof searchSite>>
  try {
    hits = await searchSite(locale, query)
  } catch {
    // The database is away: say so calmly, with the number to call, instead of breaking the page.
    const [u, e, { emergencyNumber }] = await Promise.all([
      getTranslations({ locale, namespace: 'unavailable' }),
      getTranslations({ locale, namespace: 'emergency' }),
      getSiteSettings(),
    ])
    return { query, results: [], hint: `${u('title')}. ${u('text')} ${e('call', { number: emergencyNumber })}` }
  }
  const typeLabel = { topics: t('typeTopic'), supportServices: t('typeService'), brochures: t('typeBrochure'), films: t('typeFilm') }
  const results = hits.map((h) => ({
    href:
      h.collection === 'topics'
        ? paths.topic(locale, h.variant, h.slug)
        : h.collection === 'brochures'
          ? paths.brochure(locale, h.slug)
          : h.collection === 'films'
            ? paths.film(locale, h.slug)
            : paths.support(locale),
    title: h.title,
    summary: h.summary,
    type: h.collection === 'topics' && h.variant === 'child' ? t('typeChildTopic') : typeLabel[h.collection],
    lang: h.lang,
    dir: dirOf(h.lang),
  }))
  return { query, results, heading: t('results', { count: results.length, query }), hint: results.length === 0 ? t('none') : undefined }
}

type SearchTranslator = ReturnType<typeof createTranslator<IntlMessages, 'search'>>
type IntlMessages = Awaited<ReturnType<typeof getMessages>>

/**
 * The search's words per language, made at most every 10 s, the lifetime of a remembered search
 * (src/search/recent.ts), so an admin's correction shows within it. Neither of the search's ways in
 * gets a per-request cache: made on every search, the messages were read (with the corrections, from
 * Next's data cache) and compiled again each time, for words that hardly ever change. One per
 * process, like the remembered searches.
 */
const shared = globalThis as { __searchTranslators?: ReturnType<typeof recentAnswers<SearchTranslator>> }
const recentTranslators = (shared.__searchTranslators ??= recentAnswers<SearchTranslator>({ lifetimeMs: 10_000, maxEntries: 20 }))
async function searchTranslator(locale: Locale): Promise<SearchTranslator> {
  return createTranslator({ locale, messages: await getMessages({ locale }), namespace: 'search', timeZone: cityTimeZone })
}
