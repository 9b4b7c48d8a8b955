import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCommunityDatabase,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { ipcChannels } from '../../shared/ipc/channels';
import { createElectronStandIn, type StandInOptions } from '../test-support/electronStandIn';
import { appEntryUrl } from './appProtocol';
import { runMainProcess, type MainProcessOptions } from './mainProcess';
import { defaultPageLogLimits } from './pageLog';
import type { AutoUpdaterLike } from './updater';

// The real main process (every module, the real electron-log file transport,
// real files in a temporary userData) against a stand-in of Electron's
// objects. Each hardening line in electron/main has a test here that fails
// without it.

const ourPage = { url: 'app://kopspeks/index.html', parent: null };

class FakeAutoUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: AutoUpdaterLike['logger'] = null;
  checkForUpdates = vi.fn(() => Promise.resolve(null));
  quitAndInstall = vi.fn();
}

let base: string;
let rendererDir: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kopspeks-main-'));
  rendererDir = join(base, 'out', 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kopspēks</title>');
  await writeFile(join(rendererDir, 'assets', 'index.js'), 'export {};');
  await mkdir(join(base, 'out', 'main'), { recursive: true });
  await writeFile(join(base, 'out', 'main', 'index.js'), 'the main process bundle');
  // Development runs echo the log to the console.
  for (const method of ['info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation(() => undefined);
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(base, { recursive: true, force: true });
});

async function start(
  options: Partial<StandInOptions> = {},
  extra: Partial<MainProcessOptions> = {},
) {
  const standIn = createElectronStandIn({
    userData: join(base, 'userData'),
    isPackaged: true,
    ...options,
  });
  const updater = new FakeAutoUpdater();
  const main = runMainProcess(standIn.electron, {
    process: standIn.process,
    rendererDir,
    preloadPath: join(base, 'out', 'preload', 'index.cjs'),
    fetch: (url, init) => fetch(url, init),
    loadAutoUpdater: () => Promise.resolve(updater),
    ...extra,
  });
  await main.started;
  const window = standIn.windows[0];
  return { standIn, main, window, updater };
}

const readLog = async () => readFile(join(base, 'userData', 'logs', 'kopspeks.log'), 'utf8');

describe('the main window', () => {
  it('is sandboxed and isolated, with no Node in the page, and loads app://', async () => {
    const { standIn, window } = await start();
    expect(standIn.windows).toHaveLength(1);
    expect(window?.options.webPreferences).toMatchObject({
      preload: join(base, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window?.webContents.url).toBe(appEntryUrl);
    // Every renderer is sandboxed, set before the app is ready.
    expect(standIn.calls).toContain('app.enableSandbox');
  });

  it('is shown once painted, at the size it had, and focused for a second instance', async () => {
    const { standIn, window } = await start();
    expect(window?.shown).toBe(false);
    await vi.waitFor(() => expect(window?.shown).toBe(true));
    window!.minimized = true;
    window!.shown = false;
    standIn.app.emit('second-instance');
    expect(window).toMatchObject({ minimized: false, shown: true, focused: true });
  });

  it('never opens in a development server’s page in a packaged app', async () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    const packaged = await start({ env });
    expect(packaged.window?.webContents.url).toBe(appEntryUrl);
    // In development it does, and that origin counts as the app's own.
    const dev = await start({ env, isPackaged: false, userData: join(base, 'dev') });
    const devWindow = dev.standIn.windows[0]!;
    expect(devWindow.webContents.url).toBe('http://localhost:5173/');
    expect(devWindow.webContents.navigate('http://localhost:5173/settings')).toBe(true);
  });
});

describe('a page stays on the app’s own pages', () => {
  it('may navigate within app:// but not to another origin, which opens in the browser instead', async () => {
    const { standIn, window } = await start();
    const page = window!.webContents;
    expect(page.navigate('app://kopspeks/settings')).toBe(true);
    expect(page.navigate('https://evil.example/phish')).toBe(false);
    expect(page.navigate('http://127.0.0.1:5984/_utils')).toBe(false);
    expect(page.navigate('app://other-host/index.html')).toBe(false);
    expect(page.navigate('file:///etc/passwd')).toBe(false);
    await vi.waitFor(() =>
      expect(standIn.opened.external).toEqual([
        'https://evil.example/phish',
        'http://127.0.0.1:5984/_utils',
      ]),
    );
  });

  it('follows no redirect away and attaches no <webview>', async () => {
    const { window } = await start();
    expect(window!.webContents.redirect('app://kopspeks/index.html')).toBe(true);
    expect(window!.webContents.redirect('https://evil.example/')).toBe(false);
    expect(window!.webContents.attachWebview()).toBe(false);
  });

  it('opens no new window: links go to the browser if allowed, the rest nowhere', async () => {
    const { standIn, window } = await start();
    const page = window!.webContents;
    for (const url of [
      'https://example.lv/',
      'app://kopspeks/index.html',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
    ]) {
      expect(page.openWindow(url), url).toBe('deny');
    }
    await vi.waitFor(() => expect(standIn.opened.external).toEqual(['https://example.lv/']));
    expect(standIn.windows).toHaveLength(1);
  });

  it('holds for every page made later too, such as the PDF printer', async () => {
    const { standIn } = await start();
    standIn.answerNextSaveDialog(join(base, 'needs.pdf'));
    await standIn.invoke('file:savePdf', { suggestedName: 'needs', html: '<p>x</p>' }, ourPage);
    const printer = standIn.windows[1]!;
    expect(printer.webContents.openWindow('https://example.lv/')).toBe('deny');
    expect(printer.webContents.navigate('https://evil.example/')).toBe(false);
  });
});

describe('the session', () => {
  it('denies every permission a page asks for or checks', async () => {
    const { standIn } = await start();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      expect(await standIn.requestPermission(permission), permission).toBe(false);
    }
    expect(standIn.checkPermission()).toBe(false);
  });

  it('puts the strict content security policy on every response', async () => {
    const { standIn } = await start();
    const headers = standIn.responseHeaders({ 'Content-Type': ['text/html'] });
    const policy = [headers['Content-Security-Policy']].flat().join('; ');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
  });

  it('leaves the policy to the development server’s pages in development', async () => {
    const { standIn } = await start({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' },
    });
    expect(standIn.responseHeaders({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
    });
  });
});

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme before the app is ready', async () => {
    const { standIn } = await start();
    expect(standIn.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer folder with the policy', async () => {
    const { standIn } = await start();
    const page = await standIn.fetchScheme('app://kopspeks/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Kopspēks</title>');
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect((await standIn.fetchScheme('app://kopspeks/assets/index.js')).status).toBe(200);
  });

  it('serves nothing outside the renderer folder', async () => {
    const { standIn } = await start();
    for (const url of [
      'app://kopspeks/../main/index.js',
      'app://kopspeks/%2e%2e/main/index.js',
      'app://kopspeks/..%2fmain%2findex.js',
      'app://kopspeks/..%5cmain%5cindex.js',
      'app://kopspeks/%2e%2e%2f%2e%2e%2fuserData%2flogs%2fkopspeks.log',
      `app://kopspeks/${encodeURIComponent(join(base, 'out', 'main', 'index.js'))}`,
      'app://another-host/index.html',
    ]) {
      const response = await standIn.fetchScheme(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('main process bundle');
    }
  });
});

describe('IPC', () => {
  it('answers exactly the contract’s channels', async () => {
    const { standIn } = await start();
    expect(standIn.channels().toSorted()).toEqual([...ipcChannels].toSorted());
  });

  it('answers our page and refuses other senders', async () => {
    const { standIn } = await start();
    expect(await standIn.invoke('app:getInfo', undefined, ourPage)).toEqual({
      ok: true,
      value: { version: '0.1.0', runtime: 'electron', platform: 'linux' },
    });
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://kopspeks/index.html', parent: {} },
      { url: 'app://other/index.html', parent: null },
      { url: 'file:///index.html', parent: null },
      null,
    ]) {
      expect(await standIn.invoke('settings:get', undefined, frame), JSON.stringify(frame)).toEqual(
        { ok: false, code: 'ipc.untrustedSender' },
      );
    }
  });

  it('refuses input the contract does not allow', async () => {
    const { standIn } = await start();
    expect(await standIn.invoke('settings:update', { locale: 'de' }, ourPage)).toEqual({
      ok: false,
      code: 'ipc.badInput',
    });
  });

  it('follows the language in the menu', async () => {
    const { standIn } = await start();
    expect(standIn.menuItem('Palīdzība')).toBeDefined();
    await standIn.invoke('settings:update', { locale: 'en' }, ourPage);
    expect(standIn.menuItem('Help')).toBeDefined();
  });
});

describe('the sync password', () => {
  let server: CouchServer;
  const user = {
    username: 'liga',
    password: 'Slepena-Parole-1',
    roles: ['kopspeks:leader:olaine'],
  };
  beforeAll(async () => {
    server = await startCouchServer();
    await createCommunityDatabase(server, 'olaine', [user]);
  }, 30_000);
  afterAll(async () => {
    await server.stop();
  });
  const signIn = (standIn: Awaited<ReturnType<typeof start>>['standIn']) =>
    standIn.invoke(
      'sync:signIn',
      { serverUrl: server.url, username: user.username, password: user.password },
      ourPage,
    );

  it('is kept only encrypted by safeStorage, in userData', async () => {
    const { standIn } = await start();
    expect(await signIn(standIn)).toMatchObject({ ok: true });
    const file = await readFile(join(base, 'userData', 'sync-account.json'), 'utf8');
    const stored = JSON.parse(file) as { password: string };
    expect(file).not.toContain(user.password);
    expect(file).not.toContain(Buffer.from(user.password).toString('base64'));
    expect(standIn.safeStorage.decryptString(Buffer.from(stored.password, 'base64'))).toBe(
      user.password,
    );
    expect(await readLog()).not.toContain(user.password);
  });

  it('is not kept where the OS offers no secure storage', async () => {
    for (const secureStorage of [
      { available: false },
      // Linux without a keyring: Electron "encrypts" with a fixed key.
      { available: true, backend: 'basic_text' },
    ]) {
      const userData = join(base, `no-keyring-${secureStorage.available}`);
      const { standIn } = await start({ secureStorage, userData });
      expect(await signIn(standIn)).toEqual({ ok: false, code: 'sync.noSecureStorage' });
      expect(await readdir(userData)).not.toContain('sync-account.json');
    }
  });
});

describe('saving files', () => {
  it('prints a PDF in a hidden window that runs no script, and writes it where the user chose', async () => {
    const { standIn, window } = await start();
    const path = join(base, 'Vajadzības.pdf');
    standIn.answerNextSaveDialog(path);
    expect(
      await standIn.invoke(
        'file:savePdf',
        { suggestedName: 'Vajadzības', html: '<h1>x</h1>' },
        ourPage,
      ),
    ).toEqual({ ok: true, value: { saved: true, fileName: 'Vajadzības.pdf' } });
    expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(standIn.saveDialogs[0]?.parent).toBe(window);
    const printer = standIn.windows[1]!;
    expect(printer.options.show).toBe(false);
    expect(printer.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(printer.options.webPreferences?.preload).toBeUndefined();
    expect(printer.destroyed).toBe(true);
  });

  it('writes nothing when the user cancels', async () => {
    const { standIn } = await start();
    standIn.answerNextSaveDialog(null);
    expect(
      await standIn.invoke(
        'file:saveText',
        { suggestedName: 'needs', content: 'a,b', format: 'csv' },
        ourPage,
      ),
    ).toEqual({ ok: true, value: { saved: false } });
  });
});

describe('the log', () => {
  it('is written to userData/logs from the start, and Help → Show logs opens that folder', async () => {
    const { standIn } = await start({ platform: 'win32' });
    expect(await readLog()).toMatch(/ INFO app: started \{"version":"0.1.0","platform":"win32"\}/);
    const showLogs = standIn.menuItem('Rādīt žurnālfailus');
    expect(showLogs).toBeDefined();
    (showLogs?.click as () => void)();
    expect(standIn.opened.paths).toEqual([join(base, 'userData', 'logs')]);
  });

  it('gets the page’s errors through IPC, with their code and without what the user wrote', async () => {
    const { standIn } = await start();
    expect(
      await standIn.invoke(
        'log:write',
        {
          level: 'error',
          event: 'db: could not open the database',
          code: 'db.openFailed',
          error: {
            name: 'UnknownError',
            message: 'Internal error opening backing store; password=Slepena-Parole-1',
          },
          details: { communityId: 'olaine' },
        },
        ourPage,
      ),
    ).toEqual({ ok: true, value: null });
    const line = (await readLog()).split(/\r?\n/).find((text) => text.includes('page: db:'));
    expect(line).toMatch(/ ERROR page: db: could not open the database \{"code":"db.openFailed",/);
    expect(line).toContain('Internal error opening backing store');
    expect(line).toContain('olaine');
    expect(line).not.toContain('Slepena-Parole-1');
  });

  it('does not let a page loop flood it', async () => {
    const { standIn } = await start();
    const entry = { level: 'warn', event: 'ui: a section failed to render' };
    // The clock stands still: the loop gets the burst and nothing more.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let index = 0; index < 500; index += 1) {
        expect(await standIn.invoke('log:write', entry, ourPage)).toEqual({
          ok: true,
          value: null,
        });
      }
    } finally {
      vi.useRealTimers();
    }
    const written = (await readLog()).match(/page: ui: a section failed to render/g) ?? [];
    expect(written).toHaveLength(defaultPageLogLimits.burst);
  });

  it('records crashes of the main process and of pages', async () => {
    const { standIn } = await start();
    standIn.process.emit('uncaughtException', new Error('boom in main'));
    standIn.app.emit(
      'render-process-gone',
      {},
      { getURL: () => 'app://kopspeks/index.html?q=secret' },
      { reason: 'oom', exitCode: 133 },
    );
    const log = await readLog();
    expect(log).toContain('crash: uncaught exception in the main process');
    expect(log).toContain('boom in main');
    expect(log).toMatch(/crash: a page process is gone .*"reason":"oom"/);
    expect(log).not.toContain('q=secret');
  });
});

describe('the app’s life', () => {
  it('quits at once when another instance is running, opening nothing', async () => {
    const { standIn } = await start({ singleInstance: false });
    expect(standIn.calls).toContain('app.quit');
    expect(standIn.windows).toHaveLength(0);
    expect(standIn.channels()).toEqual([]);
  });

  it('waits for the window state to be on disk before quitting', async () => {
    const { standIn, window } = await start();
    window!.emit('close');
    standIn.app.quit();
    expect(standIn.app.quitting).toBe(false);
    await vi.waitFor(() => expect(standIn.app.quitting).toBe(true));
    const state = JSON.parse(
      await readFile(join(base, 'userData', 'window-state.json'), 'utf8'),
    ) as { bounds: { width: number } };
    expect(state.bounds.width).toBe(1280);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const linux = await start();
    linux.standIn.app.emit('window-all-closed');
    expect(linux.standIn.calls).toContain('app.quit');
    const mac = await start({ platform: 'darwin', userData: join(base, 'mac') });
    mac.standIn.app.emit('window-all-closed');
    expect(mac.standIn.calls).not.toContain('app.quit');
    // Clicking the dock icon opens a window again.
    mac.window!.destroy();
    mac.standIn.app.emit('activate');
    await vi.waitFor(() => expect(mac.standIn.windows).toHaveLength(2));
  });

  it('updates a packaged app only, through electron-updater', async () => {
    const packaged = await start();
    expect(packaged.updater.autoDownload).toBe(true);
    expect(await packaged.standIn.invoke('update:getState', undefined, ourPage)).toMatchObject({
      ok: true,
      value: { currentVersion: '0.1.0' },
    });
    const load = vi.fn(() => Promise.resolve(new FakeAutoUpdater()));
    const dev = await start(
      { isPackaged: false, userData: join(base, 'dev') },
      { loadAutoUpdater: load },
    );
    expect(load).not.toHaveBeenCalled();
    expect(await dev.standIn.invoke('update:getState', undefined, ourPage)).toMatchObject({
      ok: true,
      value: { status: 'unavailable' },
    });
  });

  it('exits with an error, logged, when it cannot start', async () => {
    const broken = createElectronStandIn({ userData: join(base, 'broken'), isPackaged: true });
    broken.electron.screen.getPrimaryDisplay = () => {
      throw new Error('no display');
    };
    const main = runMainProcess(broken.electron, {
      process: broken.process,
      rendererDir,
      preloadPath: join(base, 'preload.cjs'),
      fetch: (url, init) => fetch(url, init),
      loadAutoUpdater: () => Promise.resolve(new FakeAutoUpdater()),
    });
    await main.started;
    expect(broken.app.exitCode).toBe(1);
    expect(await readFile(join(base, 'broken', 'logs', 'kopspeks.log'), 'utf8')).toContain(
      'main: start-up failed',
    );
  });
});
