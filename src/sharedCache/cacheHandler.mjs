/**
 * Next's cache (rendered pages and the `unstable_cache` data, with their tags) for one machine or
 * for several. Plain JavaScript: Next imports this file as it is, at run time (next.config.ts).
 *
 * - Without REDIS_URL (and always while building): Next's own file-system cache, as if no handler
 *   were configured, but a cached page leaves it as UTF-8 bytes (asBytes).
 * - With REDIS_URL: every instance reads and writes one Redis through
 *   @fortedigital/nextjs-cache-handler's `redis-strings` handler, so a `revalidateTag` on one
 *   instance deletes the tagged entries for all. Nothing is kept in a process's memory.
 * - Either way, a "not found" answer is never kept (keepsNoNotFound): anyone can invent addresses
 *   (`/sv/amne/<anything>`), and Next would keep each one's 404 for ever, on disk or in Redis, until
 *   they filled it. Such an answer is rendered again when asked (the edge keeps it for seconds).
 * - Redis away: every read is a miss (the page is rendered from the database) and writes are
 *   dropped; no instance keeps a private copy another one's publish could not expire. When Redis
 *   answers again each instance empties the shared cache once, since expiries sent meanwhile were
 *   lost (emptiedAfterFailures).
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

/**
 * The Redis handler, trusted only while nothing may have been missed. Any failure (Redis stopped,
 * restarting, too slow) may have lost a tag expiry, this instance's or another's, and Redis may
 * come back with the pages it had; so after one, every read is a miss and no write is made until
 * this instance has emptied the shared cache once.
 */
export function emptiedAfterFailures(handler, client, prefix, log = console.warn) {
  let failures = 0
  let emptiedUpTo = 0
  let emptying
  const distrust = () => {
    if (failures === emptiedUpTo) log('Shared cache: Redis is not answering; pages are rendered without it until it is back and emptied.')
    failures++
  }
  const trusted = () => {
    if (failures === emptiedUpTo) return true
    if (client.isReady && !emptying) {
      const upTo = failures
      emptying = emptySharedCache(client, prefix)
        .then(() => {
          emptiedUpTo = upTo
          if (failures === upTo) log('Shared cache: Redis is back, and emptied (expiries may have been missed meanwhile).')
        }, distrust)
        .finally(() => (emptying = undefined))
    }
    return false
  }
  const guard = async (run) => {
    try {
      return await run()
    } catch (error) {
      distrust()
      throw error
    }
  }
  return {
    distrust,
    handler: {
      name: 'redis-emptied-after-failures',
      get: (key, meta) => (trusted() ? guard(() => handler.get(key, meta)) : Promise.resolve(null)),
      set: (key, value, ctx) => (trusted() ? guard(() => handler.set(key, value, ctx)) : Promise.resolve()),
      // Always tried, even while distrusted: an emptying under way may already have passed the key.
      revalidateTag: (tag) => guard(() => handler.revalidateTag(tag)),
      delete: (key) => guard(() => handler.delete(key)),
    },
  }
}

/** A rendered page or route answer whose status says the address does not exist. */
export const isNotFound = (value) => (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE' || value?.kind === 'PAGES') && value.status === 404

/** `handler` with every write of a "not found" answer dropped (see the top of this file). */
export function keepsNoNotFound(handler) {
  return { ...handler, name: `${handler.name ?? 'cache'}-keeping-no-404`, set: (key, value, ctx) => (isNotFound(value) ? Promise.resolve() : handler.set(key, value, ctx)) }
}

/** Any character beyond Latin-1: V8 then holds the whole string as UTF-16. */
const beyondLatin1 = /[^\u0000-\u00ff]/

/**
 * A cached page's HTML as UTF-8 bytes, encoded once. Next keeps it as a string and encodes it anew
 * for every answer (twice: for Content-Length, then to send it). A Latin-1 string encodes fast, a
 * UTF-16 one about six times slower, and every page here is UTF-16: its language picker alone names
 * Српски and العربية. For a 50 KB topic that was 0.1 ms of the 0.7 ms of CPU an answer cost (issue
 * #12). Next sends bytes as they are, in chunks rather than with a Content-Length (a Latin-1 page
 * stays a string: it encodes fast and keeps its length). The entry is
 * changed in place, so Next's memory copy keeps the bytes; with Redis every read is a new string,
 * so there is nothing to keep and the handler there is left alone.
 */
export function asBytes(entry) {
  const value = entry?.value
  if (value?.kind === 'APP_PAGE' && typeof value.html === 'string' && beyondLatin1.test(value.html)) value.html = Buffer.from(value.html)
  return entry
}

/** Next's own file-system cache (and its memory copy), keeping no 404; its pages leave it as bytes. */
export class FileSystemCacheKeepingNoNotFound extends FileSystemCache {
  async get(key, ctx) {
    return asBytes(await super.get(key, ctx))
  }

  async set(key, value, ctx) {
    if (isNotFound(value)) return
    return super.set(key, value, ctx)
  }
}

function redisConfiguration({ buildId }) {
  const prefix = keyPrefix(buildId)
  const client = createClient({
    url,
    // Commands while disconnected fail at once (a miss) instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 2000) },
  })
  const shared = emptiedAfterFailures(createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1000 }), client, prefix)
  // A lost connection is a failure too (and without a listener Node would end the process).
  client.on('error', shared.distrust)
  client.connect().catch(() => {
    // The reconnect strategy keeps trying; until then every read is a miss.
  })
  return { handlers: [keepsNoNotFound(shared.handler)] }
}

CacheHandler.onCreation((context) => redisConfiguration(context))

export default url && !building ? CacheHandler : building ? FileSystemCache : FileSystemCacheKeepingNoNotFound
