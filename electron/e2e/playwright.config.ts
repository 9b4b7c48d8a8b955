import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built app in real Electron (`npm run
 * test:electron`, which finds the binary or says why these did not run).
 * One app at a time: each test starts Electron on its own new profile.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
