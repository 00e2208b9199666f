/** schema.org `Event` data for an event's page, so that search engines show it (and its cancellation). */
import { pick } from '@/content/localized'
import type { Locale } from '@/i18n/locales'

import type { PublicEvent } from './types'

export function eventJsonLd(event: PublicEvent, locale: Locale, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pick(event.title, locale)?.value,
    description: pick(event.description, locale)?.value,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.place.venueName,
      address: { '@type': 'PostalAddress', streetAddress: event.place.address, addressLocality: 'Malmö', addressCountry: 'SE' },
    },
    organizer: { '@type': 'Organization', name: event.organiser },
    inLanguage: event.languages,
    isAccessibleForFree: Boolean(event.free),
    url,
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')
