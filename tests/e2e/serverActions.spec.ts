/**
 * The server actions' Origin check. Public pages send `Referrer-Policy: no-referrer`, so browsers
 * post their forms with `Origin: null`; the public forms must still work, but a null Origin must not
 * reach a staff action with the staff member's session (say, from a script injected into a public
 * page of the same site, which carries the SameSite=Strict cookie).
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { authFile } from './globalSetup'

/** The admin's server function (Payload's `serverFunction` in the admin layout), from the build. */
function adminActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR ?? '.next-test', 'server', 'server-reference-manifest.json'), 'utf8'))
  const entry = Object.entries(manifest.node as Record<string, { filename?: string }>).find(([, a]) => a.filename === 'src/app/(payload)/layout.tsx')
  if (!entry) throw new Error('The admin layout has no server action in this build.')
  return entry[0]
}

const probe = `origin probe ${Date.now().toString(36)}`
const slug = probe.replaceAll(' ', '-')

/** Call the admin's `slugify` server function (it needs a signed-in user) as a browser's fetch would. */
async function callAdmin(request: APIRequestContext, where: string, origin: string) {
  const res = await request.post(where, {
    headers: {
      'next-action': adminActionId(),
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin,
      cookie: `payload-token=${fs.readFileSync(authFile, 'utf8').trim()}`,
    },
    data: JSON.stringify([{ name: 'slugify', args: { collectionSlug: 'topics', path: 'slug', valueToSlugify: probe } }]),
    maxRedirects: 0,
    failOnStatusCode: false,
  })
  return { status: res.status(), body: await res.text() }
}

test('an admin server action runs for its own origin, and refuses a null or foreign Origin', async ({ request, baseURL }) => {
  const own = await callAdmin(request, '/admin', new URL(baseURL!).origin)
  expect(own.status).toBe(200)
  expect(own.body).toContain(slug)
  for (const origin of ['null', 'https://attacker.example']) {
    const refused = await callAdmin(request, '/admin', origin)
    expect(refused.body, origin).not.toContain(slug)
    expect(refused.status, origin).toBeGreaterThanOrEqual(400)
  }
})

test('a null Origin on a public page reaches no action with the session it carries', async ({ request }) => {
  // Next forwards an action posted to another page to the page that has it: it must arrive anonymous.
  for (const where of ['/sv/kontakt', '/sv/sok', '/sv']) {
    const forwarded = await callAdmin(request, where, 'null')
    expect(forwarded.body, where).not.toContain(slug)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search form posts (Origin: null) and shows results', async ({ page }) => {
    const origins: (string | undefined)[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST') origins.push(r.headers().origin)
    })
    await page.goto('/sv/sok')
    await page.locator('#q').fill('hedersrelaterat')
    await page.locator('.search-form button[type="submit"]').click()
    await expect(page.locator('.search-results li').first()).toBeVisible()
    expect(origins).toEqual(['null'])
  })
})
