/**
 * Uploaded files on local disk through the REST route's GET as the app composes it (route.ts:
 * fileAnswers around Payload's): a year's immutable caching only at the address of the document's
 * current version, asked again anywhere else; a range kept only when If-Range names the file's
 * current version; a 304 for a cache revalidating; no file left open by a dropped answer; and no
 * failure kept.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fileAnswers } from '@/media/fileAnswers'

import { mp4 } from '../support/films'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const immutable = 'public, max-age=31536000, immutable'
const revalidated = 'public, no-cache'

let payload: Payload
let GET: Handler
let editorAuth: string
const made: { collection: 'media' | 'film-files'; id: number }[] = []

function get(address: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(address, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  return GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}

/** An address as the document gives it, and the same file at another `v` (none when `v` is null). */
function at(url: string, v?: string | null): string {
  const address = new URL(url, 'http://localhost:3000')
  if (v === null) address.searchParams.delete('v')
  else if (v !== undefined) address.searchParams.set('v', v)
  return address.pathname + address.search
}

async function image(name: string) {
  const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2a7' } }).png().toBuffer()
  const doc = await payload.create({ collection: 'media', overrideAccess: true, locale: 'sv', data: { alt: 'En grön yta' }, file: { data, mimetype: 'image/png', name, size: data.length } })
  made.push({ collection: 'media', id: doc.id })
  return { doc, data }
}

beforeAll(async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const routes = await import('@payloadcms/next/routes')
  payload = await getPayload({ config })
  GET = fileAnswers(routes.REST_GET(config) as Handler)
  const email = `editor-${Date.now()}@files.test`
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'correct-horse-battery', role: 'editor' } })
  editorAuth = `JWT ${(await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token}`
})

afterAll(async () => {
  for (const { collection, id } of made) await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
})

describe('how long a file may be kept', () => {
  it('a year, immutable, only at the address of its current version; asked again at any other', async () => {
    const { doc } = await image('kept.png')
    const addresses = [doc.url!, ...Object.values(doc.sizes ?? {}).map((s) => s!.url!)]
    expect(addresses).toHaveLength(4)
    for (const url of addresses) {
      expect(new URL(url, 'http://x').searchParams.get('v'), url).toBeTruthy()
      const current = await get(at(url))
      expect(current.status, url).toBe(200)
      expect(current.headers.get('cache-control'), url).toBe(immutable)
      for (const other of [at(url, null), at(url, 'wrong'), at(url, '')]) {
        const answer = await get(other)
        expect(answer.status, other).toBe(200)
        expect(answer.headers.get('cache-control'), other).toBe(revalidated)
      }
    }
  })

  it('moves with the document: once it changes, the old address is asked again and the new one kept', async () => {
    const { doc } = await image('moved.png')
    const updated = await payload.update({ collection: 'media', id: doc.id, overrideAccess: true, locale: 'sv', data: { alt: 'En annan text' } })
    expect(updated.filename).toBe(doc.filename)
    expect(updated.url).not.toBe(doc.url)
    expect((await get(at(doc.url!))).headers.get('cache-control')).toBe(revalidated)
    expect((await get(at(updated.url!))).headers.get('cache-control')).toBe(immutable)
  })

  it('for a film file too, also as staff read it', async () => {
    const video = await payload.create({ collection: 'film-files', overrideAccess: true, data: {}, file: { data: mp4(), mimetype: 'video/mp4', name: 'kept.mp4', size: mp4().length } })
    made.push({ collection: 'film-files', id: video.id })
    const current = await get(at(video.url!), { authorization: editorAuth })
    expect(current.status).toBe(200)
    expect(current.headers.get('cache-control')).toBe(immutable)
    expect((await get(at(video.url!, null), { authorization: editorAuth })).headers.get('cache-control')).toBe(revalidated)
  })

  it('never a failure: a file missing on disk, or a range past its end, is not kept at all', async () => {
    const { doc, data } = await image('missing.png')
    const beyond = await get(at(doc.url!), { Range: `bytes=${data.length + 10}-` })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('cache-control')).toBe('no-store')
    fs.rmSync(path.join(payload.collections.media.config.upload.staticDir!, doc.filename!))
    const missing = await get(at(doc.url!))
    expect(missing.status).toBe(500)
    expect(missing.headers.get('cache-control')).toBe('no-store')
  })
})

describe('on disk: validators, If-Range, and files closed', () => {
  it('a range with an If-Range that does not name the current file gets the whole file; with its ETag, or without If-Range, the range', async () => {
    const { doc, data } = await image('resumed.png')
    const address = at(doc.url!)
    const part = await get(address, { Range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(Buffer.from(await part.arrayBuffer()).equals(data.subarray(100, 200))).toBe(true)
    const etag = part.headers.get('etag')
    expect(etag).toMatch(/^"[^"]+"$/)
    const kept = await get(address, { Range: 'bytes=100-199', 'If-Range': etag! })
    expect(kept.status).toBe(206)
    expect(Buffer.from(await kept.arrayBuffer()).equals(data.subarray(100, 200))).toBe(true)
    for (const ifRange of ['"an-older-version"', `W/${etag}`, new Date().toUTCString()]) {
      const answer = await get(address, { Range: 'bytes=100-199', 'If-Range': ifRange })
      expect(answer.status, ifRange).toBe(200)
      expect(answer.headers.get('content-range'), ifRange).toBeNull()
      expect(Buffer.from(await answer.arrayBuffer()).equals(data), ifRange).toBe(true)
    }
  })

  it('a cache revalidating gets a 304 while the file is the same, and the file once it is another', async () => {
    const { doc, data } = await image('revalidated.png')
    const address = at(doc.url!, null)
    const first = await get(address)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(new Date(lastModified).getTime()).not.toBeNaN()
    const same = await get(address, { 'If-None-Match': etag })
    expect(same.status).toBe(304)
    expect(same.headers.get('etag')).toBe(etag)
    expect(same.headers.get('cache-control')).toBe(revalidated)
    expect((await get(address, { 'If-Modified-Since': lastModified })).status).toBe(304)
    const other = await get(address, { 'If-None-Match': '"another-version"' })
    expect(other.status).toBe(200)
    expect(Buffer.from(await other.arrayBuffer()).equals(data)).toBe(true)
  })

  it('an answer dropped before its end (a HEAD, a player seeking, a reader leaving) leaves no file open', async () => {
    const { doc } = await image('dropped.png')
    const file = path.join(payload.collections.media.config.upload.staticDir!, doc.filename!)
    const openOnFile = () =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
        } catch {
          return false // closed meanwhile
        }
      }).length
    for (let i = 0; i < 10; i++) {
      const answer = await get(at(doc.url!), i % 2 ? { Range: 'bytes=10-' } : {})
      expect(answer.status).toBeLessThan(300)
      await answer.body!.cancel()
    }
    await expect.poll(openOnFile, { timeout: 5_000 }).toBe(0)
  })
})
