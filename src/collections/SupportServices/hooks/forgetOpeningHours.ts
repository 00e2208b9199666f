import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetHoursChanges } from '@/supportServices/address'

/**
 * A service's hours may have changed: until the directory is made again from the new data, "open
 * now" is keyed by the minute (src/supportServices/address.ts), so no reader gets a stretch of the
 * week that the new hours split.
 */
export const forgetOpeningHoursAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetHoursChanges()
  return doc
}

export const forgetOpeningHoursAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetHoursChanges()
  return doc
}
