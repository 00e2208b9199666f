/**
 * Public events on the built site: an event in its languages, the filters without JavaScript, a
 * cancelled event, the "add to calendar" file read by ical.js, and the access rules over REST and
 * GraphQL, reading the data again after each refusal.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'
import ICAL from 'ical.js'

import { adminHeaders } from './support'

interface EventDoc {
  id: number
  slug: string
  title: Record<string, string>
  audiences: string[]
  cancelled: boolean
  public: boolean
  place: { venueName: string; address: string }
  startsAt: string
  endsAt: string
}

/** The seeded events as staff see them, every language. */
async function seeded(request: APIRequestContext, where = ''): Promise<EventDoc[]> {
  const res = await request.get(`/api/events?locale=all&depth=0&limit=200&sort=startsAt${where}`, { headers: adminHeaders() })
  expect(res.status()).toBe(200)
  return ((await res.json()) as { docs: EventDoc[] }).docs
}

test('an event shows in its languages, with its title and the page’s language and direction', async ({ page, request }) => {
  const [event] = await seeded(request, '&where[cancelled][equals]=false&where[public][equals]=true')
  expect(event, 'a seeded public event').toBeDefined()
  for (const [locale, dir] of [['sv', 'ltr'], ['en', 'ltr'], ['so', 'ltr'], ['ar', 'rtl'], ['fa', 'rtl']]) {
    const res = await page.goto(`/${locale}/evenemang/${event.slug}`)
    expect(res?.status(), locale).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.locator('html')).toHaveAttribute('dir', dir)
    await expect(page.locator('h1')).toHaveText(event.title[locale])
    await expect(page.locator('h1')).not.toHaveAttribute('lang', 'sv')
    await expect(page.locator('.event-facts')).toContainText(event.place.venueName)
    // Listed among the upcoming events in that language too.
    await page.goto(`/${locale}/evenemang`)
    // (The talks at the meeting places share a title: the event is found by its address.)
    await expect(page.locator(`.event-item a[href="/${locale}/evenemang/${event.slug}"]`)).toHaveText(event.title[locale])
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters are a plain form: choosing an audience lists only events for it, at a canonical address', async ({ page, request }) => {
    const all = await seeded(request, '&where[public][equals]=true')
    const forParents = all.filter((e) => e.audiences.includes('parents') || e.audiences.includes('everyone'))
    const others = all.filter((e) => !forParents.includes(e))
    expect(forParents.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)

    await page.goto('/sv/evenemang')
    const listed = () => page.locator('.event-item__title a').allTextContents()
    expect((await listed()).length).toBeGreaterThan(forParents.length)
    await page.locator('#f-audience').selectOption('parents')
    await Promise.all([page.waitForURL(/\/sv\/evenemang\?audience=parents$/), page.locator('.filters button[type="submit"]').click()])
    const shown = await listed()
    expect(shown.length).toBeGreaterThan(0)
    for (const title of shown) expect(forParents.map((e) => e.title.sv), title).toContain(title)
    for (const e of others) expect(shown).not.toContain(e.title.sv)
    await expect(page.locator('#f-audience')).toHaveValue('parents')

    // Any other spelling of the same choice leads to that one address.
    const res = await request.get('/sv/evenemang?x=1&month=&audience=parents', { maxRedirects: 0 })
    expect(res.status()).toBe(308)
    expect(res.headers().location).toMatch(/\/sv\/evenemang\?audience=parents$/)
    // A language nobody speaks at any event: none, said in words.
    await page.goto('/sv/evenemang?language=hr')
    await expect(page.locator('.event-item')).toHaveCount(0)
    await expect(page.locator('.result-count')).toHaveText('Inga evenemang')
  })
})

test('a cancelled event says so clearly, on its page, in the list and in its schema.org data', async ({ page, request }) => {
  const [cancelled] = await seeded(request, '&where[cancelled][equals]=true&where[public][equals]=true')
  expect(cancelled, 'the seeded cancelled event').toBeDefined()
  for (const [locale, words] of [['sv', 'Det här evenemanget är inställt.'], ['ar', 'أُلغيت هذه الفعالية.']]) {
    await page.goto(`/${locale}/evenemang/${cancelled.slug}`)
    await expect(page.locator('.notice--cancelled')).toContainText(words)
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(data).toMatchObject({ '@type': 'Event', eventStatus: 'https://schema.org/EventCancelled', location: { name: cancelled.place.venueName } })
    await page.goto(`/${locale}/evenemang`)
    await expect(page.locator('.event-item', { has: page.locator(`a[href="/${locale}/evenemang/${cancelled.slug}"]`) }).locator('.event-cancelled')).toBeVisible()
  }
})

test('"add to calendar" is one VEVENT with the place as LOCATION, no token and no cookie', async ({ page, request }) => {
  const [event] = await seeded(request, '&where[cancelled][equals]=false&where[public][equals]=true')
  await page.goto(`/en/evenemang/${event.slug}`)
  const href = (await page.locator('a[type="text/calendar"]').getAttribute('href'))!
  expect(href).toBe(`/en/evenemang/${event.slug}/kalender.ics`)
  const res = await request.get(href)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toMatch(/^text\/calendar/)
  expect(res.headers()['set-cookie']).toBeUndefined()
  const cal = new ICAL.Component(ICAL.parse(await res.text()))
  const vevents = cal.getAllSubcomponents('vevent')
  expect(vevents).toHaveLength(1)
  const v = new ICAL.Event(vevents[0])
  expect(v.location).toBe(`${event.place.venueName}, ${event.place.address}`)
  expect(v.summary).toBe(event.title.en)
  expect(await (await request.get(`/en/evenemang/no-such-event/kalender.ics`)).status()).toBe(404)
})

test.describe('access over HTTP', () => {
  test('anonymous readers get published public events only, through REST and GraphQL, drafts asked for or not', async ({ request }) => {
    const hidden = await seeded(request, '&where[public][equals]=false')
    expect(hidden.length, 'the seeded staff-only event').toBeGreaterThan(0)
    for (const path of ['/api/events?limit=200&depth=0', '/api/events?limit=200&depth=0&draft=true', '/api/events?limit=200&depth=0&where[public][equals]=false']) {
      const docs = ((await (await request.get(path)).json()) as { docs: EventDoc[] }).docs
      expect(docs.every((d) => d.public === true), path).toBe(true)
      expect(docs.map((d) => d.id), path).not.toContain(hidden[0].id)
    }
    expect((await request.get(`/api/events/${hidden[0].id}`)).status()).toBe(404)
    const gql = await (await request.post('/api/graphql', { data: { query: '{ Events(limit: 200, draft: true) { docs { id public } } }' } })).json()
    const ids = (gql.data.Events.docs as { id: number; public: boolean }[])
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.every((d) => d.public)).toBe(true)
    expect(ids.map((d) => d.id)).not.toContain(hidden[0].id)
    const one = await (await request.post('/api/graphql', { data: { query: `{ Event(id: ${hidden[0].id}) { id } }` } })).json()
    expect(one.data?.Event ?? null).toBeNull()
  })

  test('anonymous callers change nothing through REST or GraphQL; the event reads the same after each refusal', async ({ request }) => {
    const [event] = await seeded(request, '&where[public][equals]=true')
    const before = await (await request.get(`/api/events/${event.id}?locale=all&depth=0`, { headers: adminHeaders() })).json()
    expect((await request.post('/api/events', { data: { title: 'Falskt', public: true, _status: 'published' } })).status()).toBe(403)
    expect((await request.patch(`/api/events/${event.id}`, { data: { public: false, place: { address: 'Hemlig adress 1' } } })).status()).toBe(403)
    expect((await request.delete(`/api/events/${event.id}`)).status()).toBe(403)
    for (const query of [
      `mutation { updateEvent(id: ${event.id}, data: { cancelled: true }) { id } }`,
      `mutation { deleteEvent(id: ${event.id}) { id } }`,
      `mutation { createEvent(data: { title: "Falskt", organiser: "x", startsAt: "${event.startsAt}", endsAt: "${event.endsAt}" }) { id } }`,
    ]) {
      const res = await (await request.post('/api/graphql', { data: { query } })).json()
      expect(res.errors?.length, query).toBeGreaterThan(0)
    }
    const after = await (await request.get(`/api/events/${event.id}?locale=all&depth=0`, { headers: adminHeaders() })).json()
    expect(after).toEqual(before)
    expect((await seeded(request, `&where[title][equals]=Falskt`)).length).toBe(0)
  })
})
