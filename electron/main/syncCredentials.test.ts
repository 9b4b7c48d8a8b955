import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { nodeFileSystem, type JsonFileSystem } from './jsonFile';
import { openSyncCredentials } from './syncCredentials';
import { fakeSafeStorage } from './syncTesting';

let dir: string;
let file: string;
const account = { serverUrl: 'https://sync.example.lv/', username: 'liga' };
const password = 'Sl3pena-parole!';
const now = () => new Date('2025-06-07T08:09:10.011Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-sync-credentials-'));
  file = join(dir, 'sync-account.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
};

describe('openSyncCredentials', () => {
  it('starts signed out without writing anything', async () => {
    const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
    expect(credentials.account()).toBeNull();
    expect(codeOf(() => credentials.password())).toBe('sync.notSignedIn');
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the password encrypted on disk and reads it back after a restart', async () => {
    const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
    await credentials.save(account, password);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(password);
    expect(text).not.toContain(btoa(password));
    expect(JSON.parse(text)).toMatchObject({ version: 1, ...account, refused: false });

    const reopened = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
    expect(reopened.account()).toEqual({ ...account, refused: false });
    expect(reopened.password()).toBe(password);
    expect(await readdir(dir)).toEqual(['sync-account.json']);
  });

  it('refuses to keep anything without secure storage', async () => {
    const credentials = await openSyncCredentials({
      file,
      secrets: fakeSafeStorage({ available: false }),
    });
    expect(codeOf(() => credentials.requireSecureStorage())).toBe('sync.noSecureStorage');
    await expect(credentials.save(account, password)).rejects.toThrow('sync.noSecureStorage');
    expect(credentials.account()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses Linux's basic_text store, which is not encryption", async () => {
    const credentials = await openSyncCredentials({
      file,
      secrets: fakeSafeStorage(),
      storageBackend: () => 'basic_text',
    });
    await expect(credentials.save(account, password)).rejects.toThrow('sync.noSecureStorage');
    expect(await readdir(dir)).toEqual([]);

    const withKeyring = await openSyncCredentials({
      file,
      secrets: fakeSafeStorage(),
      storageBackend: () => 'gnome_libsecret',
    });
    await withKeyring.save(account, password);
    expect(withKeyring.account()).not.toBeNull();
  });

  it('cannot decrypt once the keyring is gone', async () => {
    await (await openSyncCredentials({ file, secrets: fakeSafeStorage() })).save(account, password);
    const locked = await openSyncCredentials({
      file,
      secrets: fakeSafeStorage({ available: false }),
    });
    expect(codeOf(() => locked.password())).toBe('sync.noSecureStorage');
    // The file stays: the keyring may be back next time.
    expect(await readdir(dir)).toEqual(['sync-account.json']);
  });

  it("signs out when the password was encrypted with another machine's key", async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 1, ...account, password: btoa('garbage'), refused: false }),
    );
    const log = { warn: vi.fn(), error: vi.fn() };
    const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage(), log });
    expect(credentials.account()).not.toBeNull();
    expect(codeOf(() => credentials.password())).toBe('sync.notSignedIn');
    expect(credentials.account()).toBeNull();
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it.each([
    ['not JSON', '{"version": 1'],
    ['an empty file', ''],
    [
      'a wrong version',
      JSON.stringify({ version: 2, ...account, password: 'YQ==', refused: false }),
    ],
    [
      'a server address with credentials',
      JSON.stringify({
        version: 1,
        serverUrl: 'https://a:b@x.lv/',
        username: 'liga',
        password: 'YQ==',
        refused: false,
      }),
    ],
    [
      'a password that is not base64',
      JSON.stringify({ version: 1, ...account, password: 'plain text!', refused: false }),
    ],
  ])('backs up %s and starts signed out', async (_name, content) => {
    await writeFile(file, content);
    const log = { warn: vi.fn(), error: vi.fn() };
    const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage(), now, log });
    expect(credentials.account()).toBeNull();
    const backup = 'sync-account.corrupt-2025-06-07T08-09-10-011Z.json';
    expect(await readdir(dir)).toEqual([backup]);
    expect(await readFile(join(dir, backup), 'utf8')).toBe(content);
    expect(log.warn).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain('plain text');
  });

  it('remembers a refusal across restarts until the next save', async () => {
    const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
    await credentials.save(account, password);
    await credentials.markRefused();
    const reopened = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
    expect(reopened.account()?.refused).toBe(true);
    await reopened.save(account, 'new-password');
    expect((await openSyncCredentials({ file, secrets: fakeSafeStorage() })).account()).toEqual({
      ...account,
      refused: false,
    });
  });

  it('forgets the account and deletes the file', async () => {
    const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
    await credentials.save(account, password);
    await credentials.clear();
    expect(credentials.account()).toBeNull();
    expect(codeOf(() => credentials.password())).toBe('sync.notSignedIn');
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the account until the app closes when the file cannot be written, without logging the password', async () => {
    const failingFs: JsonFileSystem = {
      ...nodeFileSystem,
      writeFile: () => Promise.reject(new Error('ENOSPC: no space left on device')),
    };
    const log = { warn: vi.fn(), error: vi.fn() };
    const credentials = await openSyncCredentials({
      file,
      secrets: fakeSafeStorage(),
      fs: failingFs,
      log,
    });
    await credentials.save(account, password);
    expect(credentials.account()).toEqual({ ...account, refused: false });
    expect(credentials.password()).toBe(password);
    expect(log.error).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.error.mock.calls)).not.toContain(password);
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers sign-out with an error when the file cannot be deleted', async () => {
    const stuckFs: JsonFileSystem = {
      ...nodeFileSystem,
      rm: (path, options) =>
        path === file
          ? Promise.reject(new Error('EPERM: operation not permitted'))
          : nodeFileSystem.rm(path, options),
    };
    const credentials = await openSyncCredentials({
      file,
      secrets: fakeSafeStorage(),
      fs: stuckFs,
    });
    await credentials.save(account, password);
    await expect(credentials.clear()).rejects.toThrow('EPERM');
    expect(credentials.account()).toBeNull();
  });
});
