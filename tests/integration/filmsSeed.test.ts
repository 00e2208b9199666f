/** The demo films in the seed, against a real database: what a new install gets, and search over it. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadDemoFilms } from '@/films/seed/content'
import { localeCodes, type Locale } from '@/i18n/locales'
import { searchSite } from '@/search/query'
import { seed } from '@/seed'

import { getTestPayload } from '../support/payload'

let payload: Payload
const demo = loadDemoFilms()

beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload, { force: true, log: () => {} })
}, 300_000)

describe('the seeded films', () => {
  it('are the five demo films, published, each with its MP4, poster, length and topics', async () => {
    const { docs } = await payload.find({ collection: 'films', overrideAccess: false, pagination: false, depth: 1, sort: 'createdAt' })
    expect(docs.map((f) => f.slug)).toEqual(demo.map((f) => f.slug))
    for (const film of docs) {
      const video = film.video as { mimeType?: string; filename?: string }
      expect(video.mimeType).toBe('video/mp4')
      // Named after the film (Payload adds -2 … when a folder already holds that name, as a shared test folder may).
      expect(video.filename).toMatch(new RegExp(`^${film.slug}(-\\d+)?\\.mp4$`))
      expect(typeof film.poster).toBe('object')
      expect(film.durationSeconds).toBeGreaterThanOrEqual(30)
      expect(film.topics?.length, film.slug ?? undefined).toBeGreaterThan(0)
    }
  })

  it('carry captions, conversation material and poster alt text in all eleven languages; Swedish approved, the rest needing review', async () => {
    const film = (await payload.find({ collection: 'films', where: { slug: { equals: 'att-polisanmala-och-sedan' } }, locale: 'all' as Locale, depth: 1, limit: 1 })).docs[0]
    const all = film as unknown as {
      captions: Record<string, string>
      translationReview: Record<string, string>
      captionsReview: Record<string, string>
      conversation: { review: Record<string, string>; help: Record<string, string>; questions: { id: string; question: Record<string, string> }[] }
      participants: { name: string; role: Record<string, string> }[]
      poster: { alt: Record<string, string> }
    }
    for (const locale of localeCodes) {
      expect(all.captions[locale]?.startsWith('WEBVTT'), locale).toBe(true)
      expect(all.conversation.questions.every((q) => q.question[locale]), locale).toBe(true)
      expect(all.conversation.help[locale], locale).toContain('114 14')
      expect(all.participants[0].role[locale], locale).toBeTruthy()
      expect(all.poster.alt[locale], locale).toBeTruthy()
      const state = locale === 'sv' ? 'approved' : 'needs-review'
      expect([all.translationReview[locale], all.captionsReview[locale], all.conversation.review[locale]], locale).toEqual([state, state, state])
    }
    expect(all.conversation.questions).toHaveLength(4)
    expect(all.participants.map((p) => p.name)).toEqual(['Maria Ek'])
  })

  it('leave nothing pending: the newest version of each seeded film is the published one (no "Changed" in the admin)', async () => {
    // Only the demo films: other test files share this database and make drafts of their own.
    const { docs } = await payload.find({ collection: 'films', overrideAccess: true, pagination: false, depth: 0, where: { slug: { in: demo.map((f) => f.slug) } } })
    expect(docs.length).toBe(demo.length)
    for (const doc of docs) {
      const { docs: newest } = await payload.findVersions({ collection: 'films', overrideAccess: true, where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, depth: 0 })
      expect(newest[0]?.version._status, doc.slug ?? String(doc.id)).toBe('published')
    }
  })

  it('are seeded once: a second run adds no film and no file', async () => {
    const count = async () => [(await payload.count({ collection: 'films' })).totalDocs, (await payload.count({ collection: 'film-files' })).totalDocs]
    const before = await count()
    await seed(payload, { force: true, log: () => {} })
    expect(await count()).toEqual(before)
  })

  it('are found by what is said in them, in the reader’s language', async () => {
    const hits = await searchSite('fi', 'mustasukkaisuudesta')
    expect(hits.some((h) => h.collection === 'films' && h.slug === 'tidiga-tecken')).toBe(true)
    expect((await searchSite('sv', 'målsägandebiträde')).some((h) => h.collection === 'films' && h.slug === 'att-polisanmala-och-sedan')).toBe(true)
  })
})
