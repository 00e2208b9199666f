/** How `npm test` counts (tests/tally.ts): a broken layer never shows as fewer tests. */
import { describe, expect, it } from 'vitest'

import { add, tallyPlaywright, tallyStep, tallyVitest, type PlaywrightReport, type VitestReport } from '../tally'

const vitest = (over: Partial<VitestReport> = {}): VitestReport => ({ numPassedTests: 3, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0, testResults: [], ...over })
const playwright = (over: Partial<PlaywrightReport> = {}): PlaywrightReport => ({ stats: { expected: 5, unexpected: 0, flaky: 1, skipped: 2 }, errors: [], ...over })

describe('counting Vitest', () => {
  it('counts passed, failed and skipped tests', () => {
    expect(tallyVitest(vitest({ numFailedTests: 2 }), 1)).toMatchObject({ passed: 3, failed: 2, skipped: 1 })
    expect(tallyVitest(vitest(), 0)).toMatchObject({ passed: 3, failed: 0, skipped: 1, problems: [] })
  })

  it('counts a file that failed to load as a failure (Vitest counts no test in it)', () => {
    // As Vitest 4 reports `import './missing'` in a test file.
    const report = vitest({ testResults: [{ name: '/x/load.test.ts', status: 'failed', message: "Cannot find module './missing'", assertionResults: [] }] })
    const t = tallyVitest(report, 1)
    expect(t.failed).toBe(1)
    expect(t.problems[0]).toContain('load.test.ts')
  })

  it('counts a file whose beforeAll threw as a failure, not as skipped tests only', () => {
    const report = vitest({ numPendingTests: 2, testResults: [{ name: '/x/hook.test.ts', status: 'failed', message: 'setup broke', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] }] })
    expect(tallyVitest(report, 1)).toMatchObject({ failed: 1, skipped: 2 })
  })

  it('does not count a file twice when its failure is a failed test', () => {
    const report = vitest({ numFailedTests: 1, testResults: [{ name: '/x/a.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'passed' }] }] })
    expect(tallyVitest(report, 1).failed).toBe(1)
  })

  it('counts a missing report, or a failed exit with nothing failed in it (a global setup threw), as a failure', () => {
    expect(tallyVitest(undefined, 1).failed).toBe(1)
    expect(tallyVitest(undefined, 0).failed).toBe(1)
    expect(tallyVitest(vitest(), 1)).toMatchObject({ passed: 3, failed: 1 })
  })
})

describe('counting Playwright', () => {
  it('counts flaky tests as passed and the rest as reported', () => {
    expect(tallyPlaywright(playwright({ stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 2 } }), 1)).toMatchObject({ passed: 6, failed: 1, skipped: 2 })
  })

  it('counts a globalSetup that threw as a failure (its report has no tests and an error at the top)', () => {
    const t = tallyPlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: 'Error: The e2e admin could not sign in (500)\n    at globalSetup' }] }, 1)
    expect(t).toMatchObject({ passed: 0, failed: 1 })
    expect(t.problems).toEqual(['Error: The e2e admin could not sign in (500)'])
  })

  it('counts a missing report (the server never started) and a failed exit with nothing failed as failures', () => {
    expect(tallyPlaywright(undefined, 1).failed).toBe(1)
    expect(tallyPlaywright(playwright(), 1).failed).toBe(1)
    expect(tallyPlaywright(playwright(), 0).failed).toBe(0)
  })
})

describe('the sum', () => {
  it('adds the layers, and a failed type check counts once', () => {
    const sum = add(add(tallyStep('type check', 2), tallyVitest(vitest(), 0)), tallyPlaywright(playwright(), 0))
    expect(sum).toMatchObject({ passed: 9, failed: 1, skipped: 3 })
    expect(tallyStep('type check', 0).failed).toBe(0)
  })
})
