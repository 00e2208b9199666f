/**
 * Which campaigns are live at an instant, read for the jobs tick: it expires the public pages when
 * this set changes (a campaign started or ended). Server-side, access overridden, schedule fields only.
 */
import type { BasePayload } from 'payload'

import { liveCampaigns, liveStatuses } from './planning'
import { toPlanned, type Raw } from './queries'

/** The ids of the campaigns live at `now`, ascending. */
export async function liveCampaignIds(payload: BasePayload, now: Date): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { status: { in: [...liveStatuses] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true, startsAt: true, endsAt: true, allDay: true, recurrence: true },
  })
  return liveCampaigns(docs.map((d) => toPlanned(d as unknown as Raw)), now)
    .map((c) => c.id)
    .sort((a, b) => a - b)
}
