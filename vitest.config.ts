import { defineConfig } from 'vitest/config';

// Unit tests: logic and element behaviour in happy-dom. End-to-end tests have their own config.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
    globals: false,
    setupFiles: ['tests/unit/setup-browser.ts'],
    // @lit/react's "node" build renders for a server (props as data, none set on the element); the React wrappers'
    // tests need its browser build, so it is bundled by Vite with the browser condition rather than loaded by Node.
    server: { deps: { inline: ['@lit/react'] } },
  },
  resolve: { conditions: ['browser'] },
});
