/**
 * Which document a page's address counts for: topics in both variants, brochures, public events and
 * films (their own pages only, one per language, as the adult variant); nothing else.
 */
import { describe, expect, it, vi } from 'vitest'

vi.mock('@/topics/queries', () => ({ findTopicBySlug: async (slug: string) => (slug === 'stod' ? { id: 1 } : undefined) }))
vi.mock('@/brochures/queries', () => ({ listBrochures: async () => [] }))
vi.mock('@/events/queries', () => ({ findPublicEvent: async (slug: string) => (slug === '2031-03-10-föreläsning' ? { id: 7 } : undefined) }))
vi.mock('@/films/site/queries', () => ({ findFilm: async (slug: string) => (slug === 'om-kontroll' ? { id: 9 } : undefined) }))

const { pageAt } = await import('@/reach/pages')

describe('pageAt', () => {
  it('counts an event page per language, as the adult variant', async () => {
    expect(await pageAt(`/ar/evenemang/${encodeURIComponent('2031-03-10-föreläsning')}`)).toEqual({ collection: 'events', id: 7, language: 'ar', variant: 'adult' })
    expect(await pageAt('/sv/evenemang/2031-03-10-föreläsning')).toEqual({ collection: 'events', id: 7, language: 'sv', variant: 'adult' })
  })

  it('counts a film page per language, as the adult variant', async () => {
    expect(await pageAt('/so/film/om-kontroll')).toEqual({ collection: 'films', id: 9, language: 'so', variant: 'adult' })
  })

  it('counts nothing for an unknown or non-public event or film, their files, lists or a children’s address', async () => {
    for (const path of [
      '/sv/evenemang/okänt',
      '/sv/evenemang',
      '/sv/evenemang/2031-03-10-föreläsning/kalender.ics',
      '/sv/barn/evenemang/2031-03-10-föreläsning',
      '/sv/film',
      '/sv/film/om-kontroll/samtal',
      '/sv/film/okänd',
      '/sv/barn/film/om-kontroll',
      '/xx/film/om-kontroll',
    ])
      expect(await pageAt(path), path).toBeUndefined()
  })

  it('still counts topics in both variants', async () => {
    expect(await pageAt('/en/barn/amne/stod')).toEqual({ collection: 'topics', id: 1, language: 'en', variant: 'child' })
    expect(await pageAt('/en/amne/stod')).toEqual({ collection: 'topics', id: 1, language: 'en', variant: 'adult' })
  })
})

describe('demo views of the seeded events', () => {
  it('fall on the event report’s days, in the event’s languages, adult, on its page only', async () => {
    const { demoEventRows } = await import('@/reach/seed')
    const rows = demoEventRows([{ id: 5, startsAt: '2031-03-11T13:00:00.000Z', endsAt: '2031-03-11T14:30:00.000Z', languages: ['sv', 'ar'] }])
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['sv', 'ar']))
    expect(rows.every((r) => r.collection === 'events' && r.id === 5 && r.variant === 'adult' && r.count > 0)).toBe(true)
    const days = rows.map((r) => r.day).sort()
    expect([days[0] >= '2031-02-12', days.at(-1)]).toEqual([true, '2031-03-11'])
    // More readers as the day nears: the last week outweighs the first.
    const sum = (from: string, to: string) => rows.filter((r) => r.day >= from && r.day <= to).reduce((a, r) => a + r.count, 0)
    expect(sum('2031-03-05', '2031-03-11')).toBeGreaterThan(sum('2031-02-12', '2031-02-18'))
  })
})
