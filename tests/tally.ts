/**
 * How `npm test` counts (tests/run.ts): honestly. A report that is missing or unreadable, a test
 * file that failed to load or whose setup threw, and a Playwright globalSetup that threw each count
 * as a failure, so a broken layer never shows as fewer tests. Pure: the reports are parameters.
 */

export interface Tally {
  passed: number
  failed: number
  skipped: number
  /** Why something counted as failed without being a failed test. */
  problems: string[]
}

export const empty = (): Tally => ({ passed: 0, failed: 0, skipped: 0, problems: [] })

export function add(a: Tally, b: Tally): Tally {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped, problems: [...a.problems, ...b.problems] }
}

/** Vitest's JSON reporter (`--reporter=json`). */
export interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults?: { name: string; status: string; message?: string; assertionResults?: { status: string }[] }[]
}

export function tallyVitest(report: VitestReport | undefined, exitCode: number | null): Tally {
  if (!report) return { ...empty(), failed: 1, problems: ['Vitest wrote no report'] }
  const t: Tally = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, problems: [] }
  // A file that failed to load, or whose beforeAll or setup threw, has no failed test of its own.
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length
    if (file.status === 'failed' && failedTests === 0) {
      t.failed += 1
      t.problems.push(`${file.name}: ${(file.message ?? 'failed without a failed test').split('\n')[0]}`)
    }
  }
  if (exitCode !== 0 && t.failed === 0) {
    t.failed = 1
    t.problems.push(`Vitest exited with ${exitCode} (a global setup or teardown failed?)`)
  }
  return t
}

/** Playwright's JSON reporter. Top-level `errors` are failures outside any test (globalSetup, a file that does not load). */
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  errors?: { message?: string }[]
}

export function tallyPlaywright(report: PlaywrightReport | undefined, exitCode: number | null): Tally {
  if (!report) return { ...empty(), failed: 1, problems: ['Playwright wrote no report (the server or its database did not start?)'] }
  const t: Tally = { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped, problems: [] }
  for (const e of report.errors ?? []) {
    t.failed += 1
    t.problems.push((e.message ?? 'an error outside the tests').split('\n')[0])
  }
  if (exitCode !== 0 && t.failed === 0) {
    t.failed = 1
    t.problems.push(`Playwright exited with ${exitCode}`)
  }
  return t
}

/** The type check, or any step without a report of its own: one failure when it did not pass. */
export function tallyStep(name: string, exitCode: number | null): Tally {
  return exitCode === 0 ? empty() : { ...empty(), failed: 1, problems: [`${name} failed (exit ${exitCode})`] }
}
