import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // Compiles build/ once, for the tests that spawn `node bin/handover.js`.
    globalSetup: ['test/setup/build-cli.ts'],
  },
});
