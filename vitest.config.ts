import { defineConfig } from 'vitest/config';
import { browserSkipReason } from './test/browser/chrome.js';

// A fresh machine without Chromium still passes `npm test`: the browser tests are left out, with one line saying so.
const skipBrowser = browserSkipReason();
if (skipBrowser !== undefined) console.warn(skipBrowser);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(skipBrowser === undefined ? [] : ['test/browser/**'])],
    testTimeout: 120_000,
    // Compiles build/ once, for the tests that spawn `node bin/handover.js`.
    globalSetup: ['test/setup/build-cli.ts'],
  },
});
