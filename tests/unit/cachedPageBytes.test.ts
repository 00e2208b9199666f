/**
 * A cached page leaves the cache as UTF-8 bytes when its text needs UTF-16, so Next does not encode
 * it again for every reader (src/sharedCache/cacheHandler.mjs, issue #12).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js'
import { describe, expect, it } from 'vitest'

import { asBytes, FileSystemCacheKeepingNoNotFound } from '@/sharedCache/cacheHandler.mjs'

// The class is plain JavaScript extending Next's untyped import: say what the test uses of it.
type PageCache = {
  get(key: string, ctx: object): Promise<{ value: { html: unknown } } | null>
  set(key: string, value: object, ctx: object): Promise<void>
}
const PageCacheOnOneMachine = FileSystemCacheKeepingNoNotFound as unknown as new (options: object) => PageCache

const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('0:{}'), headers: {}, status: 200, postponed: undefined, segmentData: undefined })

describe('a cached page as bytes', () => {
  it('encodes a page with text beyond Latin-1 once, to the same UTF-8 Next would have sent', () => {
    const html = '<html lang="ar" dir="rtl"><body><a hreflang="sr">Српски</a><p>العنف – ليس ذنبك</p></body></html>'
    const entry = asBytes({ lastModified: 1, value: page(html) })
    expect(Buffer.isBuffer(entry.value.html)).toBe(true)
    expect(entry.value.html.equals(Buffer.from(html, 'utf8'))).toBe(true)
    const bytes = entry.value.html
    expect(asBytes(entry).value.html).toBe(bytes)
  })

  it('leaves a Latin-1 page, any other entry and a miss as they are', () => {
    const swedish = '<html lang="sv"><body><p>Våld i nära relation är aldrig ditt fel.</p></body></html>'
    expect(asBytes({ value: page(swedish) }).value.html).toBe(swedish)
    const data = { value: { kind: 'FETCH', data: { body: 'Српски' } } }
    expect(asBytes(data)).toEqual({ value: { kind: 'FETCH', data: { body: 'Српски' } } })
    const route = { value: { kind: 'APP_ROUTE', body: Buffer.from('x'), status: 200, headers: {} } }
    expect(asBytes(route)).toBe(route)
    expect(asBytes(null)).toBeNull()
  })

  it('comes so out of the cache the app uses on one machine, and the memory copy keeps the bytes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'))
    try {
      const cache = new PageCacheOnOneMachine({ fs: nodeFs, serverDistDir: dir, flushToDisk: true, maxMemoryCacheSize: 10_000_000 })
      const html = '<html lang="fa" dir="rtl"><body><p>خشونت در روابط نزدیک</p></body></html>'
      const ctx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
      await cache.set('/fa/amne/x', page(html), { ...ctx, cacheControl: { revalidate: false, expire: undefined }, tags: [] })
      const first = await cache.get('/fa/amne/x', ctx)
      const bytes = first?.value.html
      expect(Buffer.isBuffer(bytes)).toBe(true)
      expect(String(bytes)).toBe(html)
      const second = await cache.get('/fa/amne/x', ctx)
      expect(second?.value.html).toBe(bytes)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
