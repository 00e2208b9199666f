import { getTranslations } from 'next-intl/server'

import { eventIcs } from '@/events/ics'
import { findPublicEvent } from '@/events/queries'
import { isLocale } from '@/i18n/locales'
import { siteUrl } from '@/site/metadata'
import { paths } from '@/site/paths'

/** An event's "add to calendar" file: the same for every reader, no token, cached like the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const event = isLocale(locale) ? await findPublicEvent(decodeURIComponent(slug)) : undefined
  if (!isLocale(locale) || !event) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const t = await getTranslations({ locale, namespace: 'events' })
  const body = eventIcs(event, locale, { url: siteUrl() + paths.event(locale, event.slug), cancelledPrefix: t('cancelled') })
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
    },
  })
}
