import { unstable_cache, revalidateTag } from 'next/cache'
import { cache } from 'react'

/**
 * Cache tags. Public pages read their data through `cachedRead` with these tags, so expiring a tag
 * refreshes every page, in every locale and variant, that showed what it names. A save expires only
 * what it changed (a topic: src/collections/Topics/hooks/revalidateTopic.ts).
 */
export const tags = {
  collection: (slug: string) => `collection:${slug}`,
  doc: (slug: string, id: number | string) => `doc:${slug}:${id}`,
  global: (slug: string) => `global:${slug}`,
  /** Published topics' addresses and versions: what a page needs to find a topic or link to it. */
  topicLinks: 'topics:links',
  /** The topics listed in one focus area (a topic page's related topics). */
  topicArea: (area: string) => `topics:area:${area}`,
}

/**
 * Expire tags as stale-while-revalidate ('max'): the next request still gets the page as it was
 * and Next makes it anew in the background; the request after shows the change. If that render
 * fails (the database is away), the last good page keeps being served until one succeeds, instead
 * of the calm 503 an immediate expiry would leave readers with.
 */
export function expire(...names: string[]) {
  for (const name of names) {
    try {
      revalidateTag(name, 'max')
    } catch {
      // Outside a Next server (seed, migrations, tests) there is no cache to expire.
    }
  }
}

/** Reads whose refresh failed during this render (React's cache: one set per request). */
const failedRefreshes = cache(() => new Map<string, unknown>())

/**
 * `unstable_cache`, except that a page is never stored from data that could not be refreshed. When
 * Next makes a stale page anew, it refreshes the page's stale data first, and if that fails it
 * quietly uses the stale data and stores the page as fresh: the change would then not show even
 * after the database is back. Here such a read throws instead, so the render fails, the last good
 * page stays, and the next request tries again.
 */
export function cachedRead<A extends unknown[], T>(read: (...args: A) => Promise<T>, key: string[], options: { tags: string[] }) {
  const name = key.join(':')
  const cached = unstable_cache(
    async (...args: A) => {
      try {
        return await read(...args)
      } catch (error) {
        failedRefreshes().set(name, error)
        throw error
      }
    },
    key,
    options,
  )
  return async (...args: A): Promise<T> => {
    const value = await cached(...args)
    const failure = failedRefreshes().get(name)
    if (failure) throw new Error(`Cached data (${name}) could not be refreshed`, { cause: failure })
    return value
  }
}
