import { defineConfig } from 'vitest/config';

// End-to-end tests: a real headless Chromium (Debian's) driven by playwright-core against the built
// files in dist/ (scripts/test.mjs builds first). One file at a time: these machines have two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
