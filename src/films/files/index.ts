import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { fileCaching, versionedUrls } from '@/collections/Media/hooks/versionedUrls'
import { fromDisk } from '@/media/diskFiles'

import { canReadFilmFile } from './access'
import { checkVideo } from './hooks/checkVideo'
import { filmMimeTypes } from './limits'

export { filmMaxBytes, filmMimeTypes } from './limits'

const dirname = path.dirname(fileURLToPath(import.meta.url))


/**
 * The films' video files. Only editors upload, replace or delete them; a film page links to them.
 * On local disk (`media/films/`) by default, in the S3 bucket when configured (src/media/storage.ts);
 * uploads are streamed to a temporary file first (payload.config.ts `upload.useTempFiles`), never
 * held whole in memory.
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
    beforeOperation: [checkVideo],
    afterRead: [versionedUrls],
  },
  upload: {
    staticDir: path.resolve(dirname, '../../../media/films'),
    // How long it may be kept, then the file itself from disk (the bucket's adapter serves otherwise).
    handlers: [fileCaching, fromDisk],
    mimeTypes: filmMimeTypes,
  },
  fields: [],
}
