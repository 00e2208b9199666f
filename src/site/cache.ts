import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { databaseIsUp } from '@/resilience/databaseWatch'

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

/** How long after a change its tags are expired once more (see expire). */
export const expireAgainAfterMs = 4_000

/**
 * Expire tags at once (not stale-while-revalidate): a publish must show on the next request.
 *
 * And once more, `expireAgainAfterMs` after the answer is sent: Payload runs a save's hooks before
 * its transaction commits, so a page that began rendering just before (under load, the busiest ones
 * always are) reads the old data, is stored just after the expiry and looks fresh for good. By the
 * second expiry such a render has ended, and the page is made again from the saved data.
 */
export function expire(...names: string[]) {
  if (!revalidate(names)) return
  try {
    after(async () => {
      try {
        await sleep(expireAgainAfterMs)
        // A page expired while the database is away could not be made again: until it is back, the
        // pages stay as they are (the save's own expiry above has already been made).
        while (!databaseIsUp()) await sleep(1_000)
        revalidate(names)
      } finally {
        pending.count--
      }
    })
    pending.count++
  } catch {
    // Not inside a request (a script): there is no render to wait for.
  }
}

/** Second expiries not yet made, in this process (every bundle's copy of this module shares it). */
const pending = ((globalThis as { __pendingExpiries?: { count: number } }).__pendingExpiries ??= { count: 0 })

/** How many changes' pages are still to be expired once more (`GET /api/health` says it). */
export const pendingExpiries = () => pending.count

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** revalidateTag for each name; false outside a Next server (seed, migrations, tests), which has no cache to expire. */
function revalidate(names: string[]): boolean {
  try {
    for (const name of names) revalidateTag(name, { expire: 0 })
    return true
  } catch {
    return false
  }
}
