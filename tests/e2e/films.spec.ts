/**
 * Films on the site, in Debian's Chromium: a seeded film plays (its time advances), its caption
 * tracks switch, a seek is served by byte ranges (206), the first load fetches the poster and no
 * video, the captions files and the print view of the conversation material; without JavaScript the
 * native player and its tracks are there. The privacy and accessibility suites crawl a film page
 * and its print view in every language they cover (support.ts, everyPageType); here also so and fa.
 */
import fs from 'node:fs'

import { expect, test, type Page } from '@playwright/test'

import { htmlErrors } from './html'
import { watchTraces } from './support'

/** A seeded film with a participant (a police officer) and numbers in its captions. */
const slug = 'att-polisanmala-och-sedan'
const isVideo = (url: string) => url.includes('/api/film-files/file/')

/** Every request the page makes for the video, with its answer's status and range headers. */
function watchVideo(page: Page) {
  const answers: { status: number; range?: string; requested?: string }[] = []
  page.on('response', async (res) => {
    if (!isVideo(res.url())) return
    answers.push({ status: res.status(), range: (await res.allHeaders())['content-range'], requested: await res.request().headerValue('range') ?? undefined })
  })
  return answers
}

const videoState = (page: Page) =>
  page.locator('video').evaluate((v: HTMLVideoElement) => ({ time: v.currentTime, paused: v.paused, ready: v.readyState }))

for (const locale of ['sv', 'ar'] as const) {
  test(`${locale}: readers find the films: the footer of every page and the home page link the list, the list links each film`, async ({ page }) => {
    for (const from of [`/${locale}/stod`, `/${locale}/evenemang`]) {
      await page.goto(from)
      await expect(page.locator('.site-footer').getByRole('link', { name: locale === 'sv' ? 'Filmer' : 'أفلام', exact: true })).toHaveAttribute('href', `/${locale}/film`)
    }
    await page.goto(`/${locale}`)
    await page.locator('section[aria-labelledby="films"] a').click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/film$`))
    await expect(page.locator(`a[href="/${locale}/film/${slug}"]`).first()).toBeVisible()
  })
}

test('the film page fetches the poster and no video until play; then the film plays and a seek is answered with byte ranges', async ({ page }) => {
  test.setTimeout(90_000)
  const answers = watchVideo(page)
  const media: string[] = []
  page.on('request', (req) => {
    if (['media', 'image'].includes(req.resourceType()) || isVideo(req.url())) media.push(`${req.resourceType()} ${new URL(req.url()).pathname}`)
  })
  await page.goto(`/sv/film/${slug}`, { waitUntil: 'networkidle' })
  const video = page.locator('video')
  await expect(video).toHaveAttribute('preload', 'none')
  await expect(video).not.toHaveAttribute('autoplay')
  await expect(video).toHaveAttribute('controls')
  // The page weighs its poster (one image) and nothing of the video.
  expect(media.filter((m) => !m.startsWith('image')), 'the video before play').toEqual([])
  expect(media.length, media.join(', ')).toBe(1)
  expect(answers).toEqual([])

  // Play as a reader on a keyboard or a screen reader does (a tap on the emulated phone only shows the controls).
  await video.focus()
  await page.keyboard.press('Space')
  await expect.poll(async () => (await videoState(page)).time, { timeout: 30_000 }).toBeGreaterThan(1)
  expect(answers.length).toBeGreaterThan(0)
  for (const a of answers) {
    expect(a.status, JSON.stringify(a)).toBe(206)
    expect(a.range, JSON.stringify(a)).toMatch(/^bytes \d+-\d+\/\d+$/)
  }

  // Seek near the end: the player goes there and plays on, from byte ranges.
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = v.duration - 6))
  await expect.poll(async () => (await videoState(page)).time, { timeout: 30_000 }).toBeGreaterThan(28)
  expect(answers.every((a) => a.status === 206)).toBe(true)
})

test('the video file answers ranges: 206 with the asked bytes, the whole file for another version’s If-Range, 416 past the end; immutable caching at its version’s address only', async ({ page, request, baseURL }) => {
  await page.goto(`/sv/film/${slug}`)
  const src = (await page.locator('video source[type="video/mp4"]').getAttribute('src'))!
  // The seed's file name, numbered by Payload when media/films already holds one (an earlier run).
  expect(new URL(src, baseURL).pathname).toMatch(new RegExp(`^/api/film-files/file/${slug}(-\\d+)?\\.mp4$`))
  expect(new URL(src, baseURL).searchParams.get('v')).toBeTruthy()
  const whole = await request.get(src)
  expect(whole.status()).toBe(200)
  expect(whole.headers()['accept-ranges']).toBe('bytes')
  expect(whole.headers()['content-type']).toBe('video/mp4')
  expect(whole.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  const size = (await whole.body()).length
  // Another address of the same file may later name other bytes: a cache asks again before reusing it.
  const unversioned = new URL(src, baseURL)
  unversioned.searchParams.delete('v')
  expect((await request.get(unversioned.pathname)).headers()['cache-control']).toBe('public, no-cache')

  const part = await request.get(src, { headers: { Range: 'bytes=1000-1999' } })
  expect(part.status()).toBe(206)
  expect(part.headers()['content-range']).toBe(`bytes 1000-1999/${size}`)
  expect((await part.body()).length).toBe(1000)
  expect(await part.body()).toEqual((await whole.body()).subarray(1000, 2000))
  // A download resumed from another version of the file: the whole file, not a splice (RFC 9110 §13.1.5).
  const resumed = await request.get(src, { headers: { Range: 'bytes=1000-1999', 'If-Range': '"an-older-version"' } })
  expect(resumed.status()).toBe(200)
  expect(await resumed.body()).toEqual(await whole.body())

  const tail = await request.get(src, { headers: { Range: 'bytes=-500' } })
  expect(tail.status()).toBe(206)
  expect(tail.headers()['content-range']).toBe(`bytes ${size - 500}-${size - 1}/${size}`)

  const past = await request.get(src, { headers: { Range: `bytes=${size}-` } })
  expect(past.status()).toBe(416)
  expect(past.headers()['content-range']).toBe(`bytes */${size}`)
  expect(past.headers()['cache-control']).toBe('no-store')
})

test('HEAD on the video and its poster answers as GET, without the body (players and download managers ask it first)', async ({ page, request, baseURL }) => {
  await page.goto(`/sv/film/${slug}`)
  const video = (await page.locator('video source[type="video/mp4"]').getAttribute('src'))!
  const poster = (await page.locator('video').getAttribute('poster'))!
  expect(new URL(poster, baseURL).pathname).toMatch(/^\/api\/media\/file\//)
  for (const src of [video, poster]) {
    const get = await request.get(src)
    const head = await request.head(src)
    expect(head.status(), src).toBe(200)
    expect(await head.body()).toHaveLength(0)
    for (const name of ['content-type', 'accept-ranges', 'cache-control']) {
      expect(get.headers()[name], `${name} of ${src}`).toBeTruthy()
      expect(head.headers()[name], `${name} of ${src}`).toBe(get.headers()[name])
    }
    const part = await request.head(src, { headers: { Range: 'bytes=0-99' } })
    expect(part.status(), src).toBe(206)
    expect(part.headers()['content-range']).toBe(`bytes 0-99/${(await get.body()).length}`)
  }
  // A file no published film uses is refused alike.
  const missing = (await request.head('/api/film-files/file/nothing-here.mp4')).status()
  expect([403, 404]).toContain(missing)
  expect(missing).toBe((await request.get('/api/film-files/file/nothing-here.mp4')).status())
})

for (const locale of ['sv', 'ar'] as const) {
  test(`${locale}: one subtitles track per language, the reader's shown; switching tracks shows the other language's cues`, async ({ page }) => {
    test.setTimeout(60_000)
    await page.goto(`/${locale}/film/${slug}`)
    const tracks = await page.locator('video track').evaluateAll((ts) =>
      ts.map((t) => ({ kind: t.getAttribute('kind'), lang: t.getAttribute('srclang'), label: t.getAttribute('label'), default: t.hasAttribute('default') })),
    )
    expect(tracks).toHaveLength(11)
    expect(tracks.every((t) => t.kind === 'subtitles' && t.label)).toBe(true)
    expect(tracks.filter((t) => t.default).map((t) => t.lang)).toEqual([locale])

    // Played, then paused on the second cue, with the reader's captions showing (the screenshot for the report).
    await page.locator('video').focus()
    await page.keyboard.press('Space')
    await expect.poll(async () => (await videoState(page)).time, { timeout: 30_000 }).toBeGreaterThan(0.5)
    await page.locator('video').evaluate((v: HTMLVideoElement) => {
      v.pause()
      v.currentTime = 8
    })
    const showing = () =>
      page.locator('video').evaluate((v: HTMLVideoElement) => {
        const track = [...v.textTracks].find((t) => t.mode === 'showing')
        return { lang: track?.language, cue: (track?.activeCues?.[0] as VTTCue | undefined)?.text ?? '' }
      })
    // Until the seek has landed: before it, the first cue may still be the active one.
    await expect.poll(async () => (await showing()).cue, { timeout: 20_000 }).toMatch(locale === 'ar' ? /[\u0600-\u06FF]/ : /polisen/)
    expect((await showing()).lang).toBe(locale)
    await page.locator('video').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `test-results/film-${locale}-captions.png` })

    // Switch to the other language as the player's menu does: one track showing, the rest off.
    const other = locale === 'sv' ? 'ar' : 'sv'
    await page.locator('video').evaluate((v: HTMLVideoElement, lang) => {
      for (const t of v.textTracks) t.mode = t.language === lang ? 'showing' : 'disabled'
    }, other)
    await expect.poll(async () => (await showing()).lang, { timeout: 20_000 }).toBe(other)
    await expect.poll(async () => (await showing()).cue, { timeout: 20_000 }).toMatch(other === 'ar' ? /[\u0600-\u06FF]/ : /polisen/)
  })
}

test('captions files: WebVTT, cached like pages, the same cue times in every language; an unknown language is 404', async ({ request }) => {
  const times = async (lang: string) => {
    const res = await request.get(`/sv/film/${slug}/undertexter/${lang}.vtt`)
    expect(res.status(), lang).toBe(200)
    expect(res.headers()['content-type']).toBe('text/vtt; charset=utf-8')
    expect(res.headers()['cache-control']).toContain('s-maxage=')
    expect(res.headers()['set-cookie']).toBeUndefined()
    const text = await res.text()
    expect(text.startsWith('WEBVTT')).toBe(true)
    return text.match(/^[\d:.]+ --> [\d:.]+$/gm)
  }
  const sv = await times('sv')
  expect(sv!.length).toBeGreaterThan(3)
  for (const lang of ['fa', 'sr', 'so']) expect(await times(lang)).toEqual(sv)
  expect((await request.get(`/sv/film/${slug}/undertexter/xx.vtt`)).status()).toBe(404)
  expect((await request.get(`/sv/film/ingen-film/undertexter/sv.vtt`)).status()).toBe(404)
})

test('Arabic and Persian captions files start each line right to left (a right-to-left mark before a Latin or number-first line); Swedish ones are as stored; the player reads the mark', async ({ page, request }) => {
  test.setTimeout(60_000)
  const stored = (film: string, lang: string) => fs.readFileSync(`src/films/seed/assets/${film}/captions/${lang}.vtt`, 'utf8')
  const served = async (path: string) => {
    const res = await request.get(path)
    expect(res.status(), path).toBe(200)
    return res.text()
  }
  // Cue 5 of "Tidiga tecken" has a second line opening with "Kvinnofridslinjen" (ar, fa); that of
  // "Våld mot äldre" opens with it in Arabic, after the narrator's voice tag.
  const expected: [string, string, string][] = [
    ['tidiga-tecken', 'ar', '\u200fKvinnofridslinjen على \u2066020-50 50 50\u2069.'],
    ['tidiga-tecken', 'ar', '\u200f\u2066112\u2069 · Kvinnofridslinjen \u2066020-50 50 50\u2069]'],
    ['tidiga-tecken', 'fa', '\u200fKvinnofridslinjen زنگ بزن: \u2066020-50 50 50\u2069.'],
    ['vald-mot-aldre', 'ar', '<v الراوي>\u200fKvinnofridslinjen على الرقم'],
  ]
  for (const prefix of ['ar', 'sv']) {
    for (const [film, lang, line] of expected) {
      const text = await served(`/${prefix}/film/${film}/undertexter/${lang}.vtt`)
      expect(text.split('\n'), `${prefix} ${film} ${lang}`).toContain(line)
      // Nothing else changed: header, identifiers, timings, Arabic-first lines.
      expect(text.replaceAll('\u200f', '')).toBe(stored(film, lang))
    }
    for (const lang of ['sv', 'en']) expect(await served(`/${prefix}/film/vald-mot-aldre/undertexter/${lang}.vtt`)).toBe(stored('vald-mot-aldre', lang))
  }

  // The player gets the mark in the cue's text; the transcript under it is right to left by the page's dir.
  await page.goto('/ar/film/vald-mot-aldre')
  const cueText = () =>
    page.locator('video').evaluate((v: HTMLVideoElement) => {
      const track = [...v.textTracks].find((t) => t.language === 'ar')!
      track.mode = 'hidden'
      return [...(track.cues ?? [])].map((c) => (c as VTTCue).text).find((t) => t.includes('Kvinnofridslinjen')) ?? ''
    })
  await expect.poll(cueText, { timeout: 20_000 }).not.toBe('')
  expect(await cueText()).toMatch(/^<v الراوي>\u200fKvinnofridslinjen على الرقم\n/)
  const transcript = page.locator('.film-transcript p')
  await expect(transcript.filter({ hasText: /^الراوي: Kvinnofridslinjen/ })).toHaveCount(1)
  expect(await transcript.evaluateAll((ps) => [...new Set(ps.map((p) => getComputedStyle(p).direction))])).toEqual(['rtl'])
})

test('the transcript is under the film, with the speaker and what is shown; the film is on its topic page and links back', async ({ page }) => {
  await page.goto(`/en/film/${slug}`)
  const transcript = page.locator('.film-transcript')
  await expect(transcript.locator('h2')).toHaveText('The film as text')
  await expect(transcript).toContainText('Maria Ek: I am a police officer.')
  await expect(transcript.locator('.film-transcript__description').first()).toContainText('[Text on screen:')
  await expect(page.locator('.film-downloads a[hreflang="ar"]')).toHaveAttribute('href', `/en/film/${slug}/undertexter/ar.vtt`)

  await page.goto('/sv/amne/vad-hander-nar-du-polisanmaler')
  const block = page.locator('.topic-films')
  await expect(block.locator('h2')).toHaveText('Filmer om ämnet')
  await block.locator(`a[href="/sv/film/${slug}"]`).click()
  await expect(page.locator('h1')).toHaveText('Att polisanmäla – och sedan?')
})

test('the conversation material prints on one or two A4 pages, without the site around it, with the film address and the numbers', async ({ page, baseURL }) => {
  test.setTimeout(60_000)
  await page.goto(`/fa/film/${slug}/samtal`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.site-footer')).toBeHidden()
  const sheet = page.locator('.conversation-sheet')
  await expect(sheet).toContainText(`${new URL(baseURL!).origin}/fa/film/${slug}`)
  for (const number of ['112', '114 14', '020-50 50 50']) await expect(sheet.locator('bdi[dir="ltr"]', { hasText: number }).first()).toBeVisible()
  await expect(sheet.locator('ol li')).toHaveCount(4)
  const pdf = await page.pdf({ format: 'A4', printBackground: false })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(1)
  expect(pages.length).toBeLessThanOrEqual(2)
})

test('without JavaScript the film page has the native player with its tracks and the downloads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/ar/film/${slug}`)
  await expect(page.locator('video[controls]')).toHaveCount(1)
  await expect(page.locator('video track[default]')).toHaveAttribute('srclang', 'ar')
  const download = await page.locator('.film-downloads a[type="video/mp4"]').getAttribute('href')
  expect((await page.request.get(download!, { headers: { Range: 'bytes=0-99' } })).status()).toBe(206)
  await context.close()
})

test('with the keyboard: Tab reaches the player, and Space plays it', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto(`/sv/film/${slug}`)
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.tagName === 'VIDEO')); i++) await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('VIDEO')
  await page.keyboard.press('Space')
  await expect.poll(async () => (await videoState(page)).time, { timeout: 30_000 }).toBeGreaterThan(0.5)
})

for (const locale of ['so', 'fa']) {
  test(`${locale}: the film pages leave no trace and are conforming HTML`, async ({ page, request, baseURL }) => {
    const traces = watchTraces(page, baseURL!)
    for (const path of [`/${locale}/film`, `/${locale}/film/${slug}`, `/${locale}/film/${slug}/samtal`]) {
      await page.goto(path)
      await traces.expectNoTrace()
      expect(await htmlErrors(await (await request.get(path)).text(), path)).toEqual([])
    }
  })
}
