/**
 * The end-to-end tests (npm run test:e2e): test/e2e/, in Node, driving Debian's Chromium
 * (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core against the preview
 * (scripts/preview/). dist/ and out/preview/ are built first when stale (global-setup.ts).
 * One file at a time: each starts its own server and browser.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
