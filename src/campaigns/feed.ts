/**
 * The årshjul as an iCalendar (RFC 5545) feed for Outlook and Google Calendar: one event per
 * campaign with its recurrence as RRULE, a UID that never changes, Malmö wall times with a
 * VTIMEZONE, and whole-day campaigns as DATE values.
 */
import { TZDate } from '@date-fns/tz'
import ical from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { campaignStatuses, channels, focusAreas, targetGroups } from '@/content/taxonomy'
import { icsText } from '@/events/ics'
import { addEventsToCalendar, type PlannedEvent } from '@/events/planning'

import type { PlannedCampaign } from './planning'
import { occurrencesBetween, rruleOf, scheduleProblem, zone } from './schedule'

/**
 * Europe/Stockholm's VTIMEZONE. tzdata made Stockholm a link to Berlin in 2022 (same rules since
 * 1980), so the library answers with Berlin's block; it is renamed so every TZID resolves.
 */
export function vtimezone(name: string): string {
  const block = tzlib_get_ical_block(name)[0]
  const linked = /TZID:([^\r\n]+)/.exec(block)?.[1]
  return linked && linked !== name ? block.split(linked).join(name) : block
}

const labelOf = (list: readonly { value: string; label: { sv: string } }[], value: string) => list.find((x) => x.value === value)?.label.sv ?? value

export interface FeedCampaign extends PlannedCampaign {
  purpose?: string | null
  /** The owner's name; never their address (whoever holds the link reads the feed). */
  ownerName?: string
}

/** A host-independent, stable UID: the same campaign keeps its UID across edits and feeds. */
export const uidOf = (id: number) => `campaign-${id}@fri-fran-vald.malmo.se`

export function campaignFeed(
  campaigns: FeedCampaign[],
  opts: { name: string; adminURL: (id: number) => string; stamp: Date; events?: PlannedEvent[]; eventAdminURL?: (id: number) => string },
): string {
  const cal = ical({ name: opts.name, prodId: { company: 'Malmö stad', product: 'Fri från våld årshjul', language: 'SV' } })
  cal.timezone({ name: null, generator: vtimezone })
  for (const c of campaigns) {
    if (scheduleProblem(c)) continue
    // The first occurrence as entered ("week of" campaigns start on that week's Monday).
    const first = occurrencesBetween(c, new Date(c.startsAt), new Date(new Date(c.endsAt).getTime() + 1))[0] ?? occurrencesBetween(c, new Date(0), new Date(8.64e15))[0]
    if (!first) continue
    const allDay = Boolean(c.allDay) || c.recurrence === 'weekOf'
    const rule = rruleOf(c)
    cal.createEvent({
      id: uidOf(c.id),
      stamp: opts.stamp,
      start: new TZDate(first.start.getTime(), zone),
      end: new TZDate(first.end.getTime(), zone),
      allDay,
      timezone: zone,
      summary: c.title,
      description: [
        c.purpose,
        `Status: ${labelOf(campaignStatuses, c.status)}`,
        c.ownerName ? `Ansvarig: ${c.ownerName}` : '',
        `Fokusområden: ${c.focusAreas.map((f) => labelOf(focusAreas, f)).join(', ')}`,
        `Målgrupper: ${c.targetGroups.map((g) => labelOf(targetGroups, g)).join(', ')}`,
        `Kanaler: ${c.channels.map((x) => labelOf(channels, x)).join(', ')}`,
        `Språk: ${c.languages.join(', ')}`,
      ]
        .filter(Boolean)
        .join('\n'),
      categories: c.focusAreas.map((f) => ({ name: labelOf(focusAreas, f) })),
      url: opts.adminURL(c.id),
      ...(rule ? { repeating: rule } : {}),
    })
  }
  // The plan's events (lectures, open houses) beside the campaigns they belong to.
  if (opts.events?.length && opts.eventAdminURL) addEventsToCalendar(cal, opts.events, { adminURL: opts.eventAdminURL, stamp: opts.stamp, cancelled: 'Inställt', notPublic: 'visas inte på webbplatsen' })
  return icsText(cal)
}
