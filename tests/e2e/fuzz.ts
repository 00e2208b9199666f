/**
 * `npm run test:fuzz`: the bad-input fuzz run alone (tests/e2e/badInput.spec.ts), with new random
 * seeds each time instead of `npm test`'s fixed ones. FUZZ_RUNS seeds (default 5) of FUZZ_REQUESTS
 * requests each (default 200); FUZZ_SEED=a,b repeats given seeds. A failure names its seed.
 */
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import path from 'node:path'

const runs = Number(process.env.FUZZ_RUNS ?? 5)
const seeds = process.env.FUZZ_SEED ?? Array.from({ length: runs }, () => randomInt(1, 2 ** 31)).join(',')
console.log(`bad-input fuzz: FUZZ_SEED=${seeds} FUZZ_REQUESTS=${process.env.FUZZ_REQUESTS ?? 200}`)
// --no-deps: the fuzz run alone, without the rest of the browser tests its project waits for in `npm test`.
const { status } = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'tests/e2e/run.ts', '--no-deps', 'badInput.spec.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seeds },
})
process.exit(status ?? 1)
