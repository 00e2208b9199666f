import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { immutableFileHeaders, versionedUrls } from '@/collections/Media/hooks/versionedUrls'

import { canReadFilmFile } from './access'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Largest film file accepted, in bytes (env FILM_MAX_BYTES, default 500 MiB). */
export const filmMaxBytes = Number(process.env.FILM_MAX_BYTES || 500 * 1024 * 1024)

/** What a browser plays natively with `<video>`: MP4 (H.264/AAC) and WebM. */
export const filmMimeTypes = ['video/mp4', 'video/webm']

/**
 * The films' video files. Only editors upload, replace or delete them; a film page links to them.
 * On local disk (`media/films/`) by default, in the S3 bucket when configured (src/media/storage.ts).
 */
export const FilmFiles: CollectionConfig = {
  slug: 'film-files',
  labels: { singular: { sv: 'Filmfil', en: 'Film file' }, plural: { sv: 'Filmfiler', en: 'Film files' } },
  admin: { useAsTitle: 'filename', group: { sv: 'Innehåll', en: 'Content' } },
  access: {
    read: canReadFilmFile,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    afterRead: [versionedUrls],
  },
  upload: {
    staticDir: path.resolve(dirname, '../../../media/films'),
    modifyResponseHeaders: immutableFileHeaders,
    mimeTypes: filmMimeTypes,
  },
  fields: [],
}
