import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built renderer in Debian's Chromium (Playwright
 * cannot download browsers here). Each test launches its own persistent
 * profile through the fixtures in renderer/e2e/fixtures.ts.
 */
export default defineConfig({
  testDir: 'renderer/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
