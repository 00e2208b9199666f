import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { pick } from '@/content/localized'
import { eventAlternates } from '@/events/alternates'
import { EventPage } from '@/events/EventPage'
import { findPublicEvent } from '@/events/queries'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first request and cached like the other pages (publishing expires them by tag).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const event = await findPublicEvent(decodeURIComponent((await params).slug))
  if (!event) return notFoundMetadata(locale)
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'events' }), getTranslations({ locale, namespace: 'site' })])
  const title = pick(event.title, locale)!.value
  return pageMetadata({
    locale,
    title: event.cancelled ? `${t('cancelled')}: ${title}` : title,
    description: pick(event.description, locale)?.value,
    alternates: eventAlternates(event),
    siteName: site('name'),
  })
}

export default async function EventRoute({ params }: Props) {
  const locale = await pageLocale(params)
  const event = await findPublicEvent(decodeURIComponent((await params).slug))
  if (!event) return <NotFoundPage locale={locale} />
  return <EventPage locale={locale} event={event} />
}
