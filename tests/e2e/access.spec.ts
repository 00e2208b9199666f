/**
 * The access rules tried over HTTP, as a caller outside the Local API would: REST, GraphQL and the
 * admin's server function endpoint. After every refused request the data is read again.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import sharp from 'sharp'

import { adminHeaders, seededTopicInAdmin } from './support'

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

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const png = (width: number, height: number, colour: string) => sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer()
const pdf = () => fs.readFileSync('src/seed/assets/brochures/en.pdf')

test.describe('media: the file and its technical fields are shared by every language', () => {
  const technical = ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY'] as const
  type MediaDoc = Record<(typeof technical)[number] | 'alt' | 'url' | 'id', unknown>

  async function upload(request: APIRequestContext, file: { name: string; mimeType: string; buffer: Buffer }, alt: string) {
    const res = await request.post('/api/media?locale=sv', { headers: adminHeaders(), multipart: { file, _payload: JSON.stringify({ alt }) } })
    expect(res.status(), await res.text()).toBe(201)
    return ((await res.json()) as { doc: MediaDoc }).doc
  }
  const read = async (request: APIRequestContext, id: unknown, locale = 'sv') =>
    (await (await request.get(`/api/media/${id}?locale=${locale}&fallback-locale=none&depth=0`, { headers: adminHeaders() })).json()) as MediaDoc
  async function fileHash(request: APIRequestContext, doc: MediaDoc) {
    const res = await request.get(String(doc.url))
    expect(res.status(), `${doc.url} is still on disk`).toBe(200)
    return sha(await res.body())
  }
  async function expectUnchanged(request: APIRequestContext, before: MediaDoc, hash: string, alt: string) {
    const after = await read(request, before.id)
    for (const key of technical) expect(after[key], key).toEqual(before[key])
    expect(after.alt).toBe(alt)
    expect(await fileHash(request, after)).toBe(hash)
  }

  test('a translator changes the alt text of their own language only, and never the file or its fields', async ({ request }) => {
    const image = await upload(request, { name: `bild-${Date.now()}.png`, mimeType: 'image/png', buffer: await png(60, 40, '#c03') }, 'En röd ruta')
    const brochure = await upload(request, { name: `broschyr-${Date.now()}.pdf`, mimeType: 'application/pdf', buffer: pdf() }, 'Broschyr')
    const imageHash = await fileHash(request, image)
    const pdfHash = await fileHash(request, brochure)
    // A file keeps no drafts: its Somali alt text is for a translator who may publish Somali.
    const so = await staff(request, 'translator', { languages: ['so'], mayPublish: true })
    const notPublishing = await staff(request, 'translator', { languages: ['so'] })
    const refused = await request.patch(`/api/media/${image.id}?locale=so`, { headers: notPublishing.headers, data: { alt: 'Sawir' } })
    expect(refused.status()).toBe(403)
    // The reason, over REST and GraphQL alike (not "An unknown error occurred.": see publicReasonsKept).
    const reason = ((await refused.json()) as { errors: { message: string }[] }).errors[0].message
    expect(reason).toContain('Soomaali')
    expect(reason).not.toMatch(/unknown error|went wrong/i)
    const gqlRefused = (await (
      await request.post('/api/graphql', { headers: notPublishing.headers, data: { query: `mutation { updateMedia(id: ${image.id}, locale: so, data: { alt: "Sawir" }) { id } }` } })
    ).json()) as { errors?: { message: string }[] }
    expect(gqlRefused.errors?.[0]?.message).toBe(reason)
    await expectUnchanged(request, image, imageHash, 'En röd ruta')

    // A new file, through REST, for both the image and the PDF.
    for (const [doc, hash, alt] of [[image, imageHash, 'En röd ruta'], [brochure, pdfHash, 'Broschyr']] as const) {
      const replaced = await request.patch(`/api/media/${doc.id}?locale=so`, {
        headers: so.headers,
        multipart: { file: { name: 'other.png', mimeType: 'image/png', buffer: await png(300, 200, '#03c') }, _payload: JSON.stringify({ alt: 'Sawir' }) },
      })
      expect(replaced.status()).toBe(403)
      await expectUnchanged(request, doc, hash, alt)
    }
    // The technical fields as JSON, and a re-crop through uploadEdits.
    const fields = await request.patch(`/api/media/${image.id}?locale=so`, { headers: so.headers, data: { width: 1, height: 1, filesize: 1, mimeType: 'application/pdf', focalX: 5, focalY: 95 } })
    expect(fields.status()).toBeLessThan(500)
    await expectUnchanged(request, image, imageHash, 'En röd ruta')
    const crop = await request.patch(`/api/media/${image.id}?locale=so&uploadEdits[focalPoint][x]=5&uploadEdits[focalPoint][y]=5&uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=10&uploadEdits[crop][height]=10&uploadEdits[crop][unit]=%25`, {
      headers: so.headers,
      data: { alt: 'Sawir' },
    })
    expect(crop.status()).toBe(403)
    await expectUnchanged(request, image, imageHash, 'En röd ruta')
    // GraphQL.
    const gql = await request.post('/api/graphql', { headers: so.headers, data: { query: `mutation { updateMedia(id: ${image.id}, locale: so, data: { focalX: 7, focalY: 7 }) { id } }` } })
    expect(gql.status()).toBeLessThan(500)
    await expectUnchanged(request, image, imageHash, 'En röd ruta')
    // Swedish and a language not theirs: refused.
    expect((await request.patch(`/api/media/${image.id}?locale=sv`, { headers: so.headers, data: { alt: 'Ändrad' } })).status()).toBe(403)
    expect((await request.patch(`/api/media/${image.id}?locale=en`, { headers: so.headers, data: { alt: 'Changed' } })).status()).toBe(403)
    await expectUnchanged(request, image, imageHash, 'En röd ruta')

    // Their own language's alt text: allowed, and nothing else moves.
    const own = await request.patch(`/api/media/${image.id}?locale=so`, { headers: so.headers, data: { alt: 'Sanduuq casaan ah' } })
    expect(own.status(), await own.text()).toBe(200)
    expect((await read(request, image.id, 'so')).alt).toBe('Sanduuq casaan ah')
    await expectUnchanged(request, image, imageHash, 'En röd ruta')
  })

  test('in the admin, a translator who may publish saves the alt text of their language, and the file stays', async ({ page, request, baseURL }) => {
    const image = await upload(request, { name: `admin-${Date.now()}.png`, mimeType: 'image/png', buffer: await png(64, 48, '#639') }, 'En lila ruta')
    const hash = await fileHash(request, image)
    const so = await staff(request, 'translator', { languages: ['so'], mayPublish: true })
    await page.context().addCookies([{ name: 'payload-token', value: so.token, url: baseURL! }])
    await page.goto(`/admin/collections/media/${image.id}?locale=so`)
    await page.locator('input[name="alt"]').fill('Sanduuq guduud ah')
    await page.keyboard.press('ControlOrMeta+s')
    await expect.poll(async () => (await read(request, image.id, 'so')).alt).toBe('Sanduuq guduud ah')
    await expectUnchanged(request, image, hash, 'En lila ruta')
  })

  test('a communicator uploads new files but changes no existing one; an editor replaces a file', async ({ request }) => {
    const image = await upload(request, { name: `delad-${Date.now()}.png`, mimeType: 'image/png', buffer: await png(50, 50, '#3c0') }, 'En grön ruta')
    const hash = await fileHash(request, image)
    const communicator = await staff(request, 'communicator')
    const file = { name: 'kampanj.png', mimeType: 'image/png', buffer: await png(80, 40, '#fc0') }
    expect((await request.patch(`/api/media/${image.id}?locale=sv`, { headers: communicator.headers, multipart: { file, _payload: JSON.stringify({ alt: 'Kampanj' }) } })).status()).toBe(403)
    expect((await request.patch(`/api/media/${image.id}?locale=sv`, { headers: communicator.headers, data: { alt: 'Kampanjbild' } })).status()).toBe(403)
    expect((await request.delete(`/api/media/${image.id}`, { headers: communicator.headers })).status()).toBe(403)
    await expectUnchanged(request, image, hash, 'En grön ruta')
    const own = await request.post('/api/media?locale=sv', { headers: communicator.headers, multipart: { file, _payload: JSON.stringify({ alt: 'Affisch för kampanjen' }) } })
    expect(own.status(), await own.text()).toBe(201)

    // The positive path proves the checks above can see a change.
    const editor = await staff(request, 'editor')
    const replaced = await request.patch(`/api/media/${image.id}?locale=sv`, {
      headers: editor.headers,
      multipart: { file: { name: 'ny.png', mimeType: 'image/png', buffer: await png(90, 30, '#00c') }, _payload: JSON.stringify({ alt: 'En blå ruta' }) },
    })
    expect(replaced.status(), await replaced.text()).toBe(200)
    const after = await read(request, image.id)
    expect(after.width).toBe(90)
    expect(await fileHash(request, after)).not.toBe(hash)
  })
})

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

/**
 * Payload's admin calls its server functions through one Next server action. Its id is taken from
 * a call the admin itself makes (the form state while typing), and the action is then called the
 * way the admin calls it, with each user's own session.
 */
async function serverAction(page: Page, baseURL: string, token: string): Promise<string> {
  await page.context().addCookies([{ name: 'payload-token', value: token, url: baseURL }])
  let id = ''
  page.on('request', (r) => {
    const action = r.headers()['next-action']
    if (action && r.postData()?.includes('"form-state"')) id = action
  })
  await page.goto(await seededTopicInAdmin(page.request, 'for-dig-som-utovar-vald'))
  await page.locator('input[name="adult.title"]').fill('Skrivs men sparas inte')
  await expect.poll(() => id).not.toBe('')
  return id
}

/** The value a server function answered (the second row of the flight response), or the error row. */
async function callServerFunction(request: APIRequestContext, baseURL: string, action: string, token: string, name: string, args: unknown) {
  const res = await request.post('/admin', {
    headers: { 'next-action': action, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseURL, Authorization: `JWT ${token}` },
    data: JSON.stringify([{ name, args }]),
  })
  const row = (await res.text()).split('\n').find((l) => l.startsWith('1:')) ?? ''
  return { status: res.status(), value: row.startsWith('1:E') ? { thrown: row } : (JSON.parse(row.slice(2) || 'null') as unknown) }
}

test.describe('scheduled publishing through the admin’s server function', () => {
  test('only those who may publish a topic (in that language) schedule or cancel its publishing', async ({ page, request, baseURL }) => {
    test.setTimeout(60_000)
    const editor = await staff(request, 'editor')
    const translator = await staff(request, 'translator', { languages: ['fi', 'so'] })
    const publisher = await staff(request, 'translator', { languages: ['fi'], mayPublish: true })
    const communicator = await staff(request, 'communicator')
    const action = await serverAction(page, baseURL!, editor.token)
    const list = await (await request.get('/api/topics?limit=1&depth=0&sort=-id', { headers: adminHeaders() })).json()
    const topic = { relationTo: 'topics', value: String(list.docs[0].id) }
    const call = (who: { token: string }, name: string, args: unknown) => callServerFunction(request, baseURL!, action, who.token, name, args)
    const upcoming = async () => {
      const { value } = await call(editor, 'get-upcoming-scheduled-publish', { collectionSlug: 'topics', id: Number(topic.value) })
      return value as { id: number; input: { locale?: string } }[]
    }
    const date = '$D2099-06-01T08:00:00.000Z'

    // Publishing every language at a later time is refused: a schedule names its language.
    expect((await call(editor, 'schedule-publish', { type: 'publish', date, doc: topic })).value).toMatchObject({ error: expect.any(String) })
    expect((await call(editor, 'schedule-publish', { type: 'publish', date, doc: topic, localeToPublish: 'sv' })).value).toMatchObject({ message: expect.any(String) })
    const [job] = await upcoming()
    expect(job).toBeDefined()

    // A translator without "may publish", a communicator, and a translator who may publish Finnish
    // only: none may cancel the editor's publishing of Swedish, nor schedule their own.
    for (const who of [translator, communicator, publisher]) {
      await call(who, 'schedule-publish', { deleteID: job.id })
      await call(who, 'schedule-publish', { type: 'unpublish', date, doc: topic })
      await call(who, 'schedule-publish', { type: 'publish', date, doc: topic, localeToPublish: 'sv' })
    }
    await call(translator, 'schedule-publish', { type: 'publish', date, doc: topic, localeToPublish: 'fi' })
    expect((await upcoming()).map((j) => j.id)).toEqual([job.id])

    // The translator who may publish Finnish schedules Finnish, and may cancel that again.
    await call(publisher, 'schedule-publish', { type: 'publish', date, doc: topic, localeToPublish: 'fi' })
    const finnish = (await upcoming()).find((j) => j.input.locale === 'fi')
    expect(finnish).toBeDefined()
    await call(publisher, 'schedule-publish', { deleteID: finnish!.id })
    expect((await upcoming()).map((j) => j.id)).toEqual([job.id])

    await call(editor, 'schedule-publish', { deleteID: job.id })
    expect(await upcoming()).toEqual([])
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

test.describe('campaign owners', () => {
  test('the feed and the plan show an owner’s name, and the address only to editors and admins in the admin', async ({ page, request, baseURL }) => {
    const named = await staff(request, 'communicator', { name: 'Kim Kampanj' })
    const unnamed = await staff(request, 'communicator')
    // The last year the wheel takes: no demo campaign and no moved clock reaches it, whatever today is.
    const year = 2100
    for (const [owner, title] of [[named, 'Ägarprov med namn'], [unnamed, 'Ägarprov utan namn']] as const) {
      const res = await request.post('/api/campaigns', {
        headers: owner.headers,
        data: { title, status: 'planned', startsAt: `${year}-03-02T00:00:00.000Z`, endsAt: `${year}-03-05T00:00:00.000Z`, focusAreas: ['general'], targetGroups: ['subjected'], channels: ['social-media'], languages: ['sv'] },
      })
      expect(res.status(), await res.text()).toBe(201)
    }
    const emails = [named.email, unnamed.email]
    const translator = await staff(request, 'translator', { languages: ['fi'] })

    // The token feed: names, never addresses.
    const link = (await (await request.post('/api/campaigns/calendar-token', { headers: translator.headers })).json()) as { url: string }
    const feed = await request.get(new URL(link.url).pathname + new URL(link.url).search)
    expect(feed.status()).toBe(200)
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, '')
    expect(ics).toContain('Ägarprov med namn')
    expect(ics).toContain('Kim Kampanj')
    for (const e of emails) expect(ics).not.toContain(e)

    // The wheel as SVG, the admin's wheel page and the REST API, for a translator and a communicator.
    for (const who of [translator, named]) {
      const svg = await (await request.get(`/api/campaigns/wheel.svg?year=${year}`, { headers: who.headers })).text()
      expect(svg).toContain('Kim Kampanj')
      for (const e of emails) expect(svg).not.toContain(e)
      const rest = await (await request.get('/api/campaigns?depth=2&limit=200', { headers: who.headers })).text()
      for (const e of emails.filter((x) => x !== who.email)) expect(rest).not.toContain(e)
      const gql = await (await request.post('/api/graphql', { headers: who.headers, data: { query: '{ Campaigns(limit: 200) { docs { owner { email name } } } }' } })).text()
      for (const e of emails.filter((x) => x !== who.email)) expect(gql).not.toContain(e)
    }
    await page.context().addCookies([{ name: 'payload-token', value: translator.token, url: baseURL! }])
    await page.goto(`/admin/wheel?year=${year}&view=list`)
    await expect(page.locator('body')).toContainText('Kim Kampanj')
    for (const e of emails) expect(await page.content()).not.toContain(e)

    // An editor in the admin sees the address of an owner without a name.
    await page.context().clearCookies()
    const editor = await staff(request, 'editor')
    await page.context().addCookies([{ name: 'payload-token', value: editor.token, url: baseURL! }])
    await page.goto(`/admin/wheel?year=${year}&view=list`)
    await expect(page.locator('body')).toContainText(unnamed.email)
  })
})
