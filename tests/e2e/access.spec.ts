/**
 * The access rules tried over HTTP, as a caller outside the Local API would: REST, GraphQL and the
 * admin's server function endpoint. After every refused request the data is read again.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminHeaders } from './support'

const password = 'access-tests-pw-1'
type Headers = Record<string, string>

/** A staff account of its own for each use, signed in with its own token. */
async function staff(request: APIRequestContext, role: string, extra: Record<string, unknown> = {}): Promise<{ id: number; email: string; headers: Headers; token: string }> {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@access.example`
  const made = await request.post('/api/users', { headers: adminHeaders(), data: { email, password, role, ...extra } })
  expect(made.status(), await made.text()).toBe(201)
  const login = await request.post('/api/users/login', { data: { email, password } })
  const { token, user } = (await login.json()) as { token: string; user: { id: number } }
  return { id: user.id, email, token, headers: { Authorization: `JWT ${token}` } }
}


test.describe('shared fields of translatable content', () => {
  test('a translator’s REST and GraphQL writes to fields shared by all languages change nothing', async ({ request }) => {
    const fi = await staff(request, 'translator', { languages: ['fi'] })
    const topics = await (await request.get('/api/topics?limit=1&depth=0&locale=sv&draft=true', { headers: adminHeaders() })).json()
    const topic = topics.docs[0] as Record<string, unknown> & { id: number }
    const services = await (await request.get('/api/supportServices?limit=1&depth=0&locale=sv&draft=true', { headers: adminHeaders() })).json()
    const service = services.docs[0] as Record<string, unknown> & { id: number }

    await request.patch(`/api/topics/${topic.id}?locale=fi&draft=true`, { headers: fi.headers, data: { focusArea: 'trafficking', order: 999, lastReviewed: '2001-01-01T00:00:00.000Z', readers: [] } })
    await request.patch(`/api/supportServices/${service.id}?locale=fi&draft=true`, { headers: fi.headers, data: { phone: '000 000', website: 'https://example.org/', scope: 'malmo', key: 'stolen' } })
    await request.post('/api/graphql', { headers: fi.headers, data: { query: `mutation { updateSupportService(id: ${service.id}, locale: fi, draft: true, data: { sms: "999" }) { id } }` } })

    const topicAfter = (await (await request.get(`/api/topics/${topic.id}?depth=0&locale=sv&draft=true`, { headers: adminHeaders() })).json()) as Record<string, unknown>
    for (const key of ['focusArea', 'order', 'lastReviewed', 'readers']) expect(topicAfter[key], key).toEqual(topic[key])
    const serviceAfter = (await (await request.get(`/api/supportServices/${service.id}?depth=0&locale=sv&draft=true`, { headers: adminHeaders() })).json()) as Record<string, unknown>
    for (const key of ['phone', 'sms', 'website', 'scope', 'key']) expect(serviceAfter[key], key).toEqual(service[key])
  })
})

test.describe('the API says clearly what it does not offer', () => {
  test('GraphQL Access answers anonymous callers and staff without an error', async ({ playwright, baseURL, request }) => {
    const anon = await playwright.request.newContext({ baseURL })
    const query = '{ Access { canAccessAdmin users { create { permission } } topics { update { permission } } } }'
    const res = await anon.post('/api/graphql', { data: { query } })
    expect(res.status()).toBeLessThan(500)
    const body = await res.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.Access).toMatchObject({ canAccessAdmin: false, users: { create: { permission: false } }, topics: { update: { permission: false } } })
    await anon.dispose()
    const fi = await staff(request, 'translator', { languages: ['fi'] })
    const signedIn = await (await request.post('/api/graphql', { headers: fi.headers, data: { query } })).json()
    expect(signedIn.errors).toBeUndefined()
    expect(signedIn.data.Access).toMatchObject({ canAccessAdmin: true, users: { create: { permission: false } } })
  })

  test('collections without an API answer 404 without the server’s address', async ({ playwright, baseURL }) => {
    const anon = await playwright.request.newContext({ baseURL })
    for (const path of ['/api/payload-migrations', '/api/payload-migrations/1']) {
      const res = await anon.get(path)
      expect(res.status(), path).toBe(404)
      const text = await res.text()
      expect(text, path).not.toMatch(/https?:\/\/|localhost|127\.0\.0\.1/)
    }
    expect((await anon.get('/api/payload-migrations', { headers: adminHeaders() })).status()).toBe(404)
    await anon.dispose()
  })
})
