import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../shared/backup/backupFormat';
import type { ItemDoc } from '../../shared/db/schemas/item.schema';
import { AppError } from '../../shared/errors';
import { createBackupStore } from './backupStore';

const communityId = '3f1c2d4e-0000-4000-8000-000000000001';
const other = '3f1c2d4e-0000-4000-8000-000000000002';

async function backupText(name = 'Kopiena', forCommunity = communityId): Promise<string> {
  const profile: ItemDoc = {
    id: `${forCommunity}|profile`,
    communityId: forCommunity,
    docId: 'profile',
    type: 'community',
    dataVersion: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    data: { name },
  };
  const need: ItemDoc = {
    ...profile,
    id: `${forCommunity}|need-1`,
    docId: 'need-1',
    type: 'need',
    data: {},
  };
  return serializeBackup(
    await createBackup({
      appVersion: '0.1.0',
      createdAt: '2026-11-26T10:00:00.000Z',
      communityId: forCommunity,
      communityName: name,
      docs: [profile, need],
    }),
  );
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A clock that moves one hour on every call. */
function hourlyClock(start = Date.parse('2026-11-26T10:00:00.000Z')) {
  let next = start;
  return () => {
    const at = new Date(next);
    next += 60 * 60 * 1000;
    return at;
  };
}

describe('createBackupStore', () => {
  it('writes a checked backup into the workbook’s folder and lists it with size and item count', async () => {
    const store = createBackupStore({ dir, now: hourlyClock() });
    const content = await backupText();
    const entry = await store.save({ communityId, content });
    expect(entry).toEqual({
      id: '2026-11-26T10-00-00-000Z.kopspeks-backup.json',
      communityId,
      createdAt: '2026-11-26T10:00:00.000Z',
      size: Buffer.byteLength(content),
      itemCount: 2,
    });
    expect(await readFile(join(dir, communityId, entry.id), 'utf8')).toBe(content);
    expect(await store.list(communityId)).toEqual([entry]);
    expect(await store.read({ communityId, id: entry.id })).toEqual({ content });
    // No temp file is left behind.
    expect(await readdir(join(dir, communityId))).toEqual([entry.id]);
  });

  it('keeps only the newest N per workbook, newest first', async () => {
    const store = createBackupStore({ dir, keep: 3, now: hourlyClock() });
    const content = await backupText();
    for (let i = 0; i < 5; i += 1) await store.save({ communityId, content });
    const listed = await store.list(communityId);
    expect(listed.map((entry) => entry.createdAt)).toEqual([
      '2026-11-26T14:00:00.000Z',
      '2026-11-26T13:00:00.000Z',
      '2026-11-26T12:00:00.000Z',
    ]);
    expect(await readdir(join(dir, communityId))).toHaveLength(3);
  });

  it('keeps each workbook’s backups apart', async () => {
    const store = createBackupStore({ dir, keep: 1, now: hourlyClock() });
    await store.save({ communityId, content: await backupText() });
    await store.save({ communityId: other, content: await backupText('Cita', other) });
    expect(await store.list(communityId)).toHaveLength(1);
    expect(await store.list(other)).toHaveLength(1);
  });

  it('lists nothing for a workbook never backed up, and ignores other files', async () => {
    const store = createBackupStore({ dir });
    expect(await store.list(communityId)).toEqual([]);
    await store.save({ communityId, content: await backupText() });
    await writeFile(join(dir, communityId, 'notes.txt'), 'x');
    await writeFile(join(dir, communityId, 'x.kopspeks-backup.json.1234abcd.tmp'), 'x');
    expect(await store.list(communityId)).toHaveLength(1);
  });

  it('refuses a bad backup and writes nothing', async () => {
    const store = createBackupStore({ dir });
    const content = await backupText();
    await expect(store.save({ communityId, content: content.slice(0, 100) })).rejects.toEqual(
      new AppError('backup.truncated'),
    );
    const tampered = content.replace('"name":"Kopiena"', '"name":"Kopiena!"');
    expect(tampered).not.toBe(content);
    await expect(store.save({ communityId, content: tampered })).rejects.toEqual(
      new AppError('backup.tampered'),
    );
    // A backup of another workbook is not filed under this one.
    await expect(store.save({ communityId: other, content })).rejects.toEqual(
      new AppError('ipc.badInput'),
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses paths outside its folder and reports a missing backup', async () => {
    const store = createBackupStore({ dir });
    await expect(store.list('../etc')).rejects.toEqual(new AppError('ipc.badInput'));
    await expect(store.read({ communityId, id: '../../settings.json' })).rejects.toEqual(
      new AppError('ipc.badInput'),
    );
    await expect(
      store.read({ communityId, id: '2026-11-26T10-00-00-000Z.kopspeks-backup.json' }),
    ).rejects.toEqual(new AppError('backup.notFound'));
  });

  it('reports a failed write as backup.saveFailed and leaves no temp file', async () => {
    // A file where the workbook's folder should be: mkdir fails.
    await writeFile(join(dir, communityId), 'in the way');
    const store = createBackupStore({ dir });
    await expect(store.save({ communityId, content: await backupText() })).rejects.toEqual(
      new AppError('backup.saveFailed'),
    );
    expect(await readdir(dir)).toEqual([communityId]);
  });
});
