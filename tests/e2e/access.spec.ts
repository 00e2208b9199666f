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
