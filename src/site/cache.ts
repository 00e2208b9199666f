import { revalidateTag } from 'next/cache'

/**
 * Cache tags. Public pages read their data through `unstable_cache` with these tags, so expiring a
 * tag refreshes every page, in every locale and variant, that showed what it names. A topic's save
 * expires only what it changed (src/collections/Topics/hooks/revalidateTopic.ts).
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
