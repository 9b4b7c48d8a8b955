import { test as base } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { electronEnvironment, electronForTests } from './electronLaunch';

/** The project folder: Electron starts it as an app, as `package.json` "main" says (out/main). */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

export type DesktopApp = {
  electron: ElectronApplication;
  /** The app's window. */
  page: Page;
  /** The app's own user data folder (`app.getPath('userData')`), new for each test. */
  userData: string;
  /** Quits as the user does (`app.quit()`), then starts the app again on the same profile. */
  restart: () => Promise<DesktopApp>;
  /** Quits as the user does. */
  quit: () => Promise<void>;
};

type Fixtures = {
  /** The built app in Electron, on a new profile, showing its first page. */
  app: DesktopApp;
  /** Starts another instance, on a new profile unless `userData` is given. */
  launchApp: (options?: { userData?: string }) => Promise<DesktopApp>;
};

export const test = base.extend<Fixtures>({
  // Playwright requires the object pattern for a fixture without dependencies.
  // eslint-disable-next-line no-empty-pattern
  launchApp: async ({}, use) => {
    const executablePath = electronForTests(projectRoot);
    const folders: string[] = [];
    const running = new Set<ElectronApplication>();

    const launch = async (options: { userData?: string } = {}): Promise<DesktopApp> => {
      const userData =
        options.userData ?? (await mkdtemp(join(tmpdir(), 'kopspeks-electron-e2e-')));
      if (!folders.includes(userData)) folders.push(userData);
      const electron = await _electron.launch({
        executablePath,
        // Electron honours Chromium's --user-data-dir as app.getPath('userData').
        args: [projectRoot, `--user-data-dir=${userData}`],
        cwd: projectRoot,
        env: electronEnvironment(process.env),
        timeout: 60_000,
      });
      running.add(electron);
      electron.on('close', () => running.delete(electron));
      const page = await electron.firstWindow();
      page.on('pageerror', (error) => console.error('Page error:', error.message));
      const quit = async () => {
        await electron.close();
        running.delete(electron);
      };
      return {
        electron,
        page,
        userData,
        quit,
        restart: async () => {
          await quit();
          return launch({ userData });
        },
      };
    };

    await use(launch);
    for (const electron of running) await electron.close().catch(() => undefined);
    // Windows keeps a folder locked for a moment after the process that used it exits.
    for (const folder of folders) {
      await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  },

  app: async ({ launchApp }, use) => {
    await use(await launchApp());
  },
});

export { expect } from '@playwright/test';

/** The app's log file as it stands, or '' before the first line. */
export async function readAppLog(app: DesktopApp): Promise<string> {
  try {
    return await readFile(join(app.userData, 'logs', 'kopspeks.log'), 'utf8');
  } catch {
    return '';
  }
}
