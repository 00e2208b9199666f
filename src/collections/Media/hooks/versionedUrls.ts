import type { CollectionAfterReadHook, UploadConfig } from 'payload'

/**
 * The version of a document's files: its last change (`updatedAt` in ms, base 36), which every change
 * moves. A crop or refocus rewrites the files under the same names, and a name freed by a delete can
 * be taken by a new upload, so each file address carries it (`?v=`, `versionedUrls`) to name one
 * version of the file; `fileCaching` checks it. Undefined without a usable `updatedAt`.
 */
function fileVersion(doc: { updatedAt?: unknown } | null | undefined): string | undefined {
  const updatedAt = doc?.updatedAt
  const stamp = typeof updatedAt === 'string' || updatedAt instanceof Date ? new Date(updatedAt).getTime() : NaN
  return Number.isFinite(stamp) ? stamp.toString(36) : undefined
}

/** Every file address of a document names its version (see `fileVersion`). */
export const versionedUrls: CollectionAfterReadHook = ({ doc }) => {
  const v = fileVersion(doc)
  if (!v) return doc
  const withVersion = (url: unknown) => (typeof url === 'string' && url !== '' ? `${url}${url.includes('?') ? '&' : '?'}v=${v}` : url)
  doc.url = withVersion(doc.url)
  if (doc.thumbnailURL) doc.thumbnailURL = withVersion(doc.thumbnailURL)
  for (const size of Object.values<{ url?: unknown } | null>(doc.sizes ?? {})) {
    if (size) size.url = withVersion(size.url)
  }
  return doc
}

const immutableFileCaching = 'public, max-age=31536000, immutable'
/**
 * Any other address (no `v`, an old or a wrong one) may later name other bytes: a cache may keep the
 * file but asks again before each reuse (a 304 while it is the same: the bucket's ETag, or on disk
 * `fromDisk`'s, src/media/diskFiles.ts).
 */
const revalidatedFileCaching = 'public, no-cache'

/**
 * How long a file may be kept (`upload.handlers`, run once Payload has found the file's document and
 * before it serves the file from disk or the bucket): a year, immutable, only at the address that
 * names the document's current version; otherwise a cache must ask again before reusing it. Payload's
 * `modifyResponseHeaders` sees neither the request nor the document; a handler sees both and, returning
 * nothing, leaves the serving to the next handler (`fromDisk`, or the bucket's) or Payload, whose
 * route adds `req.responseHeaders` to the answer.
 * That answer may still be a failure (a file missing on disk or in the bucket): `fileAnswers`
 * (src/media/fileAnswers.ts) keeps caches from storing one.
 */
export const fileCaching: NonNullable<UploadConfig['handlers']>[number] = (req, { doc }) => {
  const current = fileVersion(doc as { updatedAt?: unknown } | undefined)
  const asked = req.searchParams.get('v')
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Cache-Control', current !== undefined && asked === current ? immutableFileCaching : revalidatedFileCaching)
}
