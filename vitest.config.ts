import path from 'node:path'

import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // next-intl's ESM imports `next/server` without an extension, which Node's resolver refuses
          // (Next's bundler does not): let Vite resolve it, for the proxy's tests.
          server: { deps: { inline: ['next-intl'] } },
          // A few checks walk every case (the proxy's matchers over tens of thousands of addresses,
          // the XLIFF import's limits): 4–8 s each on a busy 2-core runner, where Vitest's default
          // 5 s failed one in a CI run on 2026-12-01.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // One throwaway PostgreSQL for the run; files share it one after another.
          globalSetup: ['tests/integration/globalSetup.ts'],
          setupFiles: ['tests/integration/setupEnv.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
