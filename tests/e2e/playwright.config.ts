import fs from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

/** A system Chromium where there is one (CHROMIUM_PATH, else Debian's), otherwise Playwright's own. */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p))

export default defineConfig({
  testDir: '.',
  globalSetup: './globalSetup.ts',
  // Staff sign-ins through the admin first, one at a time; then the crawl of the seeded site in
  // every language (it must see the site before any test makes content of its own; alone, so a
  // cold cache's first renders do not crowd the database); then everything else; then alone the
  // fuzz run (it compares the database before and after, so nothing else may write meanwhile); last
  // the resilience spec, which stops the database under the running app.
  projects: [
    { name: 'staff', testMatch: 'admin.spec.ts', fullyParallel: false },
    { name: 'seeded-site', testMatch: 'seededSite.spec.ts', dependencies: ['staff'] },
    {
      name: 'site',
      testMatch: '**/*.spec.ts',
      testIgnore: ['admin.spec.ts', 'seededSite.spec.ts', 'badInput.spec.ts', 'resilience.spec.ts'],
      dependencies: ['seeded-site'],
    },
    { name: 'bad-input', testMatch: 'badInput.spec.ts', dependencies: ['site'] },
    { name: 'resilience', testMatch: 'resilience.spec.ts', fullyParallel: false, dependencies: ['bad-input'] },
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
