import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

import { connection } from '@/db/connection'
import { databaseIsUp } from '@/resilience/databaseWatch'
import { pendingExpiries } from '@/site/cache'

/**
 * `GET /api/health` for the container's HEALTHCHECK, compose and a load balancer: 200 when this
 * instance can serve, 503 when its database cannot be reached. Cheap (one `SELECT 1`, none while
 * the watch already knows the database is away), never cached, and it reads no cookie and sets
 * none: it goes around Payload's REST handler, which would try to sign the caller in. It also says
 * how many saves' pages are still to be expired once more (src/site/cache.ts), while there are any.
 */
export async function GET() {
  const up = databaseIsUp() && (await answersWithin(2_000))
  const pending = pendingExpiries()
  return Response.json({ status: up ? 'ok' : 'database unavailable', ...(pending ? { pendingExpiries: pending } : {}) }, { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}

export const HEAD = async () => new Response(null, { status: (await GET()).status, headers: { 'Cache-Control': 'no-store' } })

async function answersWithin(ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  try {
    const query = getPayload({ config }).then(async (payload) => {
      await (await connection(payload)).execute(sql`SELECT 1`)
      return true
    })
    return await Promise.race([query.catch(() => false), timeout])
  } finally {
    clearTimeout(timer)
  }
}
