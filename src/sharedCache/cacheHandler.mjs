/**
 * Next's cache (rendered pages and the `unstable_cache` data, with their tags) for one machine or
 * for several. Plain JavaScript: Next imports this file as it is, at run time (next.config.ts).
 *
 * - Without REDIS_URL (and always while building): Next's own file-system cache, exactly as if no
 *   handler were configured.
 * - With REDIS_URL: every instance reads and writes one Redis through
 *   @fortedigital/nextjs-cache-handler's `redis-strings` handler, so a `revalidateTag` on one
 *   instance deletes the tagged entries for all. Nothing is kept in a process's memory.
 * - Redis away: every read is a miss (the page is rendered from the database) and writes are
 *   dropped; no instance keeps a private copy another one's publish could not expire. When Redis
 *   answers again the instance empties the shared cache once, since expiries sent meanwhile were lost.
 */
import { createClient } from '@redis/client'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCache.default ?? fileSystemCache

const building = process.env.NEXT_PHASE === 'phase-production-build'
const url = process.env.REDIS_URL

/** Entries of one build only: another build's pages name scripts this one does not have. */
const keyPrefix = (buildId) => `fri-fran-vald:${(buildId ?? 'unknown').trim()}:`

/** Delete every key under `prefix` (SCAN, not KEYS: Redis keeps answering the others meanwhile). */
export async function emptySharedCache(client, prefix) {
  let cursor = '0'
  do {
    const reply = await client.scan(cursor, { MATCH: `${prefix}*`, COUNT: 1000 })
    cursor = String(reply.cursor)
    if (reply.keys.length) await client.unlink(reply.keys)
  } while (cursor !== '0')
}

function redisConfiguration({ buildId }) {
  const prefix = keyPrefix(buildId)
  const client = createClient({
    url,
    // Commands while disconnected fail at once (a miss) instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 2000) },
  })
  let connectedBefore = false
  let warned = false
  client.on('error', (error) => {
    // Logged once per outage: the reconnect attempts would otherwise fill the log.
    if (warned) return
    warned = true
    console.warn(`Shared cache: Redis is not answering (${error?.message ?? error}); pages are rendered without it until it returns.`)
  })
  client.on('ready', () => {
    warned = false
    if (!connectedBefore) {
      connectedBefore = true
      return
    }
    // Tag expiries sent while Redis was away never arrived: nothing it kept can be trusted.
    emptySharedCache(client, prefix).then(
      () => console.warn('Shared cache: Redis is back; its pages were dropped, as expiries may have been missed meanwhile.'),
      (error) => console.warn(`Shared cache: could not empty it after Redis returned: ${error?.message ?? error}`),
    )
  })
  client.connect().catch(() => {
    // The reconnect strategy keeps trying; until then every read is a miss.
  })
  return { handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1000 })] }
}

CacheHandler.onCreation((context) => redisConfiguration(context))

export default url && !building ? CacheHandler : FileSystemCache
