/** The demo seed against a real database, and search over what it published. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchSite } from '@/search/query'
import { targetLocales } from '@/i18n/locales'
import { seed } from '@/seed'
import { demoCampaigns } from '@/campaigns/seed'
import { loadHelplines } from '@/seed/helplines'
import { sampleImages } from '@/seed/images'
import { translationMatrix } from '@/translations/queries'

import { getTestPayload } from '../support/payload'

let payload: Payload
const counts = async () =>
  Promise.all(['topics', 'supportServices', 'brochures', 'events'].map(async (c) => (await payload.count({ collection: c as 'topics', overrideAccess: true })).totalDocs))

beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload, { force: true, log: () => {} })
}, 300_000)

describe('the seed', () => {
  it('publishes confirmed numbers and keeps the ones to verify as drafts', async () => {
    const lines = loadHelplines()
    const pub = await payload.find({ collection: 'supportServices', overrideAccess: false, pagination: false })
    const publishedKeys = pub.docs.map((d) => d.key).sort()
    expect(publishedKeys).toEqual(lines.filter((l) => l.status === 'confirmed').map((l) => l.id).sort())
    const drafts = await payload.find({ collection: 'supportServices', draft: true, overrideAccess: true, pagination: false, where: { _status: { equals: 'draft' } } })
    expect(drafts.docs.map((d) => d.key).sort()).toEqual(lines.filter((l) => l.status === 'verify').map((l) => l.id).sort())
    const kvinnofrid = pub.docs.find((d) => d.key === 'kvinnofridslinjen')
    expect(kvinnofrid?.phone).toBe('020-50 50 50')
  })

  it('is idempotent: a second run adds nothing', async () => {
    const before = await counts()
    await seed(payload, { force: true, log: () => {} })
    expect(await counts()).toEqual(before)
  })

  it('marks machine-drafted languages as needing review', async () => {
    const topic = (await payload.find({ collection: 'topics', where: { slug: { equals: 'vald-i-nara-relation' } }, locale: 'sv', limit: 1 })).docs[0]
    const so = await payload.findByID({ collection: 'topics', id: topic.id, locale: 'so', fallbackLocale: false })
    expect(so.adult?.review).toBe('needs-review')
    expect(topic.adult?.review).toBe('approved')
  })
  // The whole demo (topics, films, events, campaigns, reach) in eleven languages: minutes on a busy machine.
}, 300_000)

describe('the seed’s translations of what is not a topic', () => {
  it('give the footer, the key dates, every banner and every image’s alt text all ten languages, each needing review', async () => {
    const { rows } = await translationMatrix(payload)
    const banners = new Set(demoCampaigns.filter((c) => c.banner).map((c) => c.title))
    const alts = new Set(sampleImages.map((i) => i.alt.sv))
    const seeded = rows.filter(
      (r) => r.collection === 'siteSettings' || r.collection === 'keyDates' || (r.collection === 'campaigns' && banners.has(r.title)) || (r.collection === 'media' && alts.has(r.title)),
    )
    const titles = (c: string) => new Set(seeded.filter((r) => r.collection === c).map((r) => r.title))
    expect([titles('siteSettings').size, titles('keyDates').size]).toEqual([1, 1])
    // Every banner (the seed is run twice in this file: each campaign may be there twice) and every image.
    expect(titles('campaigns')).toEqual(banners)
    expect(titles('media')).toEqual(alts)
    for (const row of seeded) {
      expect(row.cells, `${row.collection} ${row.title}`).toEqual(Object.fromEntries(targetLocales.map((l) => [l, 'needs-review'])))
    }
  })
})

describe('search', () => {
  it('finds Swedish text with and without diacritics, stemmed', async () => {
    expect((await searchSite('sv', 'människohandel')).length).toBeGreaterThan(0)
    expect((await searchSite('sv', 'manniskohandel')).length).toBeGreaterThan(0)
    // "relationer" stems to the same word as "relation".
    expect((await searchSite('sv', 'relationer')).some((h) => h.slug === 'vald-i-nara-relation')).toBe(true)
  })

  it('searches the reader’s language, and Swedish text shown in its place', async () => {
    expect((await searchSite('ar', 'العنف')).some((h) => h.lang === 'ar')).toBe(true)
    expect((await searchSite('fa', 'خشونت')).length).toBeGreaterThan(0)
    expect((await searchSite('so', 'rabshad')).some((h) => h.lang === 'so')).toBe(true)
    // A topic not translated into Somali: found in Swedish under the Somali reader's search.
    const swedishOnly = await payload.create({ collection: 'topics', locale: 'sv', data: { adult: { title: 'Kanotpaddling på Ribersborg' }, focusArea: 'general', _status: 'published' } })
    try {
      expect((await searchSite('so', 'kanotpaddling')).some((h) => h.docId === swedishOnly.id && h.lang === 'sv')).toBe(true)
    } finally {
      await payload.delete({ collection: 'topics', id: swedishOnly.id })
    }
  })

  it('never finds drafts, and takes odd input calmly', async () => {
    expect(await searchSite('sv', 'Kriscentrum')).toEqual([])
    expect(await searchSite('sv', '   ')).toEqual([])
    await expect(searchSite('sv', `"' OR 1=1 -- ${'x'.repeat(5000)} & | ! :* \\`)).resolves.toBeInstanceOf(Array)
  })

  it('follows a publish and an unpublish', async () => {
    const made = await payload.create({ collection: 'topics', locale: 'sv', data: { adult: { title: 'Zebrafinkar i parken' }, focusArea: 'general', _status: 'published' } })
    expect((await searchSite('sv', 'zebrafinkar')).map((h) => h.docId)).toContain(made.id)
    await payload.update({ collection: 'topics', id: made.id, data: { _status: 'draft' } })
    expect((await searchSite('sv', 'zebrafinkar')).map((h) => h.docId)).not.toContain(made.id)
    await payload.delete({ collection: 'topics', id: made.id })
  })
})
