import { defineConfig } from 'vitest/config';

// Unit tests: logic and element behaviour in happy-dom. End-to-end tests have their own config.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
    globals: false,
    setupFiles: ['tests/unit/setup-browser.ts'],
  },
});
