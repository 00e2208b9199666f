/**
 * A streamed answer's headers leave with its first chunk, in one write (issue #12): Next flushes
 * them by hand and writes the first chunk in the same tick (src/sharedCache/headersWithFirstChunk.ts).
 */
import http, { ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { flushHeadersWithFirstChunk } from '@/sharedCache/headersWithFirstChunk'

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

/** A server answering as Next's stream writer does, counting the writes its sockets make. */
async function serve(Response: typeof ServerResponse<http.IncomingMessage>, answer: (res: ServerResponse) => void | Promise<void>) {
  const writes: string[][] = []
  const server = http.createServer({ ServerResponse: Response }, (_req, res) => void answer(res))
  server.on('connection', (socket: Socket & { _write: Function; _writev: Function }) => {
    const write = socket._write.bind(socket)
    const writev = socket._writev.bind(socket)
    socket._write = (chunk: Buffer | string, encoding: BufferEncoding, cb: () => void) => (writes.push([String(chunk)]), write(chunk, encoding, cb))
    socket._writev = (chunks: { chunk: Buffer | string }[], cb: () => void) => (writes.push(chunks.map((c) => String(c.chunk))), writev(chunks, cb))
  })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { writes, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

const get = (url: string, onHeaders?: () => void) =>
  new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
    http.get(url, (res) => {
      onHeaders?.()
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (body += d))
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }))
    }).on('error', reject)
  })

const page = '<!DOCTYPE html><html lang="sr"><body>Српски – العربية</body></html>'

/** What Next's writer does for a page it streams: flush the headers, write, end. */
const likeNext = (res: ServerResponse) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.flushHeaders()
  res.write(Buffer.from(page))
  res.end()
}

describe('headers with the first chunk', () => {
  it('sends the headers and the page in one write, the page intact', async () => {
    class Corked extends ServerResponse {}
    flushHeadersWithFirstChunk(Corked.prototype)
    const { writes, url } = await serve(Corked, likeNext)
    expect(await get(url)).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: page })
    expect(writes).toHaveLength(1)
    expect(writes[0][0]).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(writes[0].join('')).toContain(page)
  })

  it('without it, Node sends the flushed headers in a write of their own', async () => {
    const { writes, url } = await serve(class Plain extends ServerResponse {}, likeNext)
    expect((await get(url)).body).toBe(page)
    expect(writes.length).toBeGreaterThan(1)
    expect(writes[0].join('')).not.toContain(page)
  })

  it('still sends the headers at once when nothing follows them yet', async () => {
    class Corked extends ServerResponse {}
    flushHeadersWithFirstChunk(Corked.prototype)
    let headersArrived!: () => void
    const arrived = new Promise<void>((r) => (headersArrived = r))
    // The answer ends only once the reader has its headers: held back, they would never come.
    const { url } = await serve(Corked, async (res) => {
      res.setHeader('Content-Type', 'text/plain')
      res.flushHeaders()
      await arrived
      res.end('later')
    })
    expect((await get(url, headersArrived)).body).toBe('later')
  })

  it('is installed once however often it is called', () => {
    class Corked extends ServerResponse {}
    flushHeadersWithFirstChunk(Corked.prototype)
    const once = Corked.prototype.flushHeaders
    flushHeadersWithFirstChunk(Corked.prototype)
    expect(Corked.prototype.flushHeaders).toBe(once)
    expect(once).not.toBe(ServerResponse.prototype.flushHeaders)
  })
})
