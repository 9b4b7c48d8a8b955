import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebServer } from '../../scripts/serve-web.mjs';

/** Flags that let Debian's Chromium run headless here without reaching the internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Browser = {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and starts it again on the same profile folder. */
  relaunch: () => Promise<Browser>;
  close: () => Promise<void>;
};

type Fixtures = {
  /** A browser with its own new profile (its own IndexedDB), showing the app. */
  app: Browser;
  /** Launches another browser with its own profile, for tests with two users. */
  launchApp: (options?: { profileDir?: string }) => Promise<Browser>;
};

type WorkerFixtures = { baseUrl: string };

export const test = base.extend<Fixtures, WorkerFixtures>({
  baseUrl: [
    // Playwright requires the object pattern for a fixture without dependencies.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server: Server = await startWebServer(0);
      const { port } = server.address() as AddressInfo;
      await use(`http://127.0.0.1:${port}/`);
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  launchApp: async ({ baseUrl }, use) => {
    const folders: string[] = [];
    const open: BrowserContext[] = [];
    const launch = async (options: { profileDir?: string } = {}): Promise<Browser> => {
      const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'kopspeks-e2e-')));
      folders.push(profileDir);
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
        viewport: { width: 1280, height: 800 },
        locale: 'lv-LV',
      });
      open.push(context);
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => console.error('Page error:', error.message));
      await page.goto(baseUrl);
      const browser: Browser = {
        context,
        page,
        close: () => context.close(),
        relaunch: async () => {
          await context.close();
          return launch({ profileDir });
        },
      };
      return browser;
    };
    await use(launch);
    await Promise.all(open.map((context) => context.close().catch(() => undefined)));
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  },
  app: async ({ launchApp }, use) => {
    await use(await launchApp());
  },
});

export { expect } from '@playwright/test';
