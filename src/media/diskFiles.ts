import fs from 'node:fs'
import fsPromises from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import fresh from 'fresh'
import type { CollectionSlug, PayloadRequest, UploadConfig } from 'payload'
import parseRange from 'range-parser'

import { usesBucket } from './storage'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Uploads on local disk (media and film files), served here instead of by Payload's own fallback,
 * for what that leaves out:
 * - **A dropped answer closes its file.** Payload's stream has no cancel: every answer whose body
 *   was not read to the end (a HEAD, a player seeking in a film, a reader leaving mid-download)
 *   kept a file descriptor open for the life of the process, until it could open no more files.
 *   Node's web stream of a file stream closes it on cancel.
 * - **Validators** (RFC 9110 §8.8): a strong ETag from the file's size and modification time (as
 *   nginx makes it) and Last-Modified, so a cache asked to revalidate (`fileCaching`) gets a 304
 *   instead of the file, and a download can resume (If-Range is `fileAnswers`'s, for the bucket too).
 * Ranges are read by `range-parser`, as Payload does: a range past the end is a 416; several ranges,
 * or one it cannot read, get the whole file. How long a file may be kept is `fileCaching`'s, which
 * runs before this. With a bucket the storage adapter serves instead; a file missing on disk, or a
 * document Payload did not hand over, is left to Payload (a logged 500).
 */
export const fromDisk: UploadHandler = (req, args) =>
  // Payload's type has no `Promise<Response | undefined>`, though it takes one: with no Response it serves the file itself.
  fileFromDisk(req, args) as Promise<Response>

async function fileFromDisk(req: PayloadRequest, { doc, params }: Parameters<UploadHandler>[1]): Promise<Response | undefined> {
  if (usesBucket()) return undefined
  const type = mimeTypeOf(doc, params.filename)
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  if (!type || !upload) return undefined
  const dir = path.resolve(upload.staticDir || params.collection)
  const file = path.resolve(dir, params.filename)
  if (!file.startsWith(dir + path.sep)) return undefined
  const stats = await fsPromises.stat(file).catch(() => undefined)
  if (!stats?.isFile()) return undefined

  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`
  const lastModified = stats.mtime.toUTCString()
  const headers = new Headers({ 'Content-Type': type, 'Accept-Ranges': 'bytes', ETag: etag, 'Last-Modified': lastModified })
  const asked = (name: string) => req.headers.get(name) ?? undefined
  if (fresh({ 'if-none-match': asked('if-none-match'), 'if-modified-since': asked('if-modified-since') }, { etag, 'last-modified': lastModified })) {
    return new Response(null, { status: 304, headers })
  }

  const rangeHeader = asked('range')
  const ranges = rangeHeader === undefined ? undefined : parseRange(stats.size, rangeHeader)
  if (ranges === -1) {
    headers.set('Content-Range', `bytes */${stats.size}`)
    return new Response(null, { status: 416, headers })
  }
  const range = Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0] : undefined
  if (range) headers.set('Content-Range', `bytes ${range.start}-${range.end}/${stats.size}`)
  headers.set('Content-Length', String(range ? range.end - range.start + 1 : stats.size))
  // An empty file: a stream of nothing (createReadStream's end is inclusive, so no `end: -1`).
  const body = stats.size === 0 ? null : (Readable.toWeb(fs.createReadStream(file, range)) as ReadableStream<Uint8Array>)
  return new Response(body, { status: range ? 206 : 200, headers })
}

/** The type stored with the document for this file: the upload's own, or one of its image sizes'. */
function mimeTypeOf(doc: unknown, filename: string): string | undefined {
  const d = doc as { filename?: unknown; mimeType?: unknown; sizes?: Record<string, { filename?: unknown; mimeType?: unknown } | null> } | undefined
  if (!d) return undefined
  const entry = d.filename === filename ? d : Object.values(d.sizes ?? {}).find((size) => size?.filename === filename)
  return typeof entry?.mimeType === 'string' && entry.mimeType !== '' ? entry.mimeType : undefined
}
