import { beforeEach, describe, expect, it, vi } from 'vitest'

const world = vi.hoisted(() => ({ databaseUp: false, watchSaysUp: true, reads: 0 }))

// Next's unstable_cache as it behaves: an answer is kept for the key, a thrown error is not.
vi.mock('next/cache', () => ({
  unstable_cache: <T,>(load: () => Promise<T>) => {
    let kept: { value: T } | undefined
    return async () => (kept ??= { value: await load() }).value
  },
}))
vi.mock('@/resilience/databaseWatch', () => ({ databaseIsUp: () => world.watchSaysUp }))
vi.mock('@/site/payload', () => ({
  payloadClient: async () => ({
    findGlobal: async ({ slug }: { slug: string }) => {
      world.reads++
      if (!world.databaseUp) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
      return slug === 'siteSettings'
        ? { emergencyNumber: '112', quickExitUrl: 'https://www.example.org/', emergencyServices: [7, { id: 9 }] }
        : { footerLinks: [] }
    },
  }),
}))

const { defaultSettings, getSiteSettings } = await import('@/site/settings')

beforeEach(() => {
  world.databaseUp = false
  world.watchSaysUp = true
  world.reads = 0
})

describe('the site settings through a database outage', () => {
  it('are the defaults while the database is away, and the editors’ settings once it is back', async () => {
    expect(await getSiteSettings()).toEqual(defaultSettings)
    world.databaseUp = true
    const after = await getSiteSettings()
    expect(after.quickExitUrl).toBe('https://www.example.org/')
    expect(after.emergencyServiceIds).toEqual([7, 9])
    // Kept from then on: no read of the database per page.
    const reads = world.reads
    await getSiteSettings()
    expect(world.reads).toBe(reads)
  })
})

describe('the site settings while the watch knows the database is away', () => {
  it('are the defaults without asking it (no wait for a connection timeout per page)', async () => {
    vi.resetModules()
    const fresh = await import('@/site/settings')
    world.watchSaysUp = false
    expect(await fresh.getSiteSettings()).toEqual(fresh.defaultSettings)
    expect(world.reads).toBe(0)
    world.watchSaysUp = true
    world.databaseUp = true
    expect((await fresh.getSiteSettings()).emergencyServiceIds).toEqual([7, 9])
  })
})
