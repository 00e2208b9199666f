import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { canChangeMedia, canReadMedia, canUploadMedia } from '@/access/media'
import { defaultLocale } from '@/i18n/locales'
import { fromDisk } from '@/media/diskFiles'
import { refuseLargeMedia } from '@/media/limits'
import { revalidateAfterChange, revalidateAfterDelete } from '@/site/revalidate'
import { reviewField } from '@/translations/reviewField'
import { dropStatusAfterDelete, syncStatusAfterChange } from '@/translations/sync'
import { translatableField } from '@/translations/translatable'

import { fileTextsGoLive } from './hooks/fileTextsGoLive'
import { fileCaching, versionedUrls } from './hooks/versionedUrls'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** What may be uploaded: photos and illustrations, and PDF brochures. Nothing that runs. */
export const allowedMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { sv: 'Fil', en: 'File' }, plural: { sv: 'Bilder och filer', en: 'Images and files' } },
  admin: { useAsTitle: 'filename', group: { sv: 'Innehåll', en: 'Content' } },
  access: {
    read: canReadMedia,
    create: canUploadMedia,
    update: canChangeMedia,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [refuseLargeMedia, fileTextsGoLive],
    afterChange: [syncStatusAfterChange, revalidateAfterChange],
    afterDelete: [dropStatusAfterDelete, revalidateAfterDelete],
    afterRead: [versionedUrls],
  },
  // On local disk by default; in an S3-compatible bucket when S3_BUCKET is set (src/media/storage.ts).
  upload: {
    staticDir: path.resolve(dirname, '../../../media'),
    // How long it may be kept, then the file itself from disk (the bucket's adapter serves otherwise).
    handlers: [fileCaching, fromDisk],
    mimeTypes: allowedMimeTypes,
    // Readers are often on cheap phones: serve small WebP sizes, never the original photo.
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 70 } } },
      { name: 'card', width: 640, formatOptions: { format: 'webp', options: { quality: 72 } } },
      { name: 'wide', width: 1280, formatOptions: { format: 'webp', options: { quality: 75 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // EXIF may hold where and when a photo was taken.
    withMetadata: false,
  },
  fields: [
    { name: 'fileTextsNote', type: 'ui', admin: { components: { Field: '@/translations/publishing/FileTextsNote#FileTextsNote' } } },
    translatableField('media', 'alt', {
      admin: { description: { sv: 'Beskriv bilden för den som inte ser den.', en: 'Describe the image for readers who cannot see it.' } },
      validate: (value: unknown, { data, req }: { data: Partial<{ mimeType: string }>; req: { locale?: string | null } }) => {
        const isImage = typeof data?.mimeType === 'string' && data.mimeType.startsWith('image/')
        const inSource = !req.locale || req.locale === defaultLocale
        if (isImage && inSource && (typeof value !== 'string' || value.trim() === '')) {
          return 'Images need an alt text (alternativtext) in Swedish.'
        }
        return true
      },
    }),
    translatableField('media', 'title'),
    reviewField('translationReview', { sidebar: true }),
  ],
}
