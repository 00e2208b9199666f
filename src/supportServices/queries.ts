import { unstable_cache } from 'next/cache'

import type { AllLocales } from '@/content/localized'
import type { FocusArea, Group, Reader } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'

export interface OpeningHours { days: string[]; opens: string; closes: string }

export interface SupportServiceCard {
  id: number
  key?: string | null
  name: AllLocales<string>
  description?: AllLocales<string>
  hours?: AllLocales<string>
  otherLanguages?: AllLocales<string>
  phone?: string | null
  sms?: string | null
  website?: string | null
  chatUrl?: string | null
  alwaysOpen?: boolean | null
  openOnHolidays?: boolean | null
  openingHours?: OpeningHours[] | null
  free?: boolean | null
  anonymous?: boolean | null
  notOnBill?: boolean | null
  interpreters?: boolean | null
  languages?: Locale[] | null
  readers?: Reader[] | null
  groups?: Group[] | null
  focusAreas?: FocusArea[] | null
  scope: 'national' | 'malmo'
}

/** Every published support service in every language. Drafts (numbers to verify) never show. */
export const listSupportServices = unstable_cache(
  async (): Promise<SupportServiceCard[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'supportServices',
      locale: 'all' as Locale,
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
    })
    return docs as unknown as SupportServiceCard[]
  },
  ['supportServices:list'],
  { tags: [tags.collection('supportServices')] },
)
