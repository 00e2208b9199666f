import fs from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

/** A system Chromium where there is one (CHROMIUM_PATH, else Debian's), otherwise Playwright's own. */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p))

export default defineConfig({
  testDir: '.',
  globalSetup: './globalSetup.ts',
  // One after another: the staff sign-ins through the admin (one at a time); then the crawl of the
  // seeded site in every language (it must see the site before any test makes content of its own;
  // alone, so a cold cache's first renders do not crowd the database); then everything else; then
  // the tests that move the site's clock (`*.clock.spec.ts`, one worker), so no other test reads a
  // moved clock; then the fuzz run (it compares the database before and after, so nothing else may
  // write meanwhile); then the resilience spec, which stops the database under the running app; then
  // the edge's outage spec, which stops the app itself behind the edge; last the several-instances
  // spec, which replaces the app by two instances, a worker and Redis of its own.
  // tests/unit/testRules.test.ts checks this order.
  projects: [
    { name: 'staff', testMatch: 'admin.spec.ts', fullyParallel: false },
    { name: 'seeded-site', testMatch: 'seededSite.spec.ts', dependencies: ['staff'] },
    {
      name: 'site',
      testMatch: '**/*.spec.ts',
      testIgnore: ['admin.spec.ts', 'seededSite.spec.ts', '**/*.clock.spec.ts', 'badInput.spec.ts', 'resilience.spec.ts', 'edgeOutage.spec.ts', 'multiInstance.spec.ts'],
      dependencies: ['seeded-site'],
    },
    { name: 'clock', testMatch: '**/*.clock.spec.ts', fullyParallel: false, workers: 1, dependencies: ['site'] },
    { name: 'bad-input', testMatch: 'badInput.spec.ts', dependencies: ['clock'] },
    { name: 'resilience', testMatch: 'resilience.spec.ts', fullyParallel: false, dependencies: ['bad-input'] },
    { name: 'edge-outage', testMatch: 'edgeOutage.spec.ts', dependencies: ['resilience'] },
    { name: 'several-instances', testMatch: 'multiInstance.spec.ts', fullyParallel: false, workers: 1, dependencies: ['edge-outage'] },
  ],
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 30_000,
  // Admin pages are rendered on the server; on two busy cores a navigation can take longer than 5 s.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:3100',
    ...devices['Pixel 7'],
    browserName: 'chromium',
    launchOptions: {
      executablePath: systemChromium,
      // A closed network: Chromium's own background traffic would only fail and add noise.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
})
