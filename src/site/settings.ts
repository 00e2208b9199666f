import { unstable_cache } from 'next/cache'

import type { AllLocales } from '@/content/localized'
import type { Locale } from '@/i18n/locales'
import { databaseIsUp } from '@/resilience/databaseWatch'

import { tags } from './cache'
import { payloadClient } from './payload'

export interface PublicSettings {
  emergencyNumber: string
  quickExitUrl: string
  /** Support services whose numbers the home page lists, in the editors' order. */
  emergencyServiceIds: number[]
  footerText?: AllLocales<string>
  footerLinks: { label: AllLocales<string>; href: string }[]
}

/** What the frame of every page needs when the database cannot be asked. */
export const defaultSettings: PublicSettings = { emergencyNumber: '112', quickExitUrl: 'https://www.smhi.se/', emergencyServiceIds: [], footerLinks: [] }

/**
 * The site settings every page frame shows, cached until an editor changes them. If the database is
 * away, the page still renders with the defaults: the emergency number must never be missing. The
 * defaults are not cached: kept, they would outlast the outage (the home page's list of numbers
 * empty, an editor's quick-exit address forgotten) until an editor next saved the settings.
 */
export async function getSiteSettings(): Promise<PublicSettings> {
  try {
    return await storedSettings()
  } catch {
    return defaultSettings
  }
}

const storedSettings = unstable_cache(
  async (): Promise<PublicSettings> => {
    // Known to be away: the defaults at once, not after the pool's connection timeout on every page.
    if (!databaseIsUp()) throw new Error('The database is away')
    const payload = await payloadClient()
    const all = 'all' as Locale
    const [s, nav] = await Promise.all([
      payload.findGlobal({ slug: 'siteSettings', depth: 0, locale: all }),
      payload.findGlobal({ slug: 'navigation', depth: 0, locale: all }),
    ])
    return {
      emergencyNumber: s.emergencyNumber || defaultSettings.emergencyNumber,
      quickExitUrl: s.quickExitUrl || defaultSettings.quickExitUrl,
      emergencyServiceIds: (s.emergencyServices ?? []).map((x) => (typeof x === 'object' ? x.id : x)),
      footerText: s.footerText as unknown as AllLocales<string>,
      footerLinks: (nav.footerLinks ?? []).map((l) => ({ label: l.label as unknown as AllLocales<string>, href: l.href })),
    }
  },
  ['site-settings'],
  { tags: [tags.global('siteSettings'), tags.global('navigation')] },
)
