/**
 * Campaigns on the running site: scheduled publishing changes the public page on time; the plan,
 * the feed and the exports are closed to anyone without a role or a valid token. (A banner coming
 * and going as the site's clock moves: banners.clock.spec.ts, run alone.)
 */
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import pg from 'pg'

import { adminHeaders, seedYear } from './support'

test('a scheduled publish and unpublish change the public page on time, with nobody pressing anything', async ({ request }) => {
  test.setTimeout(90_000)
  const slug = `schemalagd-${Date.now()}`
  const created = await request.post('/api/topics?locale=sv&draft=true', {
    headers: adminHeaders(),
    data: { slug, adult: { title: 'Schemalagt ämne', summary: 'Publiceras av jobbkön' }, focusArea: 'general', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const me = ((await (await request.get('/api/users/me', { headers: adminHeaders() })).json()) as { user: { id: number } }).user
  expect((await request.get(`/sv/amne/${slug}`)).status()).toBe(404)

  // What the admin's "Schedule publish" drawer stores: a schedulePublish job waiting until a time.
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await db.connect()
  const schedule = (type: 'publish' | 'unpublish', at: Date) =>
    db.query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', $2)`, [
      JSON.stringify({ type, doc: { relationTo: 'topics', value: String(id) }, user: { relationTo: 'users', value: me.id } }),
      at.toISOString(),
    ])
  try {
    const publishAt = new Date(Date.now() + 6_000)
    await schedule('publish', publishAt)
    expect((await request.get(`/sv/amne/${slug}`)).status()).toBe(404)
    await expect.poll(async () => (await request.get(`/sv/amne/${slug}`)).status(), { timeout: 30_000 }).toBe(200)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    expect(await (await request.get(`/sv/amne/${slug}`)).text()).toContain('Schemalagt ämne')

    await schedule('unpublish', new Date(Date.now() + 3_000))
    await expect.poll(async () => (await request.get(`/sv/amne/${slug}`)).status(), { timeout: 30_000 }).toBe(404)
  } finally {
    await db.end()
    await request.delete(`/api/topics/${id}`, { headers: adminHeaders() })
  }
})

test('the plan is closed to anonymous readers: REST, GraphQL, exports and the tick', async ({ request }) => {
  expect((await request.get('/api/campaigns')).status()).toBe(403)
  expect((await request.get('/api/globals/keyDates')).status()).toBe(403)
  const gql = await request.post('/api/graphql', { data: { query: '{ Campaigns { docs { title purpose } } }' } })
  const body = (await gql.json()) as { data?: { Campaigns?: unknown }; errors?: unknown[] }
  expect(body.data?.Campaigns ?? null).toBeNull()
  expect(body.errors?.length).toBeGreaterThan(0)
  for (const path of ['/api/campaigns/wheel.svg', '/api/campaigns/wheel.png']) expect((await request.get(path)).status()).toBe(401)
  expect((await request.post('/api/campaigns/calendar-token')).status()).toBe(401)
  expect((await request.get('/api/jobs/tick')).status()).toBe(401)
  expect((await request.get('/api/jobs/tick', { headers: { Authorization: 'Bearer guess' } })).status()).toBe(401)
  expect((await request.get('/api/payload-jobs/run')).status()).toBe(401)
})

test('staff export the wheel as SVG and PNG; bad filters are a clear 400', async ({ request }) => {
  const year = await seedYear(request)
  const svg = await request.get(`/api/campaigns/wheel.svg?year=${year}&rings=targetGroups`, { headers: adminHeaders() })
  expect(svg.status()).toBe(200)
  expect(svg.headers()['content-type']).toContain('image/svg+xml')
  const text = await svg.text()
  expect(text).toContain('Orange the World')
  expect(text).toContain('<title id="wheel-title">')
  const png = await request.get(`/api/campaigns/wheel.png?year=${year}`, { headers: adminHeaders() })
  expect(png.status()).toBe(200)
  expect([...(await png.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  const bad = await request.get('/api/campaigns/wheel.svg?year=twenty&focusArea=nope', { headers: adminHeaders() })
  expect(bad.status()).toBe(400)
  expect(JSON.stringify(await bad.json())).toContain('focusArea')
})

test('the calendar feed needs a valid token, follows the filters, and dies when revoked', async ({ request }) => {
  expect((await request.get('/api/campaigns/calendar.ics')).status()).toBe(401)
  expect((await request.get(`/api/campaigns/calendar.ics?token=${'a'.repeat(43)}`)).status()).toBe(401)
  expect((await request.get('/api/campaigns/calendar.ics?token=short')).status()).toBe(401)

  const made = await request.post('/api/campaigns/calendar-token', { headers: adminHeaders() })
  expect(made.status()).toBe(200)
  const { url } = (await made.json()) as { url: string }
  const path = new URL(url).pathname + new URL(url).search

  const res = await request.get(path)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('text/calendar')
  const cal = new ICAL.Component(ICAL.parse(await res.text()))
  const titles = cal.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')))
  expect(titles).toContain('Orange the World – 16 dagars aktivism')
  const orange = cal.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('summary')).startsWith('Orange'))!
  expect(orange.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY')
  expect(String(orange.getFirstPropertyValue('uid'))).toMatch(/^campaign-\d+@fri-fran-vald\.malmo\.se$/)

  // Filtered like the wheel: only campaigns on the children's pages' target group "older people".
  const filtered = new ICAL.Component(ICAL.parse(await (await request.get(`${path}&targetGroup=older-people`)).text()))
  const older = filtered.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')))
  expect(older.length).toBeGreaterThan(0)
  expect(older.length).toBeLessThan(titles.length)
  expect(older).not.toContain('Orange the World – 16 dagars aktivism')
  expect((await request.get(`${path}&targetGroup=cats`)).status()).toBe(400)

  expect((await request.delete('/api/campaigns/calendar-token', { headers: adminHeaders() })).status()).toBe(200)
  expect((await request.get(path)).status()).toBe(401)
})
