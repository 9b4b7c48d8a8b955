import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MentoringPage } from '../../renderer/e2e/pages/MentoringPage';
import { SyncSettingsPage } from '../../renderer/e2e/pages/SyncSettingsPage';
import { WorkbooksPage } from '../../renderer/e2e/pages/WorkbooksPage';
import {
  createCommunityDatabase,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { errorMessage } from '../../shared/errors';
import { ipcChannels } from '../../shared/ipc/channels';
import { expect, projectRoot, readAppLog, test, type DesktopApp } from './fixtures';

// The built app (out/) in real Electron, each test on a new profile.

/** Opens a new workbook and its first mentoring session, with a typed note. */
async function workbookWithNote(app: DesktopApp, note: string): Promise<MentoringPage> {
  const workbooks = new WorkbooksPage(app.page);
  await expect(workbooks.heading()).toHaveText('Jūsu kopienas');
  await workbooks.create({ name: 'Olaines Zemgales iela' });
  const mentoring = new MentoringPage(app.page);
  await mentoring.gotoSessions();
  await mentoring.newSession();
  await mentoring.notesEditor().click();
  await app.page.keyboard.type(note);
  await mentoring.waitSaved();
  return mentoring;
}

/**
 * Links the app hands to the OS are recorded in main instead of opening a
 * browser on the test machine. Resolves once the stub is in place.
 */
async function recordExternalLinks(app: DesktopApp): Promise<() => Promise<string[]>> {
  const installed = await app.electron.evaluate(({ shell }) => {
    const opened: string[] = [];
    const record = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
    shell.openExternal = record;
    Object.assign(globalThis, { kopspeksOpenedLinks: opened });
    return shell.openExternal === record;
  });
  expect(installed, 'shell.openExternal could be replaced in main').toBe(true);
  return () =>
    app.electron.evaluate(
      () => (globalThis as unknown as { kopspeksOpenedLinks: string[] }).kopspeksOpenedLinks,
    );
}

/** The save dialog answers `filePath` without showing itself. */
async function answerSaveDialog(app: DesktopApp, filePath: string): Promise<void> {
  const installed = await app.electron.evaluate(({ dialog }, path) => {
    const answer = () => Promise.resolve({ canceled: false, filePath: path });
    Object.assign(dialog, { showSaveDialog: answer });
    return dialog.showSaveDialog === (answer as unknown);
  }, filePath);
  expect(installed, 'dialog.showSaveDialog could be replaced in main').toBe(true);
}

/** Every file under `dir` (the profile: IndexedDB, Local Storage, cookies, our JSON files). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A file's bytes; Windows may hold a file the app just closed for a moment longer. */
async function readSettled(file: string): Promise<Buffer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 20 || (code !== 'EBUSY' && code !== 'EPERM')) throw error;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}

test('a note typed in the app is still there after quitting and starting it again', async ({
  app,
}) => {
  const note = 'Runājām par talku parkā un soliņiem pie 3. kāpnes.';
  await workbookWithNote(app, note);
  const sessionUrl = app.page.url();
  expect(sessionUrl).toMatch(/^app:\/\/kopspeks\//);

  const restarted = await app.restart();
  // The app reopens the workbook used last.
  await expect(restarted.page.getByRole('heading', { level: 1 })).toHaveText(
    'Olaines Zemgales iela',
  );
  await restarted.page.goto(sessionUrl);
  const again = new MentoringPage(restarted.page);
  await expect(again.notesEditor()).toContainText(note);
});

test('the page has no Node and exactly the IPC contract as window.api', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  const page = await app.page.evaluate(() => {
    const api = window.api as unknown as Record<string, unknown> | undefined;
    return {
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      buffer: typeof (globalThis as Record<string, unknown>).Buffer,
      ipcRenderer: typeof (globalThis as Record<string, unknown>).ipcRenderer,
      apiKeys: api ? Object.keys(api).sort() : null,
      apiFrozen: api ? Object.isFrozen(api) : null,
      allFunctions: api ? Object.values(api).every((value) => typeof value === 'function') : null,
    };
  });
  expect(page).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    buffer: 'undefined',
    ipcRenderer: 'undefined',
    apiKeys: [...ipcChannels].sort(),
    apiFrozen: true,
    allFunctions: true,
  });
  // The page is on the app's own origin, in a renderer process of its own.
  expect(app.page.url()).toMatch(/^app:\/\/kopspeks\//);
  const renderers = await app.electron.evaluate(({ app: electronApp, BrowserWindow }) => {
    const pids = BrowserWindow.getAllWindows().map((window) => window.webContents.getOSProcessId());
    return electronApp
      .getAppMetrics()
      .filter((metric) => pids.includes(metric.pid))
      .map((metric) => ({ type: metric.type, sandboxed: metric.sandboxed ?? null }));
  });
  expect(renderers).toHaveLength(1);
  expect(renderers[0]?.type).toBe('Tab');
  // Electron reports the OS sandbox on Windows and macOS only.
  if (process.platform !== 'linux') expect(renderers[0]?.sandboxed).toBe(true);
});

test('navigation to another origin and window.open are refused', async ({ app }) => {
  const openedLinks = await recordExternalLinks(app);
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Jūsu kopienas');
  const start = app.page.url();

  // A new window, for a web link, the app's own page or a script.
  const opened = await app.page.evaluate(() =>
    [
      'https://example.org/from-window-open',
      'app://kopspeks/index.html',
      'javascript:alert(1)',
    ].map((url) => window.open(url) === null),
  );
  expect(opened).toEqual([true, true, true]);

  // The page itself leaving for another origin.
  await app.page.evaluate(() => {
    window.location.href = 'https://example.org/from-navigation';
  });
  // A web link goes to the system browser instead, and nothing else does.
  await expect
    .poll(openedLinks)
    .toEqual(['https://example.org/from-window-open', 'https://example.org/from-navigation']);
  expect(app.electron.windows()).toHaveLength(1);
  expect(app.page.url()).toBe(start);
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Jūsu kopienas');
});

test('app:// serves the renderer folder and nothing outside it', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  const mainBundle = await readFile(join(projectRoot, 'out', 'main', 'index.js'), 'utf8');
  expect(mainBundle).toContain('registerSchemesAsPrivileged');
  const answers = await app.page.evaluate(
    async (urls) => {
      const results: Record<string, { status: number | string; body: string }> = {};
      for (const url of urls) {
        try {
          const response = await fetch(url);
          results[url] = { status: response.status, body: await response.text() };
        } catch (error) {
          results[url] = { status: `failed: ${String(error)}`, body: '' };
        }
      }
      return results;
    },
    [
      'app://kopspeks/index.html',
      'app://kopspeks/../main/index.js',
      'app://kopspeks/%2e%2e/main/index.js',
      'app://kopspeks/..%2fmain%2findex.js',
      'app://kopspeks/..%5cmain%5cindex.js',
      'app://kopspeks/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://kopspeks/..%252fmain%252findex.js',
    ],
  );
  expect(answers['app://kopspeks/index.html']?.status).toBe(200);
  for (const [url, answer] of Object.entries(answers)) {
    if (url.endsWith('/index.html')) continue;
    expect(answer.status, url).not.toBe(200);
    expect(answer.body, url).not.toContain('registerSchemesAsPrivileged');
    expect(answer.body, url).not.toContain('"name": "kopspeks"');
  }
});

test.describe('the sync password', () => {
  let server: CouchServer;
  const user = {
    username: 'liga',
    password: 'Slepena-Parole-7',
    roles: ['kopspeks:leader:olaine'],
  };
  test.beforeAll(async () => {
    server = await startCouchServer();
    await createCommunityDatabase(server, 'olaine', [user]);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('is kept only through safeStorage, never in the clear', async ({ app }) => {
    const workbooks = new WorkbooksPage(app.page);
    await workbooks.create({ name: 'Olaines Zemgales iela' });
    const storage = await app.electron.evaluate(({ safeStorage }) => ({
      available: safeStorage.isEncryptionAvailable(),
      backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os',
    }));
    // Playwright starts Electron with --password-store=basic: on Linux that is
    // obfuscation, not encryption, and the app must refuse to keep a password.
    const secure = storage.available && !['basic_text', 'unknown'].includes(storage.backend);
    const sync = new SyncSettingsPage(app.page);
    const accountFile = join(app.userData, 'sync-account.json');

    if (secure) {
      await sync.signIn(server.url, user.username, user.password);
      const text = await readFile(accountFile, 'utf8');
      const stored = JSON.parse(text) as { username: string; password: string };
      expect(stored.username).toBe(user.username);
      expect(text).not.toContain(user.password);
      const decrypted = await app.electron.evaluate(
        ({ safeStorage }, encrypted) => safeStorage.decryptString(Buffer.from(encrypted, 'base64')),
        stored.password,
      );
      expect(decrypted).toBe(user.password);
    } else {
      await app.page.getByRole('link', { name: 'Iestatījumi' }).click();
      const section = app.page.getByRole('region', { name: 'Sinhronizācija' });
      await section.getByRole('textbox', { name: 'Servera adrese' }).fill(server.url);
      await section.getByRole('textbox', { name: 'Lietotājvārds' }).fill(user.username);
      await section.getByLabel('Parole').fill(user.password);
      await section.getByRole('button', { name: /Pierakstīties/ }).click();
      await expect(section.getByText(errorMessage('sync.noSecureStorage', 'lv'))).toBeVisible();
      await expect(stat(accountFile)).rejects.toThrow();
    }

    // Nothing the app keeps holds the password in the clear: not the page's
    // storage (IndexedDB, Local Storage), not the log, not our files.
    await app.quit();
    const clear = [Buffer.from(user.password, 'utf8'), Buffer.from(user.password, 'utf16le')];
    const base64 = Buffer.from(user.password).toString('base64');
    for (const file of await filesUnder(app.userData)) {
      const bytes = await readSettled(file);
      for (const needle of clear) expect(bytes.includes(needle), file).toBe(false);
      expect(bytes.toString('latin1').includes(base64), file).toBe(false);
    }
  });
});

test('a PDF is printed and written where the user chose', async ({ app }) => {
  await workbookWithNote(app, 'Zvanīt uz domi par apgaismojumu.');
  const pdf = join(app.userData, 'Kopsavilkums.pdf');
  await answerSaveDialog(app, pdf);
  await app.page.getByRole('button', { name: 'Kopsavilkums PDF' }).click();
  await expect
    .poll(async () => (await stat(pdf).catch(() => null))?.size ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(1000);
  const bytes = await readFile(pdf);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The printer window is gone; only the app's window is left.
  await expect.poll(() => app.electron.windows().length).toBe(1);
});

test('an error in the page lands in the app log, with no typed text in it', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await readAppLog(app)).toMatch(/ INFO app: started /);
  await app.page.evaluate(() => {
    setTimeout(() => {
      throw new TypeError(
        'e2e: the page failed on "Pagalmā trūkst soliņu un apgaismojuma pie kāpnes"',
      );
    }, 0);
  });
  await expect.poll(() => readAppLog(app)).toMatch(/ ERROR page: uncaught error .*TypeError/);
  const line = (await readAppLog(app))
    .split(/\r?\n/)
    .find((text) => text.includes('e2e: the page'));
  expect(line).toBeDefined();
  expect(line).not.toContain('soliņu');
});
