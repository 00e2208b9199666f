/** What anonymous callers can reach through REST and GraphQL, and how bad uploads are refused. */
import { expect, test } from '@playwright/test'

import { adminHeaders } from './support'

test.describe('drafts stay with the staff', () => {
  let draftId: number
  let auth: Record<string, string>

  test.beforeAll(async ({ request }) => {
    auth = adminHeaders()
    const res = await request.post('/api/topics?draft=true&locale=sv', {
      headers: auth,
      data: { adult: { title: 'Ett opublicerat utkast' }, focusArea: 'general', _status: 'draft' },
    })
    expect(res.status()).toBe(201)
    draftId = ((await res.json()) as { doc: { id: number } }).doc.id
  })

  test('REST does not show a draft to anonymous callers', async ({ playwright, baseURL }) => {
    const anon = await playwright.request.newContext({ baseURL })
    for (const path of [`/api/topics/${draftId}`, `/api/topics/${draftId}?draft=true`]) {
      const res = await anon.get(path)
      expect(res.status(), path).toBe(404)
    }
    const list = await anon.get('/api/topics?draft=true&limit=100&where[_status][equals]=draft')
    const body = (await list.json()) as { docs: { id: number }[] }
    expect(body.docs.map((d) => d.id)).not.toContain(draftId)
    expect((await anon.get('/api/topics/versions')).status()).toBe(403)
    await anon.dispose()
  })

  test('GraphQL does not show a draft to anonymous callers', async ({ playwright, baseURL }) => {
    const anon = await playwright.request.newContext({ baseURL })
    const one = await anon.post('/api/graphql', { data: { query: `{ Topic(id: ${draftId}, draft: true) { id } }` } })
    const oneBody = (await one.json()) as { data?: { Topic: unknown } }
    expect(oneBody.data?.Topic ?? null).toBeNull()
    const many = await anon.post('/api/graphql', { data: { query: '{ Topics(draft: true, limit: 100) { docs { id } } }' } })
    const manyBody = (await many.json()) as { data: { Topics: { docs: { id: number }[] } } }
    expect(manyBody.data.Topics.docs.map((d) => d.id)).not.toContain(draftId)
    await anon.dispose()
  })

  test('staff see the draft', async ({ request }) => {
    const res = await request.get(`/api/topics/${draftId}?draft=true`, { headers: auth })
    expect(res.status()).toBe(200)
  })
})

test('a JSON body nested thousands deep is a clear 400, and nothing is written', async ({ request }) => {
  const before = (await (await request.get('/api/brochures?limit=0&depth=0', { headers: adminHeaders() })).json()) as { totalDocs: number }
  const deep = '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}'
  for (const type of ['application/json', 'application/json; charset=latin1']) {
    const res = await request.post('/api/brochures?where[id][equals]=abc', { headers: { ...adminHeaders(), 'content-type': type }, data: Buffer.from(deep) })
    expect(res.status(), type).toBe(400)
    expect(await res.text()).not.toMatch(/at \S+ \(|node_modules/)
  }
  const after = (await (await request.get('/api/brochures?limit=0&depth=0', { headers: adminHeaders() })).json()) as { totalDocs: number }
  expect(after.totalDocs).toBe(before.totalDocs)
})

test.describe('uploads', () => {
  test('a file of a type not allowed is refused with a clear 4xx', async ({ request }) => {
    const auth = adminHeaders()
    const res = await request.post('/api/media', {
      headers: auth,
      multipart: {
        file: { name: 'script.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') },
        _payload: JSON.stringify({ alt: 'x' }),
      },
    })
    expect(res.status()).toBeGreaterThanOrEqual(400)
    expect(res.status()).toBeLessThan(500)
    expect(await res.text()).toMatch(/file type|filtyp|not allowed|invalid/i)
  })

  test('a file with a lying extension is refused', async ({ request }) => {
    const auth = adminHeaders()
    const res = await request.post('/api/media', {
      headers: auth,
      multipart: {
        file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('#!/bin/sh\necho this is not a picture\n') },
        _payload: JSON.stringify({ alt: 'Ett foto' }),
      },
    })
    expect(res.status()).toBeGreaterThanOrEqual(400)
    expect(res.status()).toBeLessThan(500)
  })

  test('an oversized file is refused with 413', async ({ request }) => {
    const auth = adminHeaders()
    const big = Buffer.alloc(3 * 1024 * 1024, 0)
    // A PDF header, so only its size is wrong.
    big.write('%PDF-1.4\n')
    const res = await request.post('/api/media', {
      headers: auth,
      multipart: { file: { name: 'brochure.pdf', mimeType: 'application/pdf', buffer: big }, _payload: JSON.stringify({}) },
    })
    expect(res.status()).toBe(413)
  })

  test('anonymous callers cannot upload', async ({ playwright, baseURL }) => {
    const anon = await playwright.request.newContext({ baseURL })
    const res = await anon.post('/api/media', {
      multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') } },
    })
    expect(res.status()).toBe(403)
    await anon.dispose()
  })
})

test.describe('bad requests get a clear 4xx, never a 500', () => {
  test('an id that is not a number', async ({ request }) => {
    const res = await request.get('/api/topics/abc')
    expect(res.status()).toBeGreaterThanOrEqual(400)
    expect(res.status()).toBeLessThan(500)
  })

  test('malformed JSON, and JSON that is not an object', async ({ request }) => {
    const headers = { ...adminHeaders(), 'Content-Type': 'application/json' }
    const broken = await request.post('/api/topics', { headers, data: Buffer.from('{bad json') })
    expect(broken.status()).toBe(400)
    expect(await broken.text()).toContain('not valid JSON')
    for (const body of ['"just a string"', '[1, 2]', 'null']) {
      const res = await request.post('/api/topics', { headers, data: Buffer.from(body) })
      expect(res.status(), body).toBeGreaterThanOrEqual(400)
      expect(res.status(), body).toBeLessThan(500)
    }
  })

  test('an option that does not exist, also on a field the form hides', async ({ request }) => {
    const me = (await (await request.get('/api/users/me', { headers: adminHeaders() })).json()) as { user: { id: number; languages?: string[] } }
    const res = await request.patch(`/api/users/${me.user.id}`, { headers: adminHeaders(), data: { languages: ['sv', 'xx'] } })
    expect(res.status()).toBe(400)
    const after = (await (await request.get(`/api/users/${me.user.id}`, { headers: adminHeaders() })).json()) as { languages?: string[] }
    expect(after.languages ?? []).toEqual(me.user.languages ?? [])
  })
})
