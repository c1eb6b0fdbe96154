import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships both CommonJS and ESM builds; Pothos and yoga load it as Node does, so our own
// imports must resolve to the same file or graphql refuses types "from another module or realm".
const graphqlEntry = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

// Three projects: pure unit tests run in parallel; integration and e2e tests share one
// throwaway Neo4j (started by the global setup) and so run one file at a time.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // answers reflect every write at once (analysis-lag.test.ts sets a lag where it tests one)
          env: { CYSWLLT_ANALYSIS_MAX_LAG_MS: '0' },
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          env: { CYSWLLT_ANALYSIS_MAX_LAG_MS: '0' },
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
