import { s3Storage } from '@payloadcms/storage-s3'

// @payloadcms/storage-s3 (with plugin-cloud-storage) is published up to 3.90.1 only, beside our
// Payload 3.90.2. Payload's start-up check outside production would end the process over that
// version number; drop this line once a matching version is out.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Where uploads live: the local `media/` folder by default, or an S3-compatible bucket when
 * `S3_BUCKET` is set, so that every app instance serves the same files (sharp's sizes included).
 *
 * Readers always get files through the app (`/api/media/file/…`): the collection's read access is
 * checked, the bucket's address and credentials never reach a page or a header, and the bucket
 * need not be public. Hence no `disablePayloadAccessControl` and no signed downloads (a signed URL
 * would be a redirect to the bucket's host).
 *
 * `alwaysInsertFields` gives the media table the plugin's columns (`prefix`, `_object_key`) in both
 * modes, so one set of migrations fits either.
 */
/** Whether uploads live in the bucket (`S3_BUCKET` set); otherwise on local disk (src/media/diskFiles.ts). */
export const usesBucket = () => Boolean(process.env.S3_BUCKET)

export function mediaStorage() {
  const env = process.env
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined // the AWS SDK's own chain (AWS_* variables, an instance role)
  return s3Storage({
    enabled: usesBucket(),
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? '',
    collections: { media: { signedDownloads: false }, 'film-files': { signedDownloads: false } },
    config: {
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || 'us-east-1',
      // MinIO, Garage, s3rver… address buckets by path, not by host name.
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      credentials,
    },
  })
}
