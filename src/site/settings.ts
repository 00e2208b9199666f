import { unstable_cache } from 'next/cache'

import { payloadClient } from './payload'

export interface PublicSettings {
  emergencyNumber: string
  quickExitUrl: string
}

/** What the frame of every page needs when the database cannot be asked. */
export const defaultSettings: PublicSettings = { emergencyNumber: '112', quickExitUrl: 'https://www.smhi.se/' }

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
      }
    } catch {
      return defaultSettings
    }
  },
  ['site-settings'],
  { tags: ['siteSettings'] },
)
