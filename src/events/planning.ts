/**
 * Events in the staff's plan: marks on the årshjul (on their campaign's arc, or on the rim) and in its
 * list view, and VEVENTs in the staff calendar feed. Read with the staff member's own access; staff
 * see every event, also drafts and those not shown on the site.
 */
import type { ICalCalendar } from 'ical-generator'
import { ICalEventStatus } from 'ical-generator'
import type { Payload, TypedUser } from 'payload'

import { locationOf } from './ics'
import { malmoDay } from './time'

export interface PlannedEvent {
  id: number
  title: string
  startsAt: string
  endsAt: string
  venueName: string
  address: string
  campaign: number | null
  public: boolean
  cancelled: boolean
  published: boolean
}

export interface EventMark extends PlannedEvent {
  /** Malmö day of the start, YYYY-MM-DD. */
  day: string
}

const idOf = (v: unknown): number | null => (typeof v === 'number' ? v : v && typeof v === 'object' && 'id' in v ? Number((v as { id: unknown }).id) : null)

/** Every event as this staff member may see it, latest versions (drafts) included, soonest first. */
export async function loadPlannedEvents(payload: Payload, user: TypedUser | null | undefined): Promise<PlannedEvent[]> {
  const { docs } = await payload.find({ collection: 'events', depth: 0, pagination: false, sort: 'startsAt', draft: true, locale: 'sv', overrideAccess: false, user })
  return docs.map((d) => ({
    id: d.id,
    title: String(d.title ?? ''),
    startsAt: String(d.startsAt),
    endsAt: String(d.endsAt),
    venueName: String(d.place?.venueName ?? ''),
    address: String(d.place?.address ?? ''),
    campaign: idOf(d.campaign),
    public: Boolean(d.public),
    cancelled: Boolean(d.cancelled),
    published: d._status === 'published',
  }))
}

/** The events of a calendar year (by their Malmö start day), for the wheel. */
export function eventMarks(events: PlannedEvent[], year: number): EventMark[] {
  return events.map((e) => ({ ...e, day: malmoDay(new Date(e.startsAt)) })).filter((e) => e.day.startsWith(`${year}-`))
}

/**
 * The staff feed's UID for an event, stable across edits. Not the public file's (`eventUid`): a
 * communicator who subscribes to the feed and also adds the public event holds two components
 * (other texts, links and status), and RFC 5545 gives each its own UID. Same host, other local part.
 */
export const staffEventUid = (id: number) => `staff-event-${id}@fri-fran-vald.malmo.se`

/** Adds the events to a staff calendar as VEVENTs: stable UIDs, the venue as LOCATION, cancellations. */
export function addEventsToCalendar(cal: ICalCalendar, events: PlannedEvent[], opts: { adminURL: (id: number) => string; stamp: Date; cancelled: string; notPublic: string }) {
  for (const e of events) {
    cal.createEvent({
      id: staffEventUid(e.id),
      stamp: opts.stamp,
      start: new Date(e.startsAt),
      end: new Date(e.endsAt),
      summary: [e.cancelled ? `${opts.cancelled}: ` : '', e.title, e.public && e.published ? '' : ` (${opts.notPublic})`].join(''),
      location: locationOf({ place: { venueName: e.venueName, address: e.address } }),
      url: opts.adminURL(e.id),
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
}
