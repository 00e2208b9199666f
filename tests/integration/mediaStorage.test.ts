/**
 * Uploads in an S3-compatible bucket (s3rver on loopback), as several app instances share them:
 * an image uploaded through the REST API lands in the bucket with its WebP sizes, nothing on the
 * local disk; readers get it through the app (byte ranges, immutable caching under an address that
 * changes with the file), never from the bucket's address; the upload rules still refuse.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bucket = 'fff-media-test'
const s3Port = Number(process.env.TEST_S3_PORT ?? 4569)
const endpoint = `http://127.0.0.1:${s3Port}`
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fff-s3rver-'))
const server = new S3rver({ address: '127.0.0.1', port: s3Port, silent: true, directory: dataDir, configureBuckets: [{ name: bucket, configs: [] }] })
const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let payload: Payload
let rest: { GET: Handler; POST: Handler; PATCH: Handler }
let editorAuth: string, translatorAuth: string, communicatorAuth: string
const localMediaDir = path.resolve(import.meta.dirname, '../../media')

async function keys(): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket }))
  return (listed.Contents ?? []).map((o) => o.Key!).sort()
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

/** A request through the app's REST route, as Next would hand it over. */
function call(method: keyof typeof rest, pathname: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(pathname, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  return rest[method](new Request(url, { method, ...init }), { params: Promise.resolve({ slug }) })
}

async function signIn(role: 'editor' | 'translator' | 'communicator'): Promise<string> {
  const email = `${role}-${Date.now()}@media.test`
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'correct-horse-battery', role, languages: ['fi'] as never } })
  const { token } = await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })
  return `JWT ${token}`
}

function uploadForm(file: Buffer, name: string, data: Record<string, unknown>): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}

const photo = () => sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 30, g: 120, b: 90 } } }).png().toBuffer()

beforeAll(async () => {
  await server.run()
  // Read by payload.config.ts when it is first imported, hence the dynamic imports below.
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const routes = await import('@payloadcms/next/routes')
  const { fileAnswers } = await import('@/media/fileAnswers')
  payload = await getPayload({ config })
  // GET as route.ts composes it.
  rest = { GET: fileAnswers(routes.REST_GET(config) as Handler), POST: routes.REST_POST(config) as Handler, PATCH: routes.REST_PATCH(config) as Handler }
  editorAuth = await signIn('editor')
  translatorAuth = await signIn('translator')
  communicatorAuth = await signIn('communicator')
})

afterAll(async () => {
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']) delete process.env[name]
  await server.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('media in an S3-compatible bucket', () => {
  let doc: { id: number; filename: string; url: string; filesize: number; sizes: Record<string, { url: string | null; filename: string | null; mimeType: string | null }> }

  it('stores an upload through the API in the bucket, with its WebP sizes, and nothing on the local disk', async () => {
    expect(payload.collections.media.config.upload.adapter).toBe('s3')
    const before = await keys()
    const response = await call('POST', '/api/media', { headers: { Authorization: editorAuth }, body: uploadForm(await photo(), 's3-photo.png', { alt: 'En grön yta' }) })
    expect(response.status).toBe(201)
    doc = (await response.json()).doc
    const added = (await keys()).filter((k) => !before.includes(k))
    const sizeFiles = Object.values(doc.sizes).map((s) => s.filename)
    expect(added).toEqual([doc.filename, ...sizeFiles].sort())
    expect(sizeFiles).toHaveLength(3)
    for (const size of Object.values(doc.sizes)) {
      expect(size.mimeType).toBe('image/webp')
      expect((await sharp(await objectBytes(size.filename!)).metadata()).format).toBe('webp')
    }
    expect(fs.existsSync(path.join(localMediaDir, doc.filename))).toBe(false)
  })

  it('gives readers addresses on the app only, never the bucket', async () => {
    const addresses = [doc.url, ...Object.values(doc.sizes).map((s) => s.url!)]
    for (const url of addresses) expect(new URL(url, 'http://site.example').pathname).toMatch(/^\/api\/media\/file\//)
    const asRead = await (await call('GET', `/api/media/${doc.id}`)).text()
    for (const leak of [String(s3Port), bucket, 'amazonaws', 'X-Amz']) expect(asRead).not.toContain(leak)
  })

  it('serves the file through the app with byte ranges and immutable caching, from the bucket', async () => {
    const stored = await objectBytes(doc.filename)
    // The address as a page reads it: the storage plugin saves the document once more after putting
    // its files in the bucket, so the upload's own answer names the version before that save.
    const { url } = await (await call('GET', `/api/media/${doc.id}`)).json()
    const partial = await call('GET', new URL(url, 'http://localhost:3000').pathname + new URL(url, 'http://localhost:3000').search, { headers: { Range: 'bytes=100-199' } })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe(`bytes 100-199/${stored.length}`)
    expect(partial.headers.get('accept-ranges')).toBe('bytes')
    expect(partial.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(Buffer.from(await partial.arrayBuffer()).equals(stored.subarray(100, 200))).toBe(true)

    const whole = await call('GET', `/api/media/file/${doc.filename}`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('image/png')
    // Not the address of a version: a cache asks again before reusing it.
    expect(whole.headers.get('cache-control')).toBe('public, no-cache')
    expect(Buffer.from(await whole.arrayBuffer()).equals(stored)).toBe(true)
    for (const [name, value] of whole.headers) expect(`${name}: ${value}`).not.toMatch(new RegExp(`${s3Port}|${bucket}|amz`, 'i'))

    // If-Range: the range only for the bucket's own (strong) ETag, else the whole file.
    const etag = whole.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    const resumed = await call('GET', `/api/media/file/${doc.filename}`, { headers: { Range: 'bytes=100-199', 'If-Range': etag } })
    expect(resumed.status).toBe(206)
    expect(Buffer.from(await resumed.arrayBuffer()).equals(stored.subarray(100, 200))).toBe(true)
    for (const ifRange of ['"another-version"', `W/${etag}`, new Date().toUTCString()]) {
      const changed = await call('GET', `/api/media/file/${doc.filename}`, { headers: { Range: 'bytes=100-199', 'If-Range': ifRange } })
      expect(changed.status, ifRange).toBe(200)
      expect(Buffer.from(await changed.arrayBuffer()).equals(stored), ifRange).toBe(true)
    }

    const beyond = await call('GET', `/api/media/file/${doc.filename}`, { headers: { Range: `bytes=${stored.length + 10}-` } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('cache-control')).toBe('no-store')
  })

  it('gives the file a new address when the document changes (a crop rewrites it under the same name)', async () => {
    const updated = await payload.update({ collection: 'media', id: doc.id, overrideAccess: true, data: { alt: 'En annan text' } })
    expect(updated.filename).toBe(doc.filename)
    expect(updated.url).not.toBe(doc.url)
  })

  it('serves no object that is not a file of a media document', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'planted.png', Body: await photo(), ContentType: 'image/png' }))
    const response = await call('GET', '/api/media/file/planted.png')
    expect([403, 404]).toContain(response.status)
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 8).toString('latin1')).not.toContain('PNG')
  })

  it('still refuses uploads and file replacements to those who may not make them, leaving the bucket as it was', async () => {
    const before = await keys()
    const original = await objectBytes(doc.filename)
    const anonymous = await call('POST', '/api/media', { body: uploadForm(await photo(), 'anonymous.png', { alt: 'x' }) })
    expect([401, 403]).toContain(anonymous.status)
    for (const auth of [translatorAuth, communicatorAuth]) {
      const replaced = await call('PATCH', `/api/media/${doc.id}?locale=fi`, { headers: { Authorization: auth }, body: uploadForm(await photo(), 'replaced.png', { alt: 'x' }) })
      expect(replaced.status).toBe(403)
    }
    expect(await keys()).toEqual(before)
    expect((await objectBytes(doc.filename)).equals(original)).toBe(true)
  })

  it('removes the objects with the document', async () => {
    const files = [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename!)]
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    const left = await keys()
    for (const file of files) expect(left).not.toContain(file)
  })
})
