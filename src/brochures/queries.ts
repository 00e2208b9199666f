import { unstable_cache } from 'next/cache'

import type { AllLocales } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'

export interface BrochurePdf { id: number; url?: string | null; filename?: string | null; filesize?: number | null }

export interface BrochureDoc {
  id: number
  slug: AllLocales<string>
  title: AllLocales<string>
  summary?: AllLocales<string>
  body?: AllLocales<unknown>
  pdf?: AllLocales<BrochurePdf | number>
  updatedAt: string
}

/** Published brochures in every language, with their PDFs. */
export const listBrochures = unstable_cache(
  async (): Promise<BrochureDoc[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'brochures',
      locale: 'all' as Locale,
      where: { _status: { equals: 'published' } },
      depth: 1,
      pagination: false,
    })
    return docs as unknown as BrochureDoc[]
  },
  ['brochures:list'],
  { tags: [tags.collection('brochures'), tags.collection('media')] },
)
