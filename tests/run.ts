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

import { add, tallyPlaywright, tallyStep, tallyVitest, type PlaywrightReport, type VitestReport } from './tally'

const node = process.execPath
const bin = (p: string) => path.resolve('node_modules', p)
fs.mkdirSync('test-results', { recursive: true })

function step(name: string, args: string[]) {
  console.log(`\n━━ ${name} ━━`)
  return spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }).status
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

/** A report left over from an earlier run must never be counted: remove it before its layer runs. */
function fresh(file: string) {
  fs.rmSync(file, { force: true })
  return file
}

let total = tallyStep('type check', step('type check', [bin('typescript/bin/tsc'), '--noEmit']))

const vitestReport = fresh('test-results/vitest.json')
const vitestExit = step('unit and integration tests (Vitest)', [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`])
total = add(total, tallyVitest(readJson<VitestReport>(vitestReport), vitestExit))

const e2eReport = fresh('test-results/e2e.json')
const e2eExit = step('browser tests (Playwright, built app)', [bin('tsx/dist/cli.mjs'), 'tests/e2e/run.ts'])
total = add(total, tallyPlaywright(readJson<PlaywrightReport>(e2eReport), e2eExit))

if (total.problems.length) console.log(`\nCounted as failures:\n${total.problems.map((p) => `- ${p}`).join('\n')}`)
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 ? 1 : 0)
