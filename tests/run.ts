/**
 * `npm test`: the whole suite in three layers — type check, unit and integration (Vitest, the latter
 * on a throwaway PostgreSQL), then the browser tests on the built app (Playwright in Chromium), with
 * the accessibility, privacy, bad-input and resilience suites last (see tests/e2e/playwright.config.ts).
 * Every layer runs even when an earlier one fails; the last line sums them up. Speed is measured by
 * `npm run bench`, never here.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const node = process.execPath
const bin = (p: string) => path.resolve('node_modules', p)
fs.mkdirSync('test-results', { recursive: true })

interface Tally { passed: number; failed: number; skipped: number }
const total: Tally = { passed: 0, failed: 0, skipped: 0 }
let broken = false

function step(name: string, args: string[]) {
  console.log(`\n━━ ${name} ━━`)
  const { status } = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (status !== 0) broken = true
  return status === 0
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

if (!step('type check', [bin('typescript/bin/tsc'), '--noEmit'])) total.failed += 1

step('unit and integration tests (Vitest)', [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'])
const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>('test-results/vitest.json')
if (vitest) {
  total.passed += vitest.numPassedTests
  total.failed += vitest.numFailedTests
  total.skipped += vitest.numPendingTests + vitest.numTodoTests
} else total.failed += 1

fs.rmSync('test-results/e2e.json', { force: true })
step('browser tests (Playwright, built app)', [bin('tsx/dist/cli.mjs'), 'tests/e2e/run.ts'])
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>('test-results/e2e.json')
if (e2e) {
  total.passed += e2e.stats.expected + e2e.stats.flaky
  total.failed += e2e.stats.unexpected
  total.skipped += e2e.stats.skipped
} else total.failed += 1

if (broken && total.failed === 0) total.failed = 1
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 ? 1 : 0)
