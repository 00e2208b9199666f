import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'

import { EventList } from '@/events/EventList'
import { canonicalEventQuery, parseEventFilter } from '@/events/filters'
import { listPublicEvents } from '@/events/queries'
import { pageLocale } from '@/i18n/pageLocale'
import { now } from '@/site/clock'
import { fixedPageMetadata } from '@/site/metadata'
import { paths } from '@/site/paths'

// Rendered per request (past events drop off by the site's clock); see the page's comment.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return fixedPageMetadata(params, paths.events, 'events')
}

/**
 * Upcoming public events. Rendered per request (past events drop off by the site's clock) from the
 * cached list; caches in front key it by its address. Any query that is not the canonical one for its
 * filters is redirected to it, so they keep one copy per combination.
 */
export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const filter = parseEventFilter(query)
  const canonical = canonicalEventQuery(filter)
  const given = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]]))).toString()
  if ((given ? `?${given}` : '') !== canonical) permanentRedirect(paths.events(locale) + canonical)
  return <EventList locale={locale} events={await listPublicEvents()} filter={filter} now={now()} />
}
