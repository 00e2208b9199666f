import type { CollectionAfterReadHook } from 'payload'

/**
 * Files are served with a year's `immutable` caching (see `immutableFileHeaders`), so a file's
 * address must change whenever its bytes may: a crop or refocus rewrites the files under the same
 * names, and a name freed by a delete can be taken by a new upload. Every change to the document
 * moves `updatedAt`, so its value in the address (`?v=`) gives each version its own address.
 * The file endpoint ignores the parameter.
 */
export const versionedUrls: CollectionAfterReadHook = ({ doc }) => {
  const stamp = Date.parse(doc?.updatedAt ?? '')
  if (!Number.isFinite(stamp)) return doc
  const v = stamp.toString(36)
  const withVersion = (url: unknown) => (typeof url === 'string' && url !== '' ? `${url}${url.includes('?') ? '&' : '?'}v=${v}` : url)
  doc.url = withVersion(doc.url)
  if (doc.thumbnailURL) doc.thumbnailURL = withVersion(doc.thumbnailURL)
  for (const size of Object.values<{ url?: unknown } | null>(doc.sizes ?? {})) {
    if (size) size.url = withVersion(size.url)
  }
  return doc
}

/** Each file address names one version of the file (see above): browsers may keep it for a year. */
export const immutableFileHeaders = ({ headers }: { headers: Headers }) => {
  headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  return headers
}
