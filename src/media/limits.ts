import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { adminT } from '@/i18n/adminText'

/** Largest image or PDF accepted, in bytes (env MAX_UPLOAD_BYTES; a brochure PDF fits well inside it). */
export const maxUploadBytes = Number(process.env.MAX_UPLOAD_BYTES || 10 * 1024 * 1024)

/**
 * Payload has one size limit for every upload, and films need a far larger one than images: the
 * request parser takes the largest (streamed to a temporary file, never into memory), and this
 * refuses an image or PDF above its own limit with the 413 the parser would have given.
 */
export const refuseLargeMedia: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.file && req.file.size > maxUploadBytes) {
    throw new APIError(adminT(req.t)('custom:films:mediaTooLarge', { max: Math.round((maxUploadBytes / 1024 / 1024) * 10) / 10 }), 413, undefined, true)
  }
  return args
}
