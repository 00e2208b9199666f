/** A publish shows on the public site within seconds, in every language that shows the text. */
import { expect, test } from '@playwright/test'

import { adminHeaders, swedishAndEnglishTopic } from './support'

// Both tests change the footer links: one after the other.
test.describe.configure({ mode: 'serial' })

test('changing the Swedish source refreshes the Swedish page and the pages that fall back to it', async ({ request }) => {
  const auth = adminHeaders()
  // Not in Finnish: the Finnish page shows the Swedish text.
  const { id, sv: slug } = await swedishAndEnglishTopic(request, 'freshness')
  const pages = [`/sv/amne/${slug}`, `/fi/amne/${slug}`]

  // Both pages are in the cache before the change.
  for (const path of pages) {
    expect((await request.get(path)).status()).toBe(200)
  }
  const marker = `Uppdaterad ${Date.now()}`
  const saved = await request.patch(`/api/topics/${id}?locale=sv`, { headers: auth, data: { adult: { summary: marker }, _status: 'published' } })
  expect(saved.status()).toBe(200)

  for (const path of pages) {
    await expect.poll(async () => (await request.get(path)).text(), { timeout: 10_000 }).toContain(marker)
  }
  // A draft is not published: the public page keeps the published text. To know the page was
  // rendered again after the draft was saved, a footer link added after it must show first.
  const draft = `Utkast ${Date.now()}`
  expect((await request.patch(`/api/topics/${id}?locale=sv&draft=true`, { headers: auth, data: { adult: { summary: draft } } })).status()).toBe(200)
  const after = `Efter utkastet ${Date.now()}`
  expect((await request.post('/api/globals/navigation?locale=sv', { headers: auth, data: { footerLinks: [{ label: after, href: '/sv/kontakt' }] } })).status()).toBe(200)
  await expect.poll(async () => (await request.get(pages[0])).text(), { timeout: 10_000 }).toContain(after)
  const html = await (await request.get(pages[0])).text()
  expect(html).toContain(marker)
  expect(html).not.toContain(draft)
})

test('a footer link added by an editor shows on every page, in the reader’s language or marked Swedish', async ({ request }) => {
  const auth = adminHeaders()
  expect((await request.get('/en/saker-surfning')).status()).toBe(200)
  const saved = await request.post('/api/globals/navigation?locale=sv', { headers: auth, data: { footerLinks: [{ label: 'Malmö stad', href: 'https://malmo.se/' }] } })
  expect(saved.status()).toBe(200)
  await expect.poll(async () => (await request.get('/en/saker-surfning')).text(), { timeout: 10_000 }).toContain('href="https://malmo.se/"')
  const html = await (await request.get('/ar/saker-surfning')).text()
  expect(html).toMatch(/<a href="https:\/\/malmo.se\/" lang="sv" dir="ltr" rel="noreferrer noopener external">Malmö stad<\/a>/)
})

test('an invented address is never kept: its 404 is made anew each time, and a topic published there later shows', async ({ request }) => {
  // Anyone can invent addresses; Next kept each one's 404 for ever (on disk or in Redis) until they filled it.
  const slug = `uppfunnen-${Date.now()}`
  const path = `/sv/amne/${slug}`
  for (let i = 0; i < 3; i++) {
    const res = await request.get(path)
    expect(res.status()).toBe(404)
    expect(res.headers()['x-nextjs-cache'], `answer ${i + 1}`).not.toBe('HIT')
  }
  // A page that exists is kept as before (so the check above can tell the difference).
  await expect.poll(async () => (await request.get('/sv/amne/vald-i-nara-relation')).headers()['x-nextjs-cache'], { timeout: 10_000 }).toBe('HIT')
  const created = await request.post('/api/topics?locale=sv', {
    headers: adminHeaders(),
    data: { slug, focusArea: 'general', adult: { title: 'Uppfunnen adress', summary: 'Publicerad där någon sökte förut' }, _status: 'published' },
  })
  expect(created.status()).toBe(201)
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 10_000 }).toBe(200)
})
