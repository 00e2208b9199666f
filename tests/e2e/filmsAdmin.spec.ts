/**
 * Films in the admin: captions loaded from a .vtt file into the field, refused on save with the
 * line of the problem, saved when right; the Swedish captions beside a translator's field.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { mp4, swedishCaptions } from '../support/films'
import { adminHeaders, signIn } from './support'

const password = 'films-admin-tests-pw-1'

async function staff(request: APIRequestContext, role: string, languages: string[] = []) {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@e2e.example`
  const res = await request.post('/api/users', { headers: adminHeaders(), data: { email, password, role, languages } })
  expect(res.status(), await res.text()).toBe(201)
  return email
}

async function filmWithCaptions(request: APIRequestContext): Promise<number> {
  const video = await request.post('/api/film-files', { headers: adminHeaders(), multipart: { file: { name: 'film.mp4', mimeType: 'video/mp4', buffer: mp4() }, _payload: '{}' } })
  expect(video.status(), await video.text()).toBe(201)
  const film = await request.post('/api/films?locale=sv', {
    headers: adminHeaders(),
    data: { title: `Filmtest ${Date.now()}`, video: (await video.json()).doc.id, durationSeconds: 20, captions: swedishCaptions, _status: 'published' },
  })
  expect(film.status(), await film.text()).toBe(201)
  return (await film.json()).doc.id
}

const vttFile = (text: string) => ({ name: 'undertexter.vtt', mimeType: 'text/vtt', buffer: Buffer.from(text) })

test.use({ viewport: { width: 1400, height: 1000 }, isMobile: false, hasTouch: false })

test('an editor loads captions from a .vtt file: a cue past the end is refused with its line, good captions are saved', async ({ page, request }) => {
  const id = await filmWithCaptions(request)
  await signIn(page, await staff(request, 'editor'), password)
  await page.goto(`/admin/collections/films/${id}?locale=sv`)
  const field = page.locator('textarea#field-captions')
  await expect(field).toHaveValue(swedishCaptions)

  const pastTheEnd = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nDet är aldrig ditt fel.\n\n00:00:18.000 --> 00:00:25.000\nRing 112.\n'
  await page.locator('.load-vtt-file input[type="file"]').setInputFiles(vttFile(pastTheEnd))
  await expect(field).toHaveValue(pastTheEnd)
  await page.locator('#action-save-draft').click()
  await expect(page.getByText(/(Undertexterna, rad|Captions, line) 6/).first()).toBeVisible({ timeout: 15_000 })
  const stored = await request.get(`/api/films/${id}?locale=sv&draft=true&depth=0`, { headers: adminHeaders() })
  expect((await stored.json()).captions).toBe(swedishCaptions)

  const good = swedishCaptions.replace('Ring 112 om det är akut.', 'Ring 112 när det är akut.')
  await page.locator('.load-vtt-file input[type="file"]').setInputFiles(vttFile(`\uFEFF${good}`))
  await expect(field).toHaveValue(good)
  await page.locator('#action-save-draft').click()
  await expect
    .poll(async () => (await (await request.get(`/api/films/${id}?locale=sv&draft=true&depth=0`, { headers: adminHeaders() })).json()).captions, { timeout: 15_000 })
    .toBe(good)
})

test('a translator sees the Swedish captions beside the Finnish field', async ({ page, request }) => {
  const id = await filmWithCaptions(request)
  await signIn(page, await staff(request, 'translator', ['fi']), password)
  await page.goto(`/admin/collections/films/${id}?locale=fi`)
  const source = page.locator('.field-type.textarea', { has: page.locator('textarea#field-captions') }).getByTestId('translation-source')
  await expect(source).toContainText('Det är aldrig ditt fel.', { timeout: 15_000 })
  await expect(page.locator('.load-vtt-file input[type="file"]')).toBeAttached()
})

test('Arabic captions: the field is right to left and each line takes its own direction; Finnish stays left to right', async ({ page, request }) => {
  const id = await filmWithCaptions(request)
  await signIn(page, await staff(request, 'translator', ['ar', 'fi']), password)
  const field = page.locator('textarea#field-captions')
  const bidi = () => field.evaluate((el) => `${getComputedStyle(el).direction} ${getComputedStyle(el).unicodeBidi}`)
  await page.goto(`/admin/collections/films/${id}?locale=ar`)
  // Right to left where there is no letter yet (an empty line), each line by its own first letter otherwise.
  await expect.poll(bidi).toBe('rtl plaintext')
  await page.goto(`/admin/collections/films/${id}?locale=fi`)
  await expect.poll(bidi).toBe('ltr plaintext')
})
