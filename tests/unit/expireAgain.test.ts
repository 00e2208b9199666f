import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => ({ revalidated: [] as string[][], afterTasks: [] as (() => Promise<void>)[], outside: false, databaseUp: true }))

vi.mock('next/cache', () => ({
  revalidateTag: (name: string) => {
    if (calls.outside) throw new Error('Invariant: static generation store missing')
    calls.revalidated.at(-1)!.push(name)
  },
}))
vi.mock('next/server', () => ({ after: (task: () => Promise<void>) => calls.afterTasks.push(task) }))
vi.mock('@/resilience/databaseWatch', () => ({ databaseIsUp: () => calls.databaseUp }))

const { expire, expireAgainAfterMs, pendingExpiries } = await import('@/site/cache')

beforeEach(() => {
  vi.useFakeTimers()
  calls.revalidated = []
  calls.afterTasks = []
  calls.outside = false
  calls.databaseUp = true
})
afterEach(() => vi.useRealTimers())

/** One round of revalidateTag calls. */
const round = () => calls.revalidated.push([])

describe('expiring the pages of a change', () => {
  it('expires the tags at once, and again once a render begun before the save has ended', async () => {
    round()
    expire('doc:topics:1', 'collection:topics')
    expect(calls.revalidated).toEqual([['doc:topics:1', 'collection:topics']])
    expect(calls.afterTasks).toHaveLength(1)
    expect(pendingExpiries()).toBe(1)
    round()
    const again = calls.afterTasks[0]!()
    await vi.advanceTimersByTimeAsync(expireAgainAfterMs - 1)
    expect(calls.revalidated[1]).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    await again
    expect(calls.revalidated[1]).toEqual(['doc:topics:1', 'collection:topics'])
    expect(pendingExpiries()).toBe(0)
  })

  it('waits while the database is away: a page expired then could not be made again', async () => {
    round()
    expire('collection:topics')
    round()
    calls.databaseUp = false
    const again = calls.afterTasks[0]!()
    await vi.advanceTimersByTimeAsync(expireAgainAfterMs + 30_000)
    expect(calls.revalidated[1]).toEqual([])
    calls.databaseUp = true
    await vi.advanceTimersByTimeAsync(1_000)
    await again
    expect(calls.revalidated[1]).toEqual(['collection:topics'])
  })

  it('does nothing more outside a Next server (a script has no cache and no renders)', () => {
    calls.outside = true
    round()
    expire('doc:topics:1')
    expect(calls.afterTasks).toHaveLength(0)
  })
})
