import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../scripts/test-support/couchServer';
import { createBackupStore } from './backupStore';
import { createFileExporter } from './fileExport';
import { handleIpcCall } from './ipc';
import { createIpcHandlers } from './ipcHandlers';
import type { PageLog } from './pageLog';
import { openSettingsStore } from './settingsStore';
import { openSyncAccount } from './syncAccount';
import { fakeSafeStorage } from './syncTesting';
import { createNoUpdates } from './updater';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setUp() {
  const settings = await openSettingsStore({ file: join(dir, 'settings.json') });
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const pageLog = { write: vi.fn<PageLog['write']>() };
  const handlers = createIpcHandlers({
    version: '0.1.0',
    platform: 'win32',
    settings,
    openExternal,
    files: createFileExporter({
      showSaveDialog: () => Promise.resolve(null),
      writeFile: () => Promise.resolve(),
      renderPdf: () => Promise.resolve(new Uint8Array()),
      defaultDir: dir,
    }),
    sync: await openSyncAccount({
      file: join(dir, 'sync-account.json'),
      secrets: fakeSafeStorage(),
      fetch: (url, init) => fetch(url, init),
    }),
    backups: createBackupStore({ dir: join(dir, 'backups') }),
    updates: createNoUpdates('0.1.0'),
    pageLog,
  });
  const deps = { handlers, isTrustedSender: () => true, log: { warn: vi.fn(), error: vi.fn() } };
  const event = { senderFrame: { url: 'app://kopspeks/index.html', parent: null } };
  return { settings, openExternal, pageLog, deps, event };
}

describe('createIpcHandlers', () => {
  it('describes the desktop app', async () => {
    const { deps, event } = await setUp();
    expect(await handleIpcCall('app:getInfo', event, undefined, deps)).toEqual({
      ok: true,
      value: { version: '0.1.0', runtime: 'electron', platform: 'win32' },
    });
  });

  it('reads and updates the stored settings', async () => {
    const { deps, event, settings } = await setUp();
    expect(await handleIpcCall('settings:get', event, undefined, deps)).toEqual({
      ok: true,
      value: { locale: 'lv' },
    });
    expect(await handleIpcCall('settings:update', event, { locale: 'en' }, deps)).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
    expect(settings.get()).toEqual({ locale: 'en' });
  });

  it('opens an allowed link in its normalised form', async () => {
    const { deps, event, openExternal } = await setUp();
    expect(
      await handleIpcCall('shell:openExternal', event, { url: 'HTTPS://Example.LV/a b"c' }, deps),
    ).toEqual({ ok: true, value: null });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.lv/a%20b%22c');
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'https://a:b@example.lv/',
  ])('refuses to open %s', async (url) => {
    const { deps, event, openExternal } = await setUp();
    expect(await handleIpcCall('shell:openExternal', event, { url }, deps)).toEqual({
      ok: false,
      code: 'shell.urlNotAllowed',
    });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('answers the backup channels from the store, and a bad backup with its code', async () => {
    const { deps, event } = await setUp();
    const communityId = '3f1c2d4e-0000-4000-8000-000000000001';
    expect(await handleIpcCall('backup:listAuto', event, { communityId }, deps)).toEqual({
      ok: true,
      value: [],
    });
    expect(
      await handleIpcCall('backup:saveAuto', event, { communityId, content: '{"a":1}' }, deps),
    ).toEqual({ ok: false, code: 'backup.foreign' });
    expect(
      await handleIpcCall('backup:readAuto', event, { communityId, id: '../x.json' }, deps),
    ).toEqual({ ok: false, code: 'ipc.badInput' });
  });
});

describe('the update handlers', () => {
  it('report the update state and refuse a malformed busy report', async () => {
    const { deps, event } = await setUp();
    for (const channel of ['update:getState', 'update:checkNow', 'update:install'] as const) {
      expect(await handleIpcCall(channel, event, undefined, deps)).toMatchObject({
        ok: true,
        value: { status: 'unavailable', currentVersion: '0.1.0' },
      });
    }
    expect(await handleIpcCall('update:setBusy', event, { busy: true }, deps)).toEqual({
      ok: true,
      value: null,
    });
    expect(await handleIpcCall('update:setBusy', event, { busy: 'yes' }, deps)).toEqual({
      ok: false,
      code: 'ipc.badInput',
    });
  });
});

describe('the page log handler', () => {
  it('passes a checked entry to the page log', async () => {
    const { deps, event, pageLog } = await setUp();
    const entry = {
      level: 'error',
      event: 'search: could not build the index',
      code: 'db.openFailed',
      error: {
        name: 'DatabaseClosedError',
        stack: 'at build (app://kopspeks/assets/index.js:1:2)',
      },
      details: { communityId: 'olaine', items: 1200, live: true },
    };
    expect(await handleIpcCall('log:write', event, entry, deps)).toEqual({ ok: true, value: null });
    expect(pageLog.write).toHaveBeenCalledExactlyOnceWith(entry);
  });

  it.each([
    ['an unknown level', { level: 'info', event: 'x' }],
    ['an unknown error code', { level: 'warn', event: 'x', code: 'no.suchCode' }],
    ['an empty event', { level: 'warn', event: '' }],
    ['a long event', { level: 'warn', event: 'x'.repeat(121) }],
    [
      'a long message',
      { level: 'warn', event: 'x', error: { name: 'E', message: 'm'.repeat(501) } },
    ],
    ['a field of its own', { level: 'warn', event: 'x', note: 'Pagalmā trūkst soliņu' }],
    ['nested details', { level: 'warn', event: 'x', details: { doc: { title: 'Pagalmā' } } }],
    [
      'too many details',
      {
        level: 'warn',
        event: 'x',
        details: Object.fromEntries([...'abcdefghijklm'].map((k) => [k, 1])),
      },
    ],
  ])('refuses an entry with %s', async (_, entry) => {
    const { deps, event, pageLog } = await setUp();
    expect(await handleIpcCall('log:write', event, entry, deps)).toEqual({
      ok: false,
      code: 'ipc.badInput',
    });
    expect(pageLog.write).not.toHaveBeenCalled();
  });
});

describe('the sync handlers', () => {
  it('start signed out', async () => {
    const { deps, event } = await setUp();
    expect(await handleIpcCall('sync:getAccount', event, undefined, deps)).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await handleIpcCall('sync:fetch', event, { path: '_session', method: 'GET' }, deps),
    ).toEqual({ ok: false, code: 'sync.notSignedIn' });
    expect(await handleIpcCall('sync:signOut', event, undefined, deps)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('answer an unreachable server with its code', async () => {
    const { deps, event } = await setUp();
    const serverUrl = `http://127.0.0.1:${await freePort()}`;
    const input = { serverUrl, username: 'liga', password: 'secret-pw' };
    expect(await handleIpcCall('sync:signIn', event, input, deps)).toEqual({
      ok: false,
      code: 'sync.unreachable',
    });
    expect(await handleIpcCall('sync:testConnection', event, input, deps)).toEqual({
      ok: true,
      value: { result: 'unreachable', roles: [] },
    });
    expect(deps.log.error).not.toHaveBeenCalled();
  });
});
