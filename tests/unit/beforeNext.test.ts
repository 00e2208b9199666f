/** What the server answers itself, before Next (src/site/methods.ts, src/site/beforeNext.ts). */
import { Server, request } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installBeforeNext } from '@/site/beforeNext'
import { methodAnswer } from '@/site/methods'

describe('methodAnswer', () => {
  it('lets a page’s reads and form posts through, and nothing else', () => {
    for (const path of ['/sv', '/ar/barn/amne/x?y=1', '/sv/stod?open=now', '/admin/collections/topics', '/']) {
      for (const method of ['GET', 'HEAD', 'POST', 'get']) expect(methodAnswer(method, path), `${method} ${path}`).toBeUndefined()
      for (const method of ['DELETE', 'PUT', 'PATCH', 'TRACE', 'PROPFIND', 'FOO']) expect(methodAnswer(method, path), `${method} ${path}`).toEqual({ status: 405, allow: 'GET, HEAD, POST, OPTIONS' })
      expect(methodAnswer('OPTIONS', path)).toEqual({ status: 204, allow: 'GET, HEAD, POST, OPTIONS' })
    }
  })

  it('leaves the API, files and feeds to their routes, but for the methods Next cannot represent', () => {
    for (const path of ['/api/topics/1', '/api/search', '/robots.txt', '/sv/evenemang/x.ics', '/_next/static/chunks/a.js', '/fonts/a.woff2']) {
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'FOO']) expect(methodAnswer(method, path), `${method} ${path}`).toBeUndefined()
      for (const method of ['TRACE', 'trace']) expect(methodAnswer(method, path)?.status, `${method} ${path}`).toBe(405)
    }
    expect(methodAnswer('TRACE', '/api/topics')?.allow).toBe('GET, HEAD, POST, PATCH, DELETE, OPTIONS')
    expect(methodAnswer('TRACE', '/robots.txt')?.allow).toBe('GET, HEAD')
  })
})

describe('installBeforeNext', () => {
  // A prototype of our own, so no other server in the test process is changed.
  class Plain extends Server {}
  const handled: string[] = []
  const server = new Plain((req, res) => {
    handled.push(`${req.method} ${req.url}`)
    // As Next answers a build file: its own year, a 404 for one that is not there.
    if (req.url?.startsWith('/_next/static/')) {
      res.statusCode = req.url.includes('missing') ? 404 : 200
      res.setHeader('cache-control', req.url.includes('given') ? 'private' : 's-maxage=31536000')
      if (req.url.includes('given')) return void res.writeHead(404, { 'Cache-Control': 's-maxage=31536000' }).end('gone')
    }
    res.end('app')
  })
  let port = 0

  beforeAll(async () => {
    installBeforeNext(Plain.prototype)
    installBeforeNext(Plain.prototype)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const send = (method: string, path: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    })

  it('answers a refused method itself, with Allow, a body, no-store and the security headers', async () => {
    const trace = await send('TRACE', '/robots.txt')
    expect(trace.status).toBe(405)
    expect(trace.headers.allow).toBe('GET, HEAD')
    expect(trace.body).toMatch(/TRACE/)
    expect(trace.headers['cache-control']).toBe('no-store')
    expect(trace.headers['referrer-policy']).toBe('no-referrer')
    const del = await send('DELETE', '/sv')
    expect(del.status).toBe(405)
    expect(del.headers.allow).toBe('GET, HEAD, POST, OPTIONS')
    const options = await send('OPTIONS', '/sv/stod')
    expect(options.status).toBe(204)
    expect(options.body).toBe('')
    expect(handled).toEqual([])
  })

  it('hands everything else to the app, once', async () => {
    expect((await send('GET', '/sv')).body).toBe('app')
    expect((await send('DELETE', '/api/topics/1')).body).toBe('app')
    expect(handled).toEqual(['GET /sv', 'DELETE /api/topics/1'])
  })

  it('lets no cache keep a build file that is not there, and leaves those that are as Next says', async () => {
    expect((await send('GET', '/_next/static/chunks/there.js')).headers['cache-control']).toBe('s-maxage=31536000')
    const missing = await send('GET', '/_next/static/chunks/missing.js')
    expect(missing.status).toBe(404)
    expect(missing.headers['cache-control']).toBe('no-store')
    const given = await send('GET', '/_next/static/chunks/missing-given.js')
    expect(given.status).toBe(404)
    expect(given.headers['cache-control']).toBe('no-store')
    expect((await send('GET', '/xx/missing')).headers['cache-control']).toBeUndefined()
  })
})
