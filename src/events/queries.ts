import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'

import { publicEventsOnly } from './access'
import type { PublicEvent } from './types'

/**
 * Every published public event in every language, past ones too (an event's page stays). The list
 * page picks the upcoming ones by the site's clock at each request; publishing expires the tag.
 */
export const listPublicEvents = unstable_cache(
  async (): Promise<PublicEvent[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      locale: 'all' as Locale,
      where: publicEventsOnly,
      depth: 0,
      pagination: false,
      sort: 'startsAt',
      select: { campaign: false, translationReview: false },
    })
    return docs as unknown as PublicEvent[]
  },
  ['events:public'],
  { tags: [tags.collection('events')] },
)

/** The public event at an address, if any. */
export async function findPublicEvent(slug: string): Promise<PublicEvent | undefined> {
  return (await listPublicEvents()).find((e) => e.slug === slug)
}
