/**
 * A year of demo events from the day of the seed: talks at the city's open meeting places for older
 * people (the HVOF plan's lectures), evenings for parents and young people, a training for
 * professionals and open houses, some linked to the demo campaigns, one cancelled and one kept for
 * staff only. The venues are public places (meeting places, libraries); their names and addresses
 * are illustrative demo data. Never a protected address.
 */
import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'

import type { FocusArea } from '@/content/taxonomy'
import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'

import { directions, olderPeopleTalk, openHouse, parentsEvening, professionalsCourse, stepFree, youngPeopleEvening } from './seedTexts'
import { malmoDay } from './time'
import type { Audience, SignUpMethod } from './vocabulary'
import { zone } from './vocabulary'

interface Venue {
  name: string
  address: string
  bus: string
  stop: string
}

const meetingPlaces: Venue[] = [
  { name: 'Träffpunkt Kirseberg', address: 'Kirsebergstorget 3, 212 35 Malmö', bus: '3', stop: 'Kirsebergstorget' },
  { name: 'Träffpunkt Limhamn', address: 'Linnégatan 52, 216 14 Limhamn', bus: '4', stop: 'Limhamns torg' },
  { name: 'Träffpunkt Rosengård', address: 'Amiralsgatan 81, 213 72 Malmö', bus: '5', stop: 'Rosengård centrum' },
  { name: 'Träffpunkt Fosie', address: 'Lantmannagatan 40, 214 44 Malmö', bus: '3', stop: 'Lantmannagatan' },
]
const cityLibrary: Venue = { name: 'Malmö stadsbibliotek', address: 'Kung Oscars väg 11, 211 33 Malmö', bus: '1', stop: 'Stadsbiblioteket' }
const rosengardLibrary: Venue = { name: 'Rosengårds bibliotek', address: 'Rosengårds centrum, 213 72 Malmö', bus: '5', stop: 'Rosengård centrum' }
const garaget: Venue = { name: 'Garaget', address: 'Lönngatan 30, 214 49 Malmö', bus: '3', stop: 'Nobeltorget' }

interface Kind {
  texts: Record<Locale, [string, string, string]>
  venues: Venue[]
  /** Malmö wall times. */
  from: [number, number]
  to: [number, number]
  languages: Locale[]
  interpreter: boolean
  audiences: Audience[]
  focusAreas: FocusArea[]
  signUp: { method: SignUpMethod; phone?: string; url?: string }
  organiser: string
  /** The demo campaign (by title) such events belong to. */
  campaign?: string
}

// Malmö stad's switchboard, the city's published number: no other number is invented here.
const switchboard = '040-34 10 00'

const olderPeople: Kind = {
  texts: olderPeopleTalk, venues: meetingPlaces, from: [14, 0], to: [15, 30], languages: ['sv', 'ar', 'bs'], interpreter: true,
  audiences: ['older-people'], focusAreas: ['close-relationships'], signUp: { method: 'none' },
  organiser: 'Malmö stad, hälsa-, vård- och omsorgsförvaltningen', campaign: 'Föreläsningar på seniorträffpunkter',
}
const kinds: Kind[] = [
  { texts: parentsEvening, venues: [rosengardLibrary, garaget], from: [18, 0], to: [19, 30], languages: ['sv', 'ar', 'so'], interpreter: true, audiences: ['parents'], focusAreas: ['sexual', 'close-relationships'], signUp: { method: 'phone', phone: switchboard }, organiser: 'Malmö stad, familjecentralerna' },
  { texts: youngPeopleEvening, venues: [garaget, rosengardLibrary], from: [18, 0], to: [20, 0], languages: ['sv', 'en'], interpreter: false, audiences: ['young-people'], focusAreas: ['honour'], signUp: { method: 'none' }, organiser: 'Malmö stad, fritid' },
  { texts: professionalsCourse, venues: [cityLibrary], from: [9, 0], to: [12, 0], languages: ['sv'], interpreter: false, audiences: ['professionals'], focusAreas: ['trafficking', 'sex-for-compensation'], signUp: { method: 'link', url: 'https://malmo.se' }, organiser: 'Malmö stad, Kompetenscentrum våld i nära relationer', campaign: 'Världsdagen mot människohandel (30 juli)' },
  { texts: openHouse, venues: [cityLibrary, garaget], from: [13, 0], to: [17, 0], languages: ['sv', 'en', 'ar', 'fa', 'so'], interpreter: false, audiences: ['everyone'], focusAreas: ['close-relationships', 'honour', 'sexual'], signUp: { method: 'none' }, organiser: 'Malmö stad med stödverksamheterna i Malmö', campaign: 'En vecka fri från våld' },
]

export const demoEventCount = 12
/** Which demo events are cancelled and which are for staff only (by their place in the year). */
export const cancelledDemoEvent = 2
const staffOnlyDemoEvent = 5

const wall = (day: string, [hh, mm]: [number, number]) => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, zone).getTime()).toISOString()
}

/**
 * The demo events, one a month: every other one at an older people's meeting place, the others in
 * turn. Each is saved once per language (Payload writes one language at a time), so the count is kept
 * small: the seed runs on every first start.
 */
export async function seedEvents(payload: Payload, now: Date) {
  // Once: a second run (the seed is idempotent) adds none, and never touches planners' events.
  if ((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs > 0) return
  const campaignIds = new Map<string, number>()
  const { docs: campaigns } = await payload.find({ collection: 'campaigns', depth: 0, pagination: false, overrideAccess: true, select: { title: true } })
  for (const c of campaigns) campaignIds.set(c.title, c.id)
  for (let i = 0; i < demoEventCount; i++) {
    const kind = i % 2 === 0 ? olderPeople : kinds[Math.floor(i / 2) % kinds.length]
    const venue = kind.venues[Math.floor(i / 2) % kind.venues.length]
    const day = malmoDay(new Date(now.getTime() + (10 + i * 30) * 24 * 60 * 60 * 1000))
    const text = (locale: Locale) => {
      const [title, description, practical] = kind.texts[locale]
      return { title, description, practical, place: { directions: directions[locale](venue.bus, venue.stop), accessibility: stepFree[locale] } }
    }
    const sv = text(defaultLocale)
    const created = await payload.create({
      collection: 'events',
      overrideAccess: true,
      locale: defaultLocale,
      data: {
        ...sv,
        place: { ...sv.place, venueName: venue.name, address: venue.address },
        startsAt: wall(day, kind.from),
        startsAt_tz: zone,
        endsAt: wall(day, kind.to),
        endsAt_tz: zone,
        languages: kind.languages,
        interpreter: kind.interpreter,
        audiences: kind.audiences,
        focusAreas: kind.focusAreas,
        free: true,
        signUp: kind.signUp,
        organiser: kind.organiser,
        campaign: (kind.campaign && campaignIds.get(kind.campaign)) || null,
        public: i !== staffOnlyDemoEvent,
        cancelled: i === cancelledDemoEvent,
        translationReview: 'approved',
        _status: 'published',
      },
    })
    for (const locale of localeCodes) {
      if (locale === defaultLocale) continue
      // Machine drafts: someone who reads the language approves them.
      await payload.update({ collection: 'events', id: created.id, locale, overrideAccess: true, publishAllLocales: true, data: { ...text(locale), translationReview: 'needs-review', _status: 'published' } })
    }
  }
}
