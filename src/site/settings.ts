import { unstable_cache } from 'next/cache'

import { tags } from './cache'
import { payloadClient } from './payload'

export interface PublicSettings {
  emergencyNumber: string
  quickExitUrl: string
  /** Support services whose numbers the home page lists, in the editors' order. */
  emergencyServiceIds: number[]
}

/** What the frame of every page needs when the database cannot be asked. */
export const defaultSettings: PublicSettings = { emergencyNumber: '112', quickExitUrl: 'https://www.smhi.se/', emergencyServiceIds: [] }

/**
 * The site settings every page frame shows, cached until an editor changes them. If the database is
 * away, the page still renders with the defaults: the emergency number must never be missing.
 */
export const getSiteSettings = unstable_cache(
  async (): Promise<PublicSettings> => {
    try {
      const payload = await payloadClient()
      const s = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
      return {
        emergencyNumber: s.emergencyNumber || defaultSettings.emergencyNumber,
        quickExitUrl: s.quickExitUrl || defaultSettings.quickExitUrl,
        emergencyServiceIds: (s.emergencyServices ?? []).map((x) => (typeof x === 'object' ? x.id : x)),
      }
    } catch {
      return defaultSettings
    }
  },
  ['site-settings'],
  { tags: [tags.global('siteSettings')] },
)
