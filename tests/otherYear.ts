/**
 * `npm run test:other-year`: the tests with the machine's clock in another year, to prove that none
 * depends on the calendar year or today's date except through the site's clock (src/site/clock.ts).
 * Debian's `faketime` (libfaketime, by LD_PRELOAD) shifts the clock of every process started below:
 * Node, PostgreSQL and Chromium alike. The shift is one fixed offset, so all of them agree on the
 * time and it goes on ticking.
 *
 *   npm run test:other-year                                    # all of npm test, on each date
 *   npm run test:other-year -- tests/e2e/run.ts wheel.spec.ts  # another tsx script and its arguments
 *   OTHER_YEAR_DATES=2031-12-31T23:30:00Z npm run test:other-year
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const dates = (process.env.OTHER_YEAR_DATES ?? '2027-01-15T10:00:00Z 2028-02-29T10:00:00Z').split(/\s+/).filter(Boolean)
const [script = 'tests/run.ts', ...args] = process.argv.slice(2)

if (spawnSync('faketime', ['-f', '+0', 'true']).status !== 0) {
  console.error('faketime is missing: apt-get install faketime (Debian)')
  process.exit(2)
}

const results: string[] = []
for (const date of dates) {
  const target = new Date(date)
  if (Number.isNaN(target.getTime())) throw new Error(`Not a date: ${date}`)
  const offset = Math.round((target.getTime() - Date.now()) / 1000)
  console.log(`\n━━ ${script} ${args.join(' ')} with the clock at ${target.toISOString()} (faketime ${offset >= 0 ? '+' : ''}${offset} s) ━━`)
  const { status } = spawnSync('faketime', ['-f', `${offset >= 0 ? '+' : ''}${offset}`, process.execPath, path.resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], { stdio: 'inherit' })
  results.push(`${target.toISOString()}: ${status === 0 ? 'passed' : `FAILED (exit ${status})`}`)
}
console.log(`\n${results.join('\n')}`)
process.exit(results.every((r) => r.endsWith('passed')) ? 0 : 1)
