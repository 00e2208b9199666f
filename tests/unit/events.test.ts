/** The events list's filters and addresses, the "add to calendar" file and the schema.org data: pure functions. */
import ical from 'ical-generator'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { buildWheel } from '@/campaigns/wheel/buildWheel'
import { wheelSvg } from '@/campaigns/wheel/svg'
import { canonicalEventQuery, monthsAhead, parseEventFilter, upcomingEvents } from '@/events/filters'
import { postalCodeTogether } from '@/events/format'
import { eventIcs } from '@/events/ics'
import { eventJsonLd, scriptJson } from '@/events/jsonLd'
import { addEventsToCalendar, eventMarks, type PlannedEvent } from '@/events/planning'
import type { PublicEvent } from '@/events/types'

let id = 0
function event(startsAt: string, endsAt: string, extra: Partial<PublicEvent> = {}): PublicEvent {
  id += 1
  return {
    id,
    slug: `e-${id}`,
    title: { sv: `Evenemang ${id}`, en: `Event ${id}` },
    startsAt,
    endsAt,
    place: { venueName: 'Träffpunkt Kirseberg', address: 'Kirsebergstorget 3, 212 35 Malmö' },
    languages: ['sv'],
    audiences: ['older-people'],
    focusAreas: ['close-relationships'],
    organiser: 'Malmö stad',
    updatedAt: '2030-01-01T10:00:00.000Z',
    ...extra,
  }
}

const now = new Date('2030-03-10T12:00:00.000Z')

describe('the events list', () => {
  const past = event('2030-03-01T10:00:00.000Z', '2030-03-01T12:00:00.000Z')
  const running = event('2030-03-10T11:00:00.000Z', '2030-03-10T13:00:00.000Z')
  const later = event('2030-05-02T16:00:00.000Z', '2030-05-02T18:00:00.000Z', { audiences: ['parents'], languages: ['sv', 'ar'], focusAreas: ['sexual'] })
  const soon = event('2030-04-01T12:00:00.000Z', '2030-04-01T14:00:00.000Z', { audiences: ['everyone'], languages: ['sv', 'so'], cancelled: true })
  // 00:30 on 1 April in Malmö, while it is still 31 March in UTC: an April event.
  const atMidnight = event('2030-03-31T22:30:00.000Z', '2030-03-31T23:30:00.000Z', { focusAreas: ['honour'] })
  const all = [later, past, soon, running, atMidnight]

  it('shows what is not over yet, soonest first; past events drop off, a cancelled one stays', () => {
    expect(upcomingEvents(all, {}, now).map((e) => e.id)).toEqual([running.id, atMidnight.id, soon.id, later.id])
    expect(upcomingEvents(all, {}, new Date('2030-04-01T14:00:00.000Z')).map((e) => e.id)).toEqual([later.id])
  })

  it('filters by audience (an event for everyone is for each audience), language spoken, focus area and Malmö month', () => {
    expect(upcomingEvents(all, { audience: 'parents' }, now).map((e) => e.id)).toEqual([soon.id, later.id])
    expect(upcomingEvents(all, { language: 'ar' }, now).map((e) => e.id)).toEqual([later.id])
    expect(upcomingEvents(all, { about: 'honour' }, now).map((e) => e.id)).toEqual([atMidnight.id])
    expect(upcomingEvents(all, { month: '2030-03' }, now).map((e) => e.id)).toEqual([running.id])
    expect(upcomingEvents(all, { month: '2030-04' }, now).map((e) => e.id)).toEqual([atMidnight.id, soon.id])
    expect(upcomingEvents(all, { audience: 'older-people', month: '2030-05' }, now)).toEqual([])
  })

  it('a month holds every event on during it: one across the turn of a month is in both, one ending at Malmö midnight only in the first', () => {
    const acrossTheTurn = event('2030-04-28T08:00:00.000Z', '2030-05-03T16:00:00.000Z')
    // 23:00 to midnight on 30 April in Malmö (summer time: 21:00–22:00 UTC).
    const untilMidnight = event('2030-04-30T21:00:00.000Z', '2030-04-30T22:00:00.000Z')
    const both = [acrossTheTurn, untilMidnight]
    expect(upcomingEvents(both, { month: '2030-04' }, now).map((e) => e.id)).toEqual([acrossTheTurn.id, untilMidnight.id])
    expect(upcomingEvents(both, { month: '2030-05' }, now).map((e) => e.id)).toEqual([acrossTheTurn.id])
    // Already running on the first of May, it is still shown in May until it ends.
    expect(upcomingEvents(both, { month: '2030-05' }, new Date('2030-05-02T12:00:00.000Z')).map((e) => e.id)).toEqual([acrossTheTurn.id])
    expect(upcomingEvents(both, { month: '2030-06' }, now)).toEqual([])
  })

  it('reads only known values from the query, and has one canonical query per combination', () => {
    expect(parseEventFilter({ audience: 'parents', language: 'xx', about: 'honour', month: '2030-13', extra: 'x' })).toEqual({ audience: 'parents', about: 'honour' })
    expect(parseEventFilter({ audience: ['parents', 'young-people'], month: '2030-04' })).toEqual({ month: '2030-04' })
    expect(canonicalEventQuery(parseEventFilter({ month: '2030-04', audience: 'parents', language: '' }))).toBe('?audience=parents&month=2030-04')
    expect(canonicalEventQuery({})).toBe('')
  })

  it('offers this Malmö month and the eleven after it, across the new year', () => {
    const months = monthsAhead(new Date('2030-10-31T23:30:00.000Z'))
    expect(months).toHaveLength(12)
    expect(months[0]).toBe('2030-11')
    expect(months.at(-1)).toBe('2031-10')
  })
})

describe('an event page', () => {
  it('keeps a Swedish postal code on one line, and changes nothing else in the address', () => {
    expect(postalCodeTogether('Kirsebergstorget 3, 212 35 Malmö')).toBe('Kirsebergstorget 3, 212\u00a035 Malmö')
    expect(postalCodeTogether('Box 100 25, 205 00 Malmö')).toBe('Box 100 25, 205\u00a000 Malmö')
    expect(postalCodeTogether('Stortorget 2')).toBe('Stortorget 2')
    expect(postalCodeTogether('Gata 1234 56')).toBe('Gata 1234 56')
  })
})

describe('an event in a calendar and for search engines', () => {
  const e = event('2030-05-14T12:00:00.000Z', '2030-05-14T13:30:00.000Z', { description: { sv: 'Om stöd.' }, free: true, languages: ['sv', 'ar'] })

  it('is one VEVENT with the venue as LOCATION, its times, a stable UID and no token', () => {
    const text = eventIcs(e, 'en', { url: 'https://example.org/en/evenemang/e', cancelledPrefix: 'Cancelled' })
    const cal = new ICAL.Component(ICAL.parse(text))
    const events = cal.getAllSubcomponents('vevent')
    expect(events).toHaveLength(1)
    const v = new ICAL.Event(events[0])
    expect(v.location).toBe('Träffpunkt Kirseberg, Kirsebergstorget 3, 212 35 Malmö')
    expect(v.summary).toBe(`Event ${e.id}`)
    expect(v.startDate.toJSDate().toISOString()).toBe(e.startsAt)
    expect(v.endDate.toJSDate().toISOString()).toBe(e.endsAt)
    expect(v.uid).toBe(`event-${e.id}@fri-fran-vald.malmo.se`)
    expect(events[0].getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(text).not.toMatch(/token/i)
    // RFC 5545 §3.1, §3.4: every content line ends with CRLF, END:VCALENDAR too, and no bare CR or LF.
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.split('\r\n').filter((line) => /[\r\n]/.test(line))).toEqual([])
    // The same file for everyone at any time: nothing in it depends on the request.
    expect(eventIcs(e, 'en', { url: 'https://example.org/en/evenemang/e', cancelledPrefix: 'Cancelled' })).toBe(text)
  })

  it('says CANCELLED, in the calendar and in schema.org data, when the event is cancelled', () => {
    const cancelled = { ...e, cancelled: true }
    const v = new ICAL.Component(ICAL.parse(eventIcs(cancelled, 'sv', { url: 'https://example.org/sv/evenemang/e', cancelledPrefix: 'Inställt' }))).getFirstSubcomponent('vevent')!
    expect(v.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(v.getFirstPropertyValue('summary')).toBe(`Inställt: Evenemang ${e.id}`)
    expect(eventJsonLd(cancelled, 'sv', 'u').eventStatus).toBe('https://schema.org/EventCancelled')
    expect(eventJsonLd(e, 'sv', 'u')).toMatchObject({ '@type': 'Event', eventStatus: 'https://schema.org/EventScheduled', startDate: e.startsAt, location: { name: 'Träffpunkt Kirseberg' }, isAccessibleForFree: true })
  })

  it('cannot close its script element with its text', () => {
    const json = scriptJson(eventJsonLd({ ...e, title: { sv: '</script><script>alert(1)</script>' } }, 'sv', 'u'))
    expect(json).not.toContain('</script')
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>')
  })
})

describe('events in the staff plan', () => {
  const planned = (id: number, startsAt: string, extra: Partial<PlannedEvent> = {}): PlannedEvent => ({
    id, title: `Evenemang ${id}`, startsAt, endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(), venueName: 'Garaget', address: 'Lönngatan 30, Malmö',
    campaign: null, public: true, cancelled: false, published: true, ...extra,
  })

  it('marks a year’s events on the wheel by their Malmö day (an event at 00:30 on New Year’s Day is the new year’s)', () => {
    const events = [planned(1, '2030-06-01T10:00:00.000Z'), planned(2, '2030-12-31T23:30:00.000Z'), planned(3, '2029-12-31T23:30:00.000Z')]
    expect(eventMarks(events, 2030).map((m) => [m.id, m.day])).toEqual([[1, '2030-06-01'], [3, '2030-01-01']])
    expect(eventMarks(events, 2031).map((m) => [m.id, m.day])).toEqual([[2, '2031-01-01']])
  })

  it('adds each event to the staff feed as a VEVENT with its venue, saying cancelled and not public', () => {
    const cal = ical({ name: 'test' })
    addEventsToCalendar(cal, [planned(1, '2030-06-01T10:00:00.000Z'), planned(2, '2030-07-01T10:00:00.000Z', { cancelled: true, public: false })], {
      adminURL: (id) => `https://example.org/admin/collections/events/${id}`, stamp: new Date('2030-01-01T00:00:00.000Z'), cancelled: 'Inställt', notPublic: 'visas inte',
    })
    const vevents = new ICAL.Component(ICAL.parse(cal.toString())).getAllSubcomponents('vevent')
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Evenemang 1', 'Inställt: Evenemang 2 (visas inte)'])
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED'])
    expect(vevents[0].getFirstPropertyValue('location')).toBe('Garaget, Lönngatan 30, Malmö')
  })

  it('has a UID of its own in the staff feed, apart from the public file’s, each stable across edits and languages', () => {
    const uidsIn = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')))
    const staffFeed = (title: string) => {
      const cal = ical({ name: 'test' })
      addEventsToCalendar(cal, [planned(7, '2030-06-01T10:00:00.000Z', { title })], { adminURL: (id) => `/admin/collections/events/${id}`, stamp: new Date('2030-01-01T00:00:00.000Z'), cancelled: 'Inställt', notPublic: 'visas inte' })
      return cal.toString()
    }
    const publicFile = (locale: 'sv' | 'ar', title: string) =>
      eventIcs(event('2030-06-01T10:00:00.000Z', '2030-06-01T11:00:00.000Z', { id: 7, title: { sv: title, ar: title } }), locale, { url: `https://example.org/${locale}/evenemang/e`, cancelledPrefix: 'x' })
    const [staff] = uidsIn(staffFeed('Föreläsning'))
    const [reader] = uidsIn(publicFile('sv', 'Föreläsning'))
    // Two components (a subscribed feed and a file a reader added) must not share one UID (RFC 5545 3.8.4.7).
    expect(staff).not.toBe(reader)
    expect(staff.split('@')[1]).toBe(reader.split('@')[1])
    expect(uidsIn(staffFeed('Föreläsning, ny titel'))).toEqual([staff])
    expect(uidsIn(publicFile('sv', 'Ny titel'))).toEqual([reader])
    // The public file in another language is the same event for its reader: the same component.
    expect(uidsIn(publicFile('ar', 'محاضرة'))).toEqual([reader])
  })

  it('show on the wheel as links on the rim: events of no campaign, or of a campaign the filters keep', () => {
    const events = [planned(1, '2030-06-01T10:00:00.000Z'), planned(2, '2030-06-02T10:00:00.000Z', { campaign: 99, cancelled: true }), planned(3, '2031-06-01T10:00:00.000Z')]
    const model = buildWheel([], { year: 2030, rings: 'focusAreas' }, [], new Date('2030-01-01T00:00:00.000Z'), 'sv', (id) => `/c/${id}`, events)
    expect(model.events.map((e) => e.id)).toEqual([1])
    const svg = wheelSvg(model.data)
    expect(svg).toContain('<a class="wheel__event" href="/admin/collections/events/1" aria-label="Evenemang: Evenemang 1. 2030-06-01. Garaget"')
    expect(svg).not.toContain('data-event="2"')
  })
})
