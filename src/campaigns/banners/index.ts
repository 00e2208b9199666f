/**
 * What the public site knows of campaigns: schedule, audience and banner, nothing of the plan. Read
 * server-side with access overridden but only these fields selected; what is live is decided at
 * render time from the site's clock.
 */
import { unstable_cache } from 'next/cache'

import type { AllLocales } from '@/content/localized'
import type { Variant } from '@/content/taxonomy'
import type { Locale } from '@/i18n/locales'
import { tags } from '@/site/cache'
import { payloadClient } from '@/site/payload'

import { liveCampaigns, liveStatuses, type PlannedCampaign } from '../planning'
import { idOf, toPlanned, type Raw } from '../queries'

export interface BannerCampaign extends PlannedCampaign {
  banner: { text?: AllLocales<string>; url?: AllLocales<string>; topic?: number | null; priority: number }
  topics: number[]
}

/** Cached under the campaigns tag; the jobs tick expires it when a campaign starts or ends. */
export const listBannerCampaigns = unstable_cache(
  async (): Promise<BannerCampaign[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'campaigns',
      locale: 'all' as Locale,
      where: { status: { in: [...liveStatuses] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {
        status: true,
        languages: true,
        variant: true,
        channels: true,
        startsAt: true,
        endsAt: true,
        allDay: true,
        recurrence: true,
        topics: true,
        banner: { text: true, url: true, topic: true, priority: true },
      },
    })
    return docs.map((d) => {
      const raw = d as unknown as Raw & { banner?: BannerCampaign['banner']; topics?: unknown[] }
      return {
        ...toPlanned({ ...raw, title: '' }),
        banner: { text: raw.banner?.text, url: raw.banner?.url, topic: idOf(raw.banner?.topic), priority: Number(raw.banner?.priority ?? 0) },
        topics: (raw.topics ?? []).map(idOf).filter((x): x is number => x !== null),
      }
    })
  },
  ['campaigns:banners'],
  { tags: [tags.collection('campaigns')] },
)

/** The campaigns live now for this language and audience, highest priority first. */
export function liveFor(campaigns: BannerCampaign[], now: Date, locale: Locale, variant: Variant): BannerCampaign[] {
  return liveCampaigns(campaigns, now)
    .filter((c) => c.variant === variant && c.languages.includes(locale))
    .sort((a, b) => b.banner.priority - a.banner.priority || a.id - b.id)
}
