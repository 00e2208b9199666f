/**
 * A campaign banner comes and goes by itself as the site's clock passes its start and end, across a
 * change to summer time, and again next year. This moves the site's clock, so it runs alone (the
 * "clock" project in playwright.config.ts) and sets the clock back to real time afterwards; the
 * instants are named because the test sets them itself.
 */
import { expect, test } from '@playwright/test'

import { adminHeaders, setClock, topicIdBySlug, watchTraces } from './support'

test.describe.configure({ mode: 'serial' })

test.afterAll(() => setClock(''))

test('a banner shows from its start to its end for its language and audience only, and again next year', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000)
  const marker = `Kampanjbanner ${Date.now()}`
  const topicId = await topicIdBySlug(request, 'vad-raknas-som-vald')
  // Saturday 30 March 2030 22:00 (winter time) to Sunday 31 March 04:00 (summer time), every year.
  const start = '2030-03-30T21:00:00.000Z'
  const end = '2030-03-31T02:00:00.000Z'
  const created = await request.post('/api/campaigns?locale=sv', {
    headers: adminHeaders(),
    data: {
      title: 'E2E-banner',
      status: 'planned',
      startsAt: start,
      endsAt: end,
      allDay: false,
      recurrence: 'yearly',
      focusAreas: ['general'],
      targetGroups: ['subjected'],
      languages: ['en', 'fi'],
      variant: 'adult',
      channels: ['web-banner'],
      topics: [topicId],
      banner: { text: `${marker} (sv)`, topic: topicId, priority: 100 },
    },
  })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  expect((await request.patch(`/api/campaigns/${id}?locale=en`, { headers: adminHeaders(), data: { banner: { text: `${marker} (en)` } } })).status()).toBe(200)

  const html = async (path: string) => (await request.get(path)).text()
  // The banner's own markup (the page's RSC data also carries the not-found page's frame, which is not shown).
  const shown = (page: string, text: string) => page.includes(`data-campaign="${id}"`) && page.includes(`>${text}</p>`)
  const expectSoon = (path: string, text: string, present: boolean) =>
    expect.poll(async () => shown(await html(path), text), { timeout: 20_000, message: `${path} ${present ? 'shows' : 'does not show'} ${text}` }).toBe(present)

  try {
    setClock('2030-03-30T20:59:00.000Z') // a minute before the start
    await expectSoon('/en', `${marker} (en)`, false)

    setClock('2030-03-30T21:00:30.000Z') // just after the start
    await expectSoon('/en', `${marker} (en)`, true)
    // Finnish has no text of its own: the Swedish shows, marked as Swedish.
    await expectSoon('/fi', `${marker} (sv)`, true)
    expect(await html('/fi')).toMatch(new RegExp(`lang="sv" dir="ltr">${marker} \\(sv\\)`))
    // Not on languages it does not target, nor on the children's pages.
    expect(shown(await html('/sv'), `${marker} (sv)`)).toBe(false)
    expect(shown(await html('/en/barn'), `${marker} (en)`)).toBe(false)
    // Its topic is featured on the home page while it runs.
    expect(await html('/en')).toContain('id="featured"')

    // The banner as a reader sees it: a region with a heading and an internal link, no trace left.
    const traces = watchTraces(page, baseURL!)
    await page.goto('/en/saker-surfning')
    const banner = page.getByRole('region', { name: 'Campaign' }).filter({ hasText: marker })
    await expect(banner).toBeVisible()
    await expect(banner.getByRole('link', { name: 'Read more' })).toHaveAttribute('href', /^\/en\/amne\//)
    await traces.expectNoTrace()

    setClock('2030-03-31T01:59:30.000Z') // after the night's change to summer time, before 04:00
    await expectSoon('/en', `${marker} (en)`, true)

    setClock('2030-03-31T02:00:30.000Z') // just after the end
    await expectSoon('/en', `${marker} (en)`, false)
    await expectSoon('/en/saker-surfning', `${marker} (en)`, false)

    // Next year, 22:00 Malmö time is 20:00 UTC: 30 March 2031 is already summer time.
    setClock('2031-03-30T19:59:00.000Z')
    await expectSoon('/en', `${marker} (en)`, false)
    setClock('2031-03-30T20:00:30.000Z')
    await expectSoon('/en', `${marker} (en)`, true)
  } finally {
    setClock('')
    await request.delete(`/api/campaigns/${id}`, { headers: adminHeaders() })
  }
  await expectSoon('/en', `${marker} (en)`, false)
})
