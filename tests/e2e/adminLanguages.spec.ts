/**
 * Issue 11, staff side: interface strings corrected in the admin (REST and the edit view), the
 * publish buttons only for those who may publish, and the admin in Arabic, right to left.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminHeaders, signIn, swedishAndEnglishTopic } from './support'

const password = 'admin-languages-pw-1'

async function staff(request: APIRequestContext, role: string, extra: Record<string, unknown> = {}) {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@i18n.example`
  const made = await request.post('/api/users', { headers: adminHeaders(), data: { email, password, role, ...extra } })
  expect(made.status(), await made.text()).toBe(201)
  const login = await request.post('/api/users/login', { data: { email, password } })
  return { email, headers: { Authorization: `JWT ${((await login.json()) as { token: string }).token}` } }
}

test.use({ viewport: { width: 1400, height: 1000 }, isMobile: false, hasTouch: false })

test.describe('interface strings corrected in the admin', () => {
  test('over REST: a translator writes their own language only, a bad message is refused with a clear 400', async ({ request }) => {
    const translator = await staff(request, 'translator', { languages: ['so'] })
    const post = (headers: Record<string, string>, data: Record<string, string>) => request.post('/api/interface-strings', { headers, data })

    expect((await post(translator.headers, { locale: 'ar', key: 'home.moreTitle', value: 'اقرأ المزيد' })).status()).toBe(403)
    expect((await post(translator.headers, { locale: 'sv', key: 'home.moreTitle', value: 'Läs mer' })).status()).toBe(403)
    expect((await request.post('/api/interface-strings', { data: { locale: 'so', key: 'home.moreTitle', value: 'x' } })).status()).toBe(403)

    const broken = await post(translator.headers, { locale: 'so', key: 'support.call', value: 'Wac {phone' })
    expect(broken.status()).toBe(400)
    const reason = ((await broken.json()) as { errors: { data?: { errors?: { message: string; path: string }[] } }[] }).errors[0].data?.errors?.[0]
    expect(reason?.path).toBe('value')
    expect(reason?.message).toContain('ICU MessageFormat')
    const renamed = await post(translator.headers, { locale: 'so', key: 'support.call', value: 'Wac {lambar}' })
    expect(renamed.status()).toBe(400)
    expect(await renamed.text()).toContain('{phone}')
    const unknown = await post(translator.headers, { locale: 'so', key: 'no.such.key', value: 'x' })
    expect(unknown.status()).toBe(400)

    const stored = await request.get('/api/interface-strings?where[key][in]=support.call,no.such.key&depth=0', { headers: adminHeaders() })
    expect(((await stored.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  test('an override shows on the public site within 10 s, and the file’s text is back when it is deleted', async ({ request }) => {
    const translator = await staff(request, 'translator', { languages: ['so'] })
    const corrected = `Wax kale oo la akhriyo ${Date.now()}`
    const made = await request.post('/api/interface-strings', { headers: translator.headers, data: { locale: 'so', key: 'home.moreTitle', value: corrected } })
    expect(made.status(), await made.text()).toBe(201)
    const { doc } = (await made.json()) as { doc: { id: number } }
    const home = async () => (await request.get('/so')).text()
    await expect.poll(home, { timeout: 10_000, intervals: [500] }).toContain(corrected)
    // Other languages keep the file's text.
    expect(await (await request.get('/fi')).text()).not.toContain(corrected)

    expect((await request.delete(`/api/interface-strings/${doc.id}`, { headers: translator.headers })).status()).toBe(200)
    await expect.poll(home, { timeout: 10_000, intervals: [500] }).not.toContain(corrected)
  })

  test('in the edit view, a message with other placeholders is refused at the field', async ({ page, request }) => {
    const editor = await staff(request, 'editor')
    const made = await request.post('/api/interface-strings', { headers: editor.headers, data: { locale: 'fi', key: 'support.call', value: 'Soita {phone}' } })
    expect(made.status(), await made.text()).toBe(201)
    const { doc } = (await made.json()) as { doc: { id: number } }
    try {
      await signIn(page, editor.email, password)
      await page.goto(`/admin/collections/interface-strings/${doc.id}`)
      const value = page.locator('#field-value')
      const save = page.locator('#action-save')
      // Typed before the form has hydrated, the change is not seen: type again until Save is enabled.
      await expect(async () => {
        await value.fill('Soita {numero}')
        await expect(save).toBeEnabled({ timeout: 1_000 })
      }).toPass()
      await save.click()
      await expect(page.locator('.field-type.textarea.error')).toContainText('{numero}')
      await expect(page.locator('.field-type.textarea.error')).toContainText('{phone}')
      const after = await request.get(`/api/interface-strings/${doc.id}`, { headers: adminHeaders() })
      expect(((await after.json()) as { value: string }).value).toBe('Soita {phone}')
    } finally {
      await request.delete(`/api/interface-strings/${doc.id}`, { headers: adminHeaders() })
    }
  })
})

test.describe('publishing: only what one may do', () => {
  // Each makes a topic and staff accounts, then opens the admin: slow on the shared test machine.
  test.slow()

  test('a translator without “may publish” sees Save draft, and no Publish or Schedule button', async ({ page, request }) => {
    const topic = await swedishAndEnglishTopic(request, `tr-${Date.now()}`)
    const translator = await staff(request, 'translator', { languages: ['so'] })
    await signIn(page, translator.email, password)
    await page.goto(`/admin/collections/topics/${topic.id}?locale=so`)
    await expect(page.locator('#action-save-draft')).toBeVisible()
    await expect(page.locator('#action-save')).toHaveCount(0)
    await expect(page.getByRole('button', { name: /publish|publicera|schedule|schemalägg/i })).toHaveCount(0)
  })

  test('a translator allowed to publish is offered their own language as the publish button', async ({ page, request }) => {
    const topic = await swedishAndEnglishTopic(request, `tp-${Date.now()}`)
    const translator = await staff(request, 'translator', { languages: ['so'], mayPublish: true })
    await signIn(page, translator.email, password)
    await page.goto(`/admin/collections/topics/${topic.id}?locale=so`)
    await expect(page.locator('#action-save')).toContainText('Soomaali')
  })

  test('an editor’s publish button publishes the language on screen, not every language', async ({ page, request }) => {
    const topic = await swedishAndEnglishTopic(request, `ed-${Date.now()}`)
    const editor = await staff(request, 'editor')
    // A translator's Somali draft, not reviewed by anyone.
    const translator = await staff(request, 'translator', { languages: ['so'] })
    const draft = await request.patch(`/api/topics/${topic.id}?locale=so&draft=true`, { headers: translator.headers, data: { adult: { title: `Qoraal aan la hubin ${topic.id}` } } })
    expect(draft.status(), await draft.text()).toBe(200)

    await signIn(page, editor.email, password)
    await page.goto(`/admin/collections/topics/${topic.id}?locale=sv`)
    // The publish is done when one more published version exists (Payload then keeps the other
    // languages' drafts in a fresh draft version, so the newest version is a draft again).
    const publishedVersions = async () => {
      const res = await request.get(`/api/topics/versions?where[parent][equals]=${topic.id}&where[version._status][equals]=published&limit=1&depth=0`, { headers: adminHeaders() })
      return ((await res.json()) as { totalDocs: number }).totalDocs
    }
    const before = await publishedVersions()
    // Payload's PublishButton with defaultLocalePublishOption 'active': "Publish in Svenska".
    const publish = page.locator('#action-save')
    await expect(publish).toContainText('Svenska')
    await expect(publish).toBeEnabled()
    await publish.click()
    await expect.poll(publishedVersions).toBeGreaterThan(before)
    const live = await request.get(`/api/topics/${topic.id}?locale=so&fallback-locale=none&depth=0`)
    expect(((await live.json()) as { adult?: { title?: string | null } }).adult?.title ?? null).toBeNull()
    const kept = await request.get(`/api/topics/${topic.id}?locale=so&fallback-locale=none&draft=true&depth=0`, { headers: adminHeaders() })
    expect(((await kept.json()) as { adult?: { title?: string } }).adult?.title).toBe(`Qoraal aan la hubin ${topic.id}`)
  })
})

test.describe('the admin in the staff member’s language', () => {
  test.use({ locale: 'ar' })

  test('Arabic staff get Payload’s Arabic admin, right to left, with the project’s own views in it', async ({ page, request }) => {
    const editor = await staff(request, 'editor')
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await signIn(page, editor.email, password)
    await page.goto('/admin/translations')
    await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
    // The project's words have no Arabic yet: Swedish (the admin's fallback language), never a bare key.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översättningar')
    expect(await page.locator('body').innerText()).not.toMatch(/custom:/)
  })
})
