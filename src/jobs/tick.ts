/**
 * The minute tick: runs Payload's jobs queue (scheduled publishing of topics) and refreshes the
 * public pages when a campaign has started or ended. It is an HTTP endpoint, not an in-process
 * cron, because Next can expire cached pages (revalidateTag) only inside a request: a publish run
 * from a bare timer would change the database but leave the pages stale.
 */
import type { BasePayload, Endpoint, PayloadRequest } from 'payload'
import type { Pool } from 'pg'

import { liveCampaignIds } from '@/campaigns/liveSet'
import { expire, tags } from '@/site/cache'
import { now } from '@/site/clock'

import { isTickAuthorized } from './secret'

/** The live campaigns at the previous tick, per server process. */
let lastLive: string | undefined
/**
 * Ticks on which to expire the campaigns' pages once more. A page that began rendering from the old
 * data just before an expiry is stored just after it and looks fresh; expiring again on the next
 * two ticks replaces it.
 */
let expireAgain = 0

export const tickEndpoint: Endpoint = {
  path: '/jobs/tick',
  method: 'get',
  handler: async (req) => {
    if (!isTickAuthorized(req.headers.get('authorization'))) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
    return oneAtATime(req.payload, () => tick(req))
  },
}

/**
 * Payload's queue can hand one job to two runners that run at once (a scheduled publish would then
 * publish twice). One worker ticks (README: Several servers); should a second process tick too, by
 * mistake, PostgreSQL's advisory lock lets only one of them run the queue at a time.
 */
const TICK_LOCK = 0x66_66_76_01
async function oneAtATime(payload: BasePayload, run: () => Promise<Response>): Promise<Response> {
  const client = await (payload.db as unknown as { pool: Pool }).pool.connect()
  try {
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [TICK_LOCK])
    if (!rows[0]?.got) return Response.json({ ran: false, reason: 'another process is ticking' })
    try {
      return await run()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TICK_LOCK])
    }
  } finally {
    client.release()
  }
}

async function tick(req: PayloadRequest): Promise<Response> {
  const result = await req.payload.jobs.run({ req, allQueues: true, limit: 50 })
  const live = (await liveCampaignIds(req.payload, now())).join(',')
  const changed = live !== lastLive
  // A campaign started or ended since the last tick: banners and featured topics change.
  if (changed || expireAgain > 0) expire(tags.collection('campaigns'))
  expireAgain = changed ? 2 : Math.max(0, expireAgain - 1)
  lastLive = live
  return Response.json({ ran: true, jobsRemaining: !result?.noJobsRemaining, campaignsChanged: changed, live })
}
