/**
 * "Add to calendar": one event as an iCalendar file (RFC 5545), one VEVENT, for any calendar app. No
 * token and nothing about the reader: the same file for everyone, cached like the page.
 */
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator'

import { pick } from '@/content/localized'
import type { Locale } from '@/i18n/locales'

import type { PublicEvent } from './types'

/**
 * The public file's UID: the event keeps it across edits, so a calendar updates rather than
 * duplicates it. One for all eleven languages: the file in Arabic and in Swedish describe the same
 * event to the same reader, so adding it again in another language updates their one entry.
 * The staff feed's VEVENT is another component with its own UID (`staffEventUid` in planning.ts).
 */
export const eventUid = (id: number) => `event-${id}@fri-fran-vald.malmo.se`

/**
 * A calendar's text as RFC 5545 writes it: every content line ends with CRLF, `END:VCALENDAR` too
 * (§3.4). ical-generator leaves the last line bare, and a client that reads line by line may drop it.
 */
export const icsText = (cal: ICalCalendar) => `${cal.toString()}\r\n`

/** Where the event is, as one line: the venue's name and its public address. */
export const locationOf = (event: Pick<PublicEvent, 'place'>) => [event.place.venueName, event.place.address].filter(Boolean).join(', ')

export function eventIcs(event: PublicEvent, locale: Locale, opts: { url: string; cancelledPrefix: string }): string {
  const title = pick(event.title, locale)?.value ?? ''
  const cal = ical({ prodId: { company: 'Malmö stad', product: 'Fri från våld', language: locale.toUpperCase() } })
  cal.createEvent({
    id: eventUid(event.id),
    // The last change, not the time of the request: the file is the same until the event changes.
    stamp: new Date(event.updatedAt),
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
    summary: event.cancelled ? `${opts.cancelledPrefix}: ${title}` : title,
    description: [pick(event.description, locale)?.value, pick(event.practical, locale)?.value, opts.url].filter(Boolean).join('\n\n'),
    location: locationOf(event),
    url: opts.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  return icsText(cal)
}
