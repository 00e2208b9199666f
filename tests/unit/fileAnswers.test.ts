/**
 * The file routes' HTTP around Payload's (src/media/fileAnswers.ts), against a stand-in for Payload's
 * file route that answers ranges as Payload does, whatever If-Range says: If-Range keeps a range only
 * when it strongly matches the file's ETag (RFC 9110 §13.1.5), and a failure is never kept.
 */
import { describe, expect, it } from 'vitest'

import { fileAnswers } from '@/media/fileAnswers'

const bytes = new TextEncoder().encode('0123456789abcdefghij')

/** Payload's file route in short: 206 for a Range, else 200; the ETag it is given, if any. */
function fileRoute(etag?: string) {
  const asked: { range: string | null; ifRange: string | null }[] = []
  const get = async (request: Request) => {
    const range = request.headers.get('range')
    asked.push({ range, ifRange: request.headers.get('if-range') })
    const headers = new Headers({ 'Cache-Control': 'public, max-age=31536000, immutable', ...(etag ? { ETag: etag } : {}) })
    const [, start, end] = /^bytes=(\d+)-(\d+)$/.exec(range ?? '') ?? []
    if (!range) return new Response(bytes, { status: 200, headers })
    headers.set('Content-Range', `bytes ${start}-${end}/${bytes.length}`)
    return new Response(bytes.slice(Number(start), Number(end) + 1), { status: 206, headers })
  }
  return { get, asked }
}

const ask = (get: (request: Request) => Promise<Response>, headers: Record<string, string>) =>
  fileAnswers(get)(new Request('http://localhost:3000/api/film-files/file/film.mp4?v=abc', { headers }))

describe('If-Range on the file routes', () => {
  it('keeps the range when the tag is the file’s own strong ETag', async () => {
    const { get } = fileRoute('"abc123"')
    const answer = await ask(get, { Range: 'bytes=5-9', 'If-Range': '"abc123"' })
    expect(answer.status).toBe(206)
    expect(answer.headers.get('content-range')).toBe('bytes 5-9/20')
    expect(await answer.text()).toBe('56789')
  })

  it('answers the whole file for another version’s tag, a weak tag, a date, or a file without an ETag, and asks only once', async () => {
    const cases: [etag: string | undefined, ifRange: string][] = [
      ['"abc123"', '"older"'],
      ['"abc123"', 'W/"abc123"'],
      ['W/"abc123"', 'W/"abc123"'],
      ['W/"abc123"', '"abc123"'],
      ['"abc123"', 'Wed, 21 Oct 2015 07:28:00 GMT'],
      // A route that sends no ETag: nothing can match.
      [undefined, '"abc123"'],
    ]
    for (const [etag, ifRange] of cases) {
      const { get, asked } = fileRoute(etag)
      const answer = await ask(get, { Range: 'bytes=5-9', 'If-Range': ifRange })
      expect(answer.status, `${etag} / ${ifRange}`).toBe(200)
      expect(answer.headers.get('content-range')).toBeNull()
      expect(await answer.text()).toBe('0123456789abcdefghij')
      expect(asked, `${etag} / ${ifRange}`).toEqual([{ range: null, ifRange: null }])
    }
  })

  it('leaves a request without If-Range, or If-Range without a Range, as it is', async () => {
    const { get } = fileRoute('"abc123"')
    expect((await ask(get, { Range: 'bytes=0-4' })).status).toBe(206)
    const { get: plain, asked } = fileRoute('"abc123"')
    expect((await ask(plain, { 'If-Range': '"older"' })).status).toBe(200)
    expect(asked).toEqual([{ range: null, ifRange: '"older"' }])
  })
})

describe('a failure on the file routes', () => {
  it('is never kept, whatever caching was decided before the file was looked for', async () => {
    for (const status of [400, 403, 404, 416, 500]) {
      const answer = await fileAnswers(async () => new Response('{}', { status, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }))(
        new Request('http://localhost:3000/api/media/file/gone.png?v=abc'),
      )
      expect(answer.status).toBe(status)
      expect(answer.headers.get('cache-control'), String(status)).toBe('no-store')
    }
    for (const status of [200, 206, 304]) {
      const answer = await fileAnswers(async () => new Response(status === 304 ? null : 'x', { status, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }))(
        new Request('http://localhost:3000/api/media/file/there.png?v=abc'),
      )
      expect(answer.headers.get('cache-control'), String(status)).toBe('public, max-age=31536000, immutable')
    }
  })
})
