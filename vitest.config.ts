import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report gives CI its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Imports run Readability in a worker and the schema check compiles ajv: seconds on a busy 2-core CI machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/build-renderer.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page waits on imports and prints: seconds, not vitest's default 1 s, on a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
