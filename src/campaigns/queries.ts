/** Reading the plan for staff: always with the signed-in user's access. */
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { Variant } from '@/content/taxonomy'

import type { PlannedCampaign } from './planning'
import type { Recurrence } from './schedule'

export interface CampaignRecord extends PlannedCampaign {
  purpose?: string | null
  ownerName?: string
  updatedAt: string
  createdAt: string
}

export type Raw = Record<string, unknown> & { id: number }

export const idOf = (v: unknown): number | null => (typeof v === 'number' ? v : v && typeof v === 'object' && 'id' in v ? Number((v as { id: unknown }).id) : null)

export function toPlanned(doc: Raw): PlannedCampaign {
  return {
    id: doc.id,
    title: String(doc.title ?? ''),
    status: doc.status as PlannedCampaign['status'],
    focusAreas: (doc.focusAreas as PlannedCampaign['focusAreas']) ?? [],
    targetGroups: (doc.targetGroups as PlannedCampaign['targetGroups']) ?? [],
    languages: (doc.languages as PlannedCampaign['languages']) ?? [],
    channels: (doc.channels as PlannedCampaign['channels']) ?? [],
    variant: (doc.variant as Variant) ?? 'adult',
    owner: idOf(doc.owner),
    startsAt: String(doc.startsAt),
    endsAt: String(doc.endsAt),
    allDay: Boolean(doc.allDay),
    recurrence: (doc.recurrence as Recurrence) ?? 'none',
  }
}

/**
 * The whole plan as this user may see it (access is enforced: anonymous callers get an error).
 * Owners are shown by name. Their e-mail address stands in for a missing name only where asked
 * (`addresses`: the admin's own views, for editors and admins); never in exports or the feed.
 */
export async function loadPlan(
  payload: Payload,
  user: TypedUser | null | undefined,
  req?: Partial<PayloadRequest>,
  { addresses = false }: { addresses?: boolean } = {},
): Promise<CampaignRecord[]> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 0,
    pagination: false,
    sort: 'startsAt',
    overrideAccess: false,
    user,
    ...(req ? { req } : {}),
  })
  // Users are private records: only their name and address are read, and the address used as above.
  const ownerIds = [...new Set(docs.map((d) => idOf(d.owner)).filter((x): x is number => x !== null))]
  const owners = ownerIds.length
    ? (await payload.find({ collection: 'users', overrideAccess: true, where: { id: { in: ownerIds } }, depth: 0, pagination: false, select: { name: true, email: true } })).docs
    : []
  return docs.map((d) => {
    const planned = toPlanned(d as unknown as Raw)
    const owner = owners.find((o) => o.id === planned.owner)
    const ownerName = owner?.name?.trim() || (addresses ? owner?.email : undefined)
    return { ...planned, purpose: d.purpose, ownerName, updatedAt: d.updatedAt, createdAt: d.createdAt }
  })
}

/** Everyone who owns a campaign, for the owner filter (an account without a name by its number). */
export function ownersOf(plan: CampaignRecord[]): { id: number; name: string }[] {
  const seen = new Map<number, string>()
  for (const c of plan) if (c.owner) seen.set(c.owner, c.ownerName ?? `#${c.owner}`)
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
}
