import { createHash } from 'node:crypto'

import type { SearchHit } from './query'

/**
 * The answers to searches made in the last few seconds, in this process's memory only. A campaign
 * peak sends many readers the same few words at once: they share one full-text query instead of
 * each running their own (issue #12). The words themselves are not kept: an answer is found by a
 * hash of the language and the words, and is forgotten after `lifetimeMs`, the time a published
 * change may take to show anywhere. A change indexed by this process forgets every answer at once
 * (forget()); another instance's shows here within the lifetime. A failed query is not kept.
 */
export function recentAnswers<T>({ lifetimeMs, maxEntries, clock = () => performance.now() }: { lifetimeMs: number; maxEntries: number; clock?: () => number }) {
  const entries = new Map<string, { until: number; answer: Promise<T> }>()
  return {
    get(parts: string[], ask: () => Promise<T>): Promise<T> {
      const key = createHash('sha256').update(parts.join('\0')).digest('base64url')
      const at = clock()
      const kept = entries.get(key)
      if (kept && kept.until > at) return kept.answer
      if (kept) entries.delete(key)
      // Full: the oldest entries go (a Map keeps the order they were added in).
      for (const oldest of entries.keys()) {
        if (entries.size < maxEntries) break
        entries.delete(oldest)
      }
      const answer = ask()
      const entry = { until: at + lifetimeMs, answer }
      entries.set(key, entry)
      answer.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      return answer
    },
    forget() {
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}

/**
 * The site's searches of the last 10 s (src/search/query.ts); the indexer forgets them on every
 * change. One per process: Next may load this module once for the pages' actions and once for the
 * API that indexes.
 */
const shared = globalThis as { __recentSearches?: ReturnType<typeof recentAnswers<SearchHit[]>> }
export const recentSearches = (shared.__recentSearches ??= recentAnswers<SearchHit[]>({ lifetimeMs: 10_000, maxEntries: 1_000 }))
