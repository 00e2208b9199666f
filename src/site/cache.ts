import { revalidateTag } from 'next/cache'

/**
 * Cache tags: one per collection, one per document. Public pages read their data through
 * `unstable_cache` with these tags, so expiring a tag refreshes every page, in every locale and
 * variant, that showed the document.
 */
export const tags = {
  collection: (slug: string) => `collection:${slug}`,
  doc: (slug: string, id: number | string) => `doc:${slug}:${id}`,
  global: (slug: string) => `global:${slug}`,
}

/** Expire tags at once (not stale-while-revalidate): a publish must show on the next request. */
export function expire(...names: string[]) {
  for (const name of names) {
    try {
      revalidateTag(name, { expire: 0 })
    } catch {
      // Outside a Next server (seed, migrations, tests) there is no cache to expire.
    }
  }
}
