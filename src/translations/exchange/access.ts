import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'

import { isGlobal, type Translatable } from '../translatable'

/**
 * Whether this user may save this document in this language (the collection's or global's own
 * update access), asked before anything is written, so that a unit the user may not change is
 * refused on its line instead of failing the whole import, and left out of the user's exports.
 */
export async function mayUpdate(payload: Payload, req: PayloadRequest, target: Translatable, id: number, locale: Locale): Promise<boolean> {
  const access = isGlobal(target)
    ? payload.config.globals.find((g) => g.slug === target)?.access?.update
    : payload.collections[target]?.config.access?.update
  if (!access) return false
  const result = await access({ req: Object.assign(Object.create(req), { locale }), id: isGlobal(target) ? undefined : id } as never)
  // A query result narrows which documents: Payload's own update checks it.
  return result !== false
}
