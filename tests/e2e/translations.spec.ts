/**
 * The translation workflow in a real browser and over HTTP: the dashboard, side-by-side editing,
 * the admin home's counts, XLIFF export and import with their refusals.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { adminHeaders, signIn, swedishAndEnglishTopic } from './support'

const password = 'translation-tests-pw-1'

/** A staff account of its own for each test, so that no two tests sign one account in at once. */
async function staff(request: import('@playwright/test').APIRequestContext, role: string, languages: string[] = []) {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@e2e.example`
  const res = await request.post('/api/users', { headers: adminHeaders(), data: { email, password, role, languages } })
  expect(res.status(), await res.text()).toBe(201)
  return email
}

async function token(request: import('@playwright/test').APIRequestContext, email: string) {
  const res = await request.post('/api/users/login', { data: { email, password } })
  return { Authorization: `JWT ${(await res.json()).token}` }
}

test.use({ viewport: { width: 1400, height: 1000 }, isMobile: false, hasTouch: false })

test('an editor finds outdated Finnish on the dashboard, opens it and sees what changed in the Swedish source', async ({ page, request }) => {
  await signIn(page, await staff(request, 'editor'), password)
  await page.goto('/admin/translations')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Översättningar|Translations/)
  await expect(page.locator('.translation-dashboard__coverage').first().locator('li')).toHaveCount(10)
  await expect(page.locator('.translation-matrix tbody tr').first()).toBeVisible()

  // Filter with the form: outdated, Finnish only.
  await page.locator('input[name="state"][value="outdated"]').check()
  await page.locator('input[name="lang"][value="fi"]').check()
  await page.locator('.translation-dashboard__filters button[type="submit"]').click()
  await expect(page).toHaveURL(/state=outdated/)
  await expect(page.locator('.translation-matrix thead th[scope="col"]')).toHaveCount(3)
  const cells = page.locator('.translation-matrix tbody td.translation-state')
  expect(await cells.count()).toBeGreaterThan(0)
  for (const cls of await cells.evaluateAll((tds) => tds.map((td) => td.className))) expect(cls).toContain('translation-state--outdated')

  const a11y = await new AxeBuilder({ page }).include('.translation-dashboard').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(a11y.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])

  await cells.first().locator('a').click()
  await expect(page).toHaveURL(/\/admin\/collections\/topics\/\d+\?locale=fi/)
  const source = page.getByTestId('translation-source').filter({ has: page.locator('details') }).first()
  await expect(source).toBeVisible({ timeout: 15_000 })
  await expect(source.locator('p[lang="sv"]').first()).not.toBeEmpty()
  expect(await source.locator('ins, del').count()).toBeGreaterThan(0)
})

test('the Swedish source is not shown while editing Swedish', async ({ page, request }) => {
  await signIn(page, await staff(request, 'editor'), password)
  // A topic of its own: the dashboard's first row may be a document another test has open, and
  // Payload then covers the form with its "document locked" dialog.
  const topic = await swedishAndEnglishTopic(request, `source-${Date.now()}`)
  const href = `/admin/collections/topics/${topic.id}?locale=fi`
  const asked: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/api/translations/source')) asked.push(new URL(r.url()).searchParams.get('locale') ?? '')
  })
  // First the positive path: editing Finnish, the source shows beneath the fields.
  await page.goto(href)
  const title = page.locator('input[name="adult.title"]')
  await expect(page.getByTestId('translation-source').first()).toBeVisible({ timeout: 15_000 })
  const finnish = await title.inputValue()
  // Then switch the same form to Swedish: the Swedish text is loaded, the source goes away and is never asked for.
  await page.locator('.localizer button').first().click()
  await page.getByRole('button', { name: 'Svenska' }).click()
  await expect(page).toHaveURL(/locale=sv/)
  await expect(title).not.toHaveValue(finnish)
  await expect(page.getByTestId('translation-source')).toHaveCount(0)
  expect(asked).toContain('fi')
  expect(asked).not.toContain('sv')
  await request.delete(`/api/topics/${topic.id}`, { headers: adminHeaders() })
})

test('a campaign banner, the key dates and an untitled topic show their Swedish beside the Finnish being edited', async ({ page, request }) => {
  // Three documents opened in the admin, one after another, on a machine other tests share.
  test.setTimeout(90_000)
  await signIn(page, await staff(request, 'editor'), password)
  // From the dashboard's banner row to the banner in Finnish: its Swedish text under the field.
  await page.goto('/admin/translations?lang=fi&collection=campaigns')
  await page.locator('.translation-matrix tbody td.translation-state a').first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/campaigns\/\d+\?locale=fi/)
  const id = Number(new URL(page.url()).pathname.split('/').pop())
  const campaign = await (await request.get(`/api/campaigns/${id}?locale=sv&depth=0`, { headers: adminHeaders() })).json()
  const banner = page.getByTestId('translation-source').first()
  await expect(banner).toBeVisible({ timeout: 15_000 })
  await expect(banner.locator('p[lang="sv"]')).toHaveText(campaign.banner.text)

  // Each key date's row has its own Swedish name beside it.
  const keyDates = await (await request.get('/api/globals/keyDates?locale=sv&depth=0', { headers: adminHeaders() })).json()
  await page.goto('/admin/globals/keyDates?locale=fi')
  const sources = page.getByTestId('translation-source')
  await expect(sources.first()).toBeVisible({ timeout: 15_000 })
  await expect(sources.locator('p[lang="sv"]')).toHaveText(keyDates.dates.map((d: { name: string }) => d.name))

  // A topic with no Finnish title yet is headed by its Swedish title, marked, not by its id.
  const made = await request.post('/api/topics', { headers: adminHeaders(), data: { adult: { title: 'Endast på svenska än' }, focusArea: 'general', _status: 'published' } })
  const topic = (await made.json()).doc
  await page.goto(`/admin/collections/topics/${topic.id}?locale=fi`)
  await expect(page.locator('h1').first()).toContainText('Endast på svenska än', { timeout: 15_000 })
  await expect(page.locator('h1').first()).not.toHaveText(String(topic.id))
  await request.delete(`/api/topics/${topic.id}`, { headers: adminHeaders() })
})

test('a translator sees only their own languages, on the admin home and the dashboard', async ({ page, request }) => {
  // Every text the header's language picker shows while visible, from the login on (payloadcms/payload#7699:
  // the login page's config has no locales, and the picker read "Locale: undefined" after signing in).
  await page.addInitScript(() => {
    const shown: string[] = ((window as unknown as { localizerLabels: string[] }).localizerLabels = [])
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.localizer-button__current-label')) {
        if (getComputedStyle(el).visibility === 'visible') shown.push(el.textContent ?? '')
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  })
  await signIn(page, await staff(request, 'translator', ['so']), password)
  await expect(page.locator('.localizer-button__current-label').first()).toHaveText('Svenska')
  expect(await page.evaluate(() => (window as unknown as { localizerLabels: string[] }).localizerLabels)).not.toContain('undefined')
  const counts = page.locator('.translation-attention li')
  await expect(counts).toHaveCount(1)
  await expect(counts.first()).toContainText('Soomaali')
  await counts.first().locator('a').first().click()
  await expect(page).toHaveURL(/\/admin\/translations\?.*lang=so/)
  await page.goto('/admin/translations')
  await expect(page.locator('.translation-matrix thead th[scope="col"]')).toHaveCount(3)
  await expect(page.locator('.translation-matrix thead')).toContainText('so')
})

test('XLIFF export and import over HTTP: who may, and clear refusals of bad files', async ({ request }) => {
  const fi = await token(request, await staff(request, 'translator', ['fi']))
  expect((await request.get('/api/translations/export?locale=fi')).status()).toBe(401)
  expect((await request.get('/api/translations/export?locale=so', { headers: fi })).status()).toBe(403)
  expect((await request.get('/api/translations/export?locale=xx', { headers: fi })).status()).toBe(400)
  expect((await request.get('/api/translations/export?locale=fi&units=selected&doc=../etc', { headers: fi })).status()).toBe(400)

  const exported = await request.get('/api/translations/export?locale=fi&units=all', { headers: fi })
  expect(exported.status()).toBe(200)
  expect(exported.headers()['content-type']).toContain('application/xliff+xml')
  expect(exported.headers()['content-disposition']).toMatch(/attachment; filename="fri-fran-vald-sv-fi-/)
  const xml = await exported.text()
  expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0')

  const post = (body: string | Buffer, locale = 'fi', dryRun = true) =>
    request.post(`/api/translations/import?locale=${locale}${dryRun ? '&dryRun=true' : ''}`, { headers: { ...fi, 'Content-Type': 'application/xliff+xml' }, data: body })
  const dry = await post(xml)
  expect(dry.status()).toBe(200)
  const report = await dry.json()
  expect(report).toMatchObject({ dryRun: true, locale: 'fi', accepted: [] })
  expect(report.unchanged).toBeGreaterThan(0)

  const wrongLanguage = await post(xml.replace(/trgLang="fi"/, 'trgLang="so"'))
  expect(wrongLanguage.status()).toBe(400)
  expect((await wrongLanguage.json()).message).toMatch(/"so"/)
  const malformed = await post(xml.slice(0, 400))
  expect(malformed.status()).toBe(400)
  expect(JSON.stringify(await malformed.json())).not.toMatch(/at .*\.js:\d+/)
  expect((await post('', 'fi')).status()).toBe(400)
  expect((await post(Buffer.alloc(6 * 1024 * 1024, 'a'))).status()).toBe(413)
  expect((await post(xml, 'so')).status()).toBe(403)
})

test('a translator cannot get round the rules through REST or GraphQL: no bulk delete, no Swedish, no other language, no publishing', async ({ request }) => {
  const fi = await token(request, await staff(request, 'translator', ['fi']))
  // A topic of its own: the newest topic may be another test's, which that test deletes when it ends.
  const { id } = await swedishAndEnglishTopic(request, `rules-${Date.now()}`)
  const topic = (await (await request.get(`/api/topics/${id}?depth=0&locale=sv`, { headers: adminHeaders() })).json()) as { id: number; adult: { title: string } }

  const bulk = await request.delete(`/api/topics?where[id][equals]=${topic.id}`, { headers: fi })
  expect(bulk.status()).toBeGreaterThanOrEqual(400)
  expect((await request.get(`/api/topics/${topic.id}?depth=0`, { headers: adminHeaders() })).status()).toBe(200)

  const sv = await request.patch(`/api/topics/${topic.id}?locale=sv&draft=true`, { headers: fi, data: { adult: { title: 'Översättaren skrev här' } } })
  expect(sv.status()).toBe(403)
  const en = await request.patch(`/api/topics/${topic.id}?locale=en&draft=true`, { headers: fi, data: { adult: { title: 'Translator wrote here' } } })
  expect(en.status()).toBe(403)
  const publish = await request.patch(`/api/topics/${topic.id}?locale=fi&publishSpecificLocale=fi`, { headers: fi, data: { _status: 'published' } })
  expect(publish.status()).toBe(403)
  const gql = await request.post('/api/graphql', {
    headers: fi,
    data: { query: `mutation { updateTopic(id: ${topic.id}, locale: sv, draft: true, data: { adult: { title: "GraphQL" } }) { id } }` },
  })
  const answer = await gql.json()
  expect(answer.errors?.length ?? 0).toBeGreaterThan(0)

  const after = await (await request.get(`/api/topics/${topic.id}?locale=sv&draft=true&depth=0`, { headers: adminHeaders() })).json()
  expect(after.adult.title).toBe(topic.adult.title)
  const own = await request.patch(`/api/topics/${topic.id}?locale=fi&draft=true`, { headers: fi, data: { adult: { review: 'needs-review' } } })
  expect(own.status()).toBe(200)
  expect((await request.delete(`/api/topics/${topic.id}`, { headers: adminHeaders() })).status()).toBe(200)
})

test('a broken multipart upload to the XLIFF import is a clear 400', async ({ request }) => {
  const res = await request.post('/api/translations/import?locale=fi&dryRun=true', {
    headers: { ...adminHeaders(), 'Content-Type': 'multipart/form-data; boundary=x' },
    data: '<?xml version="1.0"?><xliff/>',
  })
  expect(res.status()).toBe(400)
  expect((await res.json()).message).toMatch(/multipart form could not be read/)
})

test('a translator saves the footer text of their language in the admin only when they may publish it; the dashboard marks the rest read only', async ({ page, request }) => {
  test.setTimeout(90_000)
  const settingsRow = page.locator('.translation-matrix tbody tr', { hasText: /Webbplatsinställningar|Site settings/ })
  // Without "may publish": the settings (no drafts, a save is live) are read only for them.
  const reader = await staff(request, 'translator', ['so'])
  await signIn(page, reader, password)
  await page.goto('/admin/translations?collection=siteSettings&lang=so')
  await expect(settingsRow).toHaveAttribute('data-read-only', 'true')
  await expect(settingsRow.locator('td.translation-state--read-only')).toHaveCount(1)
  await expect(settingsRow.locator('input[type="checkbox"]')).toBeDisabled()
  await page.context().clearCookies()

  // With it: the row is theirs, and the admin saves the Somali footer text, nothing else.
  const publisher = await staff(request, 'translator', ['so'])
  const users = await (await request.get(`/api/users?where[email][equals]=${encodeURIComponent(publisher)}&depth=0`, { headers: adminHeaders() })).json()
  expect((await request.patch(`/api/users/${users.docs[0].id}`, { headers: adminHeaders(), data: { mayPublish: true } })).status()).toBe(200)
  const before = await (await request.get('/api/globals/siteSettings?locale=all&depth=0', { headers: adminHeaders() })).json()
  await signIn(page, publisher, password)
  await page.goto('/admin/translations?collection=siteSettings&lang=so')
  await expect(settingsRow).not.toHaveAttribute('data-read-only', 'true')
  await expect(settingsRow.locator('td.translation-state--read-only')).toHaveCount(0)
  await page.goto('/admin/globals/siteSettings?locale=so')
  const footer = page.locator('textarea#field-footerText')
  await expect(footer).toBeEditable({ timeout: 15_000 })
  await footer.fill('Qoraalka hoose ee tijaabada.')
  await page.locator('#action-save').click()
  await expect.poll(async () => (await (await request.get('/api/globals/siteSettings?locale=so&depth=0', { headers: adminHeaders() })).json()).footerText).toBe('Qoraalka hoose ee tijaabada.')
  const after = await (await request.get('/api/globals/siteSettings?locale=all&depth=0', { headers: adminHeaders() })).json()
  for (const key of ['emergencyNumber', 'quickExitUrl', 'emergencyServices']) expect(after[key], key).toEqual(before[key])
  expect(after.footerText.sv).toBe(before.footerText.sv)
  await request.post('/api/globals/siteSettings?locale=so', { headers: adminHeaders(), data: { footerText: before.footerText.so } })
})
