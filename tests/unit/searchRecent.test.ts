import { describe, expect, it } from 'vitest'

import { recentAnswers } from '@/search/recent'

function counted(answer: (n: number) => string[] = (n) => [`answer ${n}`]) {
  let asked = 0
  return { ask: () => Promise.resolve(answer(++asked)), get asked() { return asked } }
}

describe('recent search answers', () => {
  it('share one query between the same words in the same language, and no more', async () => {
    const recent = recentAnswers<string[]>({ lifetimeMs: 10_000, maxEntries: 10, clock: () => 0 })
    const query = counted()
    const same = await Promise.all([recent.get(['sv', 'våld', '20'], query.ask), recent.get(['sv', 'våld', '20'], query.ask)])
    expect(same).toEqual([['answer 1'], ['answer 1']])
    expect(await recent.get(['ar', 'våld', '20'], query.ask)).toEqual(['answer 2'])
    expect(await recent.get(['sv', 'våld hot', '20'], query.ask)).toEqual(['answer 3'])
    expect(query.asked).toBe(3)
  })

  it('forget an answer after its lifetime, and all at once when the index changes', async () => {
    let now = 0
    const recent = recentAnswers<string[]>({ lifetimeMs: 10_000, maxEntries: 10, clock: () => now })
    const query = counted()
    await recent.get(['sv', 'stöd', '20'], query.ask)
    now = 9_999
    expect(await recent.get(['sv', 'stöd', '20'], query.ask)).toEqual(['answer 1'])
    now = 10_000
    expect(await recent.get(['sv', 'stöd', '20'], query.ask)).toEqual(['answer 2'])
    recent.forget()
    expect(recent.size).toBe(0)
    expect(await recent.get(['sv', 'stöd', '20'], query.ask)).toEqual(['answer 3'])
  })

  it('keep no failed query: the next reader asks the database again', async () => {
    const recent = recentAnswers<string[]>({ lifetimeMs: 10_000, maxEntries: 10, clock: () => 0 })
    await expect(recent.get(['sv', 'hjälp', '20'], () => Promise.reject(new Error('database away')))).rejects.toThrow('database away')
    await Promise.resolve()
    expect(recent.size).toBe(0)
    expect(await recent.get(['sv', 'hjälp', '20'], () => Promise.resolve(['found']))).toEqual(['found'])
  })

  it('hold at most maxEntries answers, the oldest going first', async () => {
    const recent = recentAnswers<string[]>({ lifetimeMs: 10_000, maxEntries: 3, clock: () => 0 })
    const query = counted()
    for (const words of ['a', 'b', 'c', 'd']) await recent.get(['sv', words, '20'], query.ask)
    expect(recent.size).toBe(3)
    expect(await recent.get(['sv', 'd', '20'], query.ask)).toEqual(['answer 4'])
    expect(await recent.get(['sv', 'a', '20'], query.ask)).toEqual(['answer 5'])
  })
})
