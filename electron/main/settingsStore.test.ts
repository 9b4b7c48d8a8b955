import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import type { AppSettings } from '../../shared/ipc/contract';
import { nodeFileSystem, type JsonFileSystem } from './jsonFile';
import { openSettingsStore } from './settingsStore';

let dir: string;
let file: string;
const now = () => new Date('2025-06-07T08:09:10.011Z');
const backupName = 'settings.corrupt-2025-06-07T08-09-10-011Z.json';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openSettingsStore', () => {
  it('starts from the defaults without writing anything', async () => {
    const store = await openSettingsStore({ file });
    expect(store.get()).toEqual({ locale: 'lv' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves an update and reads it back in a new store', async () => {
    const store = await openSettingsStore({ file });
    expect(await store.update({ locale: 'en' })).toEqual({ locale: 'en' });
    expect(store.get()).toEqual({ locale: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ locale: 'en' });
    expect((await openSettingsStore({ file })).get()).toEqual({ locale: 'en' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it.each([
    ['not JSON', '{"locale": "en"'],
    ['an empty file', ''],
    ['an unknown locale', '{"locale": "de"}'],
    ['an array', '["en"]'],
    ['null', 'null'],
  ])('backs up %s and uses the defaults', async (_name, content) => {
    await writeFile(file, content);
    const log = { warn: vi.fn(), error: vi.fn() };
    const store = await openSettingsStore({ file, now, log });
    expect(store.get()).toEqual({ locale: 'lv' });
    expect(await readdir(dir)).toEqual([backupName]);
    expect(await readFile(join(dir, backupName), 'utf8')).toBe(content);
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('keeps the backup when the next update writes a fresh file', async () => {
    await writeFile(file, 'garbage');
    const store = await openSettingsStore({ file, now });
    await store.update({ locale: 'en' });
    expect((await readdir(dir)).sort()).toEqual([backupName, 'settings.json'].sort());
    expect(await readFile(join(dir, backupName), 'utf8')).toBe('garbage');
  });

  it('fills in settings an older file lacks and drops unknown ones', async () => {
    await writeFile(file, '{"theme": "dark"}');
    const store = await openSettingsStore({ file });
    expect(store.get()).toEqual({ locale: 'lv' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('refuses an invalid update and changes nothing', async () => {
    const store = await openSettingsStore({ file });
    const listener = vi.fn();
    store.onChange(listener);
    for (const patch of [{ locale: 'de' }, { locale: 'en', extra: 1 }, null, 'en']) {
      await expect(store.update(patch as Partial<AppSettings>)).rejects.toMatchObject({
        code: 'validation.invalid',
      });
    }
    expect(store.get()).toEqual({ locale: 'lv' });
    expect(listener).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('tells listeners about real changes only', async () => {
    const store = await openSettingsStore({ file });
    const listener = vi.fn();
    const unsubscribe = store.onChange(listener);
    await store.update({ locale: 'en' });
    await store.update({ locale: 'en' });
    await store.update({});
    expect(listener.mock.calls).toEqual([[{ locale: 'en' }]]);
    unsubscribe();
    await store.update({ locale: 'lv' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps the change in effect when saving fails, and says so', async () => {
    const readOnly: JsonFileSystem = {
      ...nodeFileSystem,
      writeFile: () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })),
    };
    const store = await openSettingsStore({
      file,
      fs: readOnly,
      log: { warn: vi.fn(), error: vi.fn() },
    });
    const listener = vi.fn();
    store.onChange(listener);
    const failure = await store.update({ locale: 'en' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('settings.saveFailed');
    expect(store.get()).toEqual({ locale: 'en' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ locale: 'en' });
  });

  it('lands the last of several quick updates on disk', async () => {
    const store = await openSettingsStore({ file });
    await Promise.all([
      store.update({ locale: 'en' }),
      store.update({ locale: 'lv' }),
      store.update({ locale: 'en' }),
    ]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ locale: 'en' });
  });

  it('does not let callers change its state by mutating what it returns', async () => {
    const store = await openSettingsStore({ file });
    const settings = store.get();
    settings.locale = 'en';
    expect(store.get()).toEqual({ locale: 'lv' });
  });
});
