/** The bad-input fuzz run in `npm test` sends the same requests every day (tests/e2e/fuzzSeeds.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest'

import { fixedSeeds, fuzzSeeds } from '../e2e/fuzzSeeds'

describe('fuzz seeds', () => {
  afterEach(() => vi.useRealTimers())

  it('are the same fixed seeds on any day when none is given', () => {
    const days = ['2026-11-30T10:00:00Z', '2027-01-15T10:00:00Z', '2028-02-29T23:59:00Z'].map((iso) => {
      vi.useFakeTimers({ now: new Date(iso) })
      return fuzzSeeds({})
    })
    expect(days).toEqual([fixedSeeds, fixedSeeds, fixedSeeds])
    expect(fixedSeeds.length).toBeGreaterThan(1)
  })

  it('are the ones given in FUZZ_SEED, and a bad value is refused', () => {
    expect(fuzzSeeds({ FUZZ_SEED: '5' })).toEqual([5])
    expect(fuzzSeeds({ FUZZ_SEED: '5, 6' })).toEqual([5, 6])
    expect(() => fuzzSeeds({ FUZZ_SEED: 'x' })).toThrow(/FUZZ_SEED/)
  })
})
