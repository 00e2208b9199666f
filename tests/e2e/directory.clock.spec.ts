/**
 * "Open now" in the support directory changes at the very minute a service opens or closes, although
 * each filter combination's page is cached. This moves the site's clock, so it runs alone (the
 * "clock" project) and sets it back afterwards; the instants are named because the test sets them.
 */
import { expect, test } from '@playwright/test'

import { adminHeaders, setClock } from './support'

test.describe.configure({ mode: 'serial' })

let serviceId: number | undefined

test.afterAll(async ({ request }) => {
  setClock('')
  if (serviceId) await request.delete(`/api/supportServices/${serviceId}`, { headers: adminHeaders() })
})

test('a service is listed as open now from the minute it opens to the minute it closes, and on a day off only if marked so', async ({ request }) => {
  test.setTimeout(120_000)
  const at = (iso: string) => {
    setClock(iso)
    return iso
  }
  // Wednesday 5 March 2031 (CET, UTC+1).
  let when = at('2031-03-05T09:06:00.000Z') // 10:06
  const name = `Öppet nu ${Date.now()}`
  const created = await request.post('/api/supportServices?locale=sv', {
    headers: adminHeaders(),
    // Wednesdays 10:07–10:09 Swedish time: minutes no other service opens or closes at.
    data: { name, phone: '020 000 000', readers: ['subjected'], openingHours: [{ days: ['wed'], opens: '10:07', closes: '10:09' }], scope: 'national', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  serviceId = ((await created.json()) as { doc: { id: number } }).doc.id
  // A save's pages are expired once more 4 s after it, and when a move of the clock changes the live
  // campaigns the tick (every 2 s here) expires theirs on three ticks (src/site/cache.ts,
  // src/jobs/tick.ts). /api/health counts each until made; the clock moved before the save, so the
  // count stays above 0 until the last. Then a page cached below stays cached.
  await expect.poll(async () => ((await (await request.get('/api/health')).json()) as { pendingExpiries?: number }).pendingExpiries ?? 0, { timeout: 30_000 }).toBe(0)

  const listed = async (path: string) => (await (await request.get(path)).text()).includes(`>${name}<`)
  const expectSoon = (path: string, present: boolean, at: string) =>
    expect.poll(() => listed(path), { timeout: 20_000, message: `${path} at ${at} ${present ? 'lists' : 'does not list'} the service` }).toBe(present)

  await expectSoon('/sv/stod', true, when)
  await expectSoon('/sv/stod?open=now', false, when)
  await expectSoon('/sv/stod?who=subjected&open=now', false, when)
  // Two seconds before it opens, a cache may keep the page one second at most.
  when = at('2031-03-05T09:06:58.000Z')
  expect((await request.get('/sv/stod?open=now')).headers()['cache-control']).toBe('public, s-maxage=1, must-revalidate')
  expect(await listed('/sv/stod?open=now')).toBe(false)

  // From here on the first answer after each move of the clock is already right: no waiting.
  when = at('2031-03-05T09:07:00.000Z') // 10:07: open
  expect(await listed('/sv/stod?open=now'), when).toBe(true)
  expect(await listed('/sv/stod?who=subjected&open=now'), when).toBe(true)
  expect(await listed('/en/stod?open=now'), when).toBe(true)
  when = at('2031-03-05T09:08:59.000Z') // 10:08:59: still open
  // The same stretch of the week (10:07–10:09): the page made at 10:07, not a page per minute.
  const sameStretch = await request.get('/sv/stod?open=now')
  expect(sameStretch.headers()['x-nextjs-cache'], when).toBe('HIT')
  expect(await sameStretch.text(), when).toContain(`>${name}<`)
  when = at('2031-03-05T09:09:00.000Z') // 10:09: closed
  expect(await listed('/sv/stod?open=now'), when).toBe(false)
  expect(await listed('/en/stod?open=now'), when).toBe(false)
  // A week later the same minutes give the same answers (the cached pages are the same stretches).
  when = at('2031-03-12T09:07:30.000Z')
  expect(await listed('/sv/stod?open=now'), when).toBe(true)

  // Wednesday 1 January 2031, New Year's Day, at the same minutes: the hours do not count on a day
  // off, until the service is marked open on holidays.
  when = at('2031-01-01T09:07:30.000Z')
  expect(await listed('/sv/stod?open=now'), when).toBe(false)
  expect((await request.patch(`/api/supportServices/${serviceId}?locale=sv`, { headers: adminHeaders(), data: { openOnHolidays: true } })).status()).toBe(200)
  await expectSoon('/sv/stod?open=now', true, when)
})
