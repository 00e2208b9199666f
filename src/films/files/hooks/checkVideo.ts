import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'
import { adminT } from '@/i18n/adminText'

import { filmMaxBytes, filmMimeTypes } from '../limits'
import { mp4ShapeOf } from '../mp4'

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/**
 * A film file is checked before Payload stores anything: its size, what it really is by its first
 * bytes (a text file named .mp4 is not a video, whatever the browser says), and for MP4 that it is
 * whole (has its `moov` index). Payload's own check falls back to the file name when the bytes say
 * nothing, and accepts an MP4 whose index is missing.
 */
export const checkVideo: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  // Whoever may not upload is refused by access (403), before learning anything about the file.
  if (!(args as { overrideAccess?: boolean }).overrideAccess && !hasRole(req.user, 'admin', 'editor')) return args
  const t = adminT(req.t)
  if (file.size > filmMaxBytes) throw new APIError(t('custom:films:fileTooLarge', { max: mib(filmMaxBytes) }), 413, undefined, true)
  const onDisk = Boolean(file.tempFilePath) && !(file.data && file.data.length)
  const detected = await (onDisk ? fileTypeFromFile(file.tempFilePath!) : fileTypeFromBuffer(file.data)).catch(() => undefined)
  if (!detected || !filmMimeTypes.includes(detected.mime)) {
    throw new APIError(t('custom:films:notVideo', { found: detected?.mime ?? file.mimetype ?? '?' }), 415, undefined, true)
  }
  if (detected.mime === 'video/mp4') {
    const shape = await mp4ShapeOf(file)
    if (shape !== 'ok') throw new APIError(t(shape === 'noMoov' ? 'custom:films:noMoov' : 'custom:films:brokenMp4'), 400, undefined, true)
  }
  // What the bytes say, not what the browser guessed from the name.
  file.mimetype = detected.mime
  return args
}
