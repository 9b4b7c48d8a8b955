import { describe, expect, it } from 'vitest';
import type { ItemDoc } from '../db/schemas/item.schema';
import {
  canonicalJson,
  createBackup,
  itemsChecksum,
  readBackup,
  serializeBackup,
  type BackupFile,
} from './backupFormat';

const communityId = '3f1c2d4e-0000-4000-8000-000000000001';

function doc(docId: string, type: ItemDoc['type'], data: Record<string, unknown>): ItemDoc {
  return {
    id: `${communityId}|${docId}`,
    communityId,
    docId,
    type,
    dataVersion: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    archivedAt: null,
    data,
  };
}

const docs: ItemDoc[] = [
  doc('profile', 'community', { name: 'Baložu kopiena', municipality: 'kekava' }),
  doc('need-b', 'need', { title: 'Soliņi parkā', score: 4 }),
  {
    ...doc('need-a', 'need', { title: 'Apgaismojums' }),
    archivedAt: '2026-11-03T10:00:00.000Z',
    updatedBy: 'Anna',
    conflict: {
      detectedAt: '2026-11-04T10:00:00.000Z',
      fields: [{ path: 'title', ours: 'A', theirs: 'B' }],
    },
  },
];

function backup(): Promise<BackupFile> {
  return createBackup({
    appVersion: '0.1.0',
    createdAt: '2026-11-26T10:00:00.000Z',
    communityId,
    communityName: 'Baložu kopiena',
    docs,
  });
}

/** A file whose checksum matches its (edited) items, as a careful forger would write it. */
async function withItems(items: unknown[]): Promise<string> {
  const base = await backup();
  const value = await itemsChecksum(items);
  return JSON.stringify({
    ...base,
    itemCount: items.length,
    checksum: { ...base.checksum, value },
    items,
  });
}

type Items = Record<string, unknown>[];

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('backup files', () => {
  it('reads back what it wrote, items sorted by docId, conflicts and archive dates kept', async () => {
    const text = serializeBackup(await backup());
    const read = await readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup).toEqual(await backup());
    expect(read.backup.items.map((item) => item.docId)).toEqual(['need-a', 'need-b', 'profile']);
    expect(read.backup.items[0]).toMatchObject({
      archivedAt: '2026-11-03T10:00:00.000Z',
      updatedBy: 'Anna',
      conflict: { fields: [{ path: 'title', ours: 'A', theirs: 'B' }] },
    });
    expect(read.backup.items[0]).not.toHaveProperty('id');
    expect(read.backup.items[0]).not.toHaveProperty('communityId');
  });

  it('puts the header before the items, so a list can read it from the start of the file', async () => {
    const text = serializeBackup(await backup());
    expect(text.indexOf('"itemCount": 3')).toBeGreaterThan(0);
    expect(text.indexOf('"itemCount"')).toBeLessThan(text.indexOf('"items"'));
    expect(JSON.parse(text)).toEqual(await backup());
  });

  it('gives the same checksum for the same items whatever their key order', async () => {
    expect(await itemsChecksum([{ a: 1, b: 2 }])).toBe(await itemsChecksum([{ b: 2, a: 1 }]));
    expect(await itemsChecksum([{ a: 1 }])).not.toBe(await itemsChecksum([{ a: 2 }]));
  });

  it('writes an empty item list, which reads as a file without a profile', async () => {
    const empty = await createBackup({ ...(await backup()), docs: [] });
    expect((JSON.parse(serializeBackup(empty)) as BackupFile).items).toEqual([]);
    expect(await readBackup(serializeBackup(empty))).toEqual({
      ok: false,
      code: 'backup.invalidItem',
    });
  });
});

describe('bad backup files', () => {
  it('refuses a file that is not JSON', async () => {
    expect(await readBackup('PK\u0003\u0004 binary')).toEqual({
      ok: false,
      code: 'backup.corrupt',
    });
    expect(await readBackup('')).toEqual({ ok: false, code: 'backup.corrupt' });
  });

  it('refuses a file cut short', async () => {
    const text = serializeBackup(await backup());
    expect(await readBackup(text.slice(0, Math.floor(text.length * 0.6)))).toEqual({
      ok: false,
      code: 'backup.truncated',
    });
  });

  it('refuses a file whose items were edited after saving', async () => {
    const text = serializeBackup(await backup());
    const tampered = text.replace('Soliņi parkā', 'Soliņi laukumā');
    expect(tampered).not.toBe(text);
    expect(await readBackup(tampered)).toEqual({ ok: false, code: 'backup.tampered' });
  });

  it('refuses a file with an item removed but the count kept', async () => {
    const file = await backup();
    const text = JSON.stringify({ ...file, items: file.items.slice(1) });
    expect(await readBackup(text)).toEqual({ ok: false, code: 'backup.truncated' });
  });

  it.each([
    ['another app’s JSON', '{"name":"package","version":"1.0.0"}'],
    ['a JSON list', '[1,2,3]'],
    ['a JSON string', '"kopspeks-backup"'],
    ['another format name', '{"format":"kopspeks-export","formatVersion":1,"items":[]}'],
  ])('refuses %s as foreign', async (_name, text) => {
    expect(await readBackup(text)).toEqual({ ok: false, code: 'backup.foreign' });
  });

  it('refuses a file from a newer format version', async () => {
    const file = await backup();
    expect(await readBackup(JSON.stringify({ ...file, formatVersion: 2 }))).toEqual({
      ok: false,
      code: 'backup.newerFormat',
    });
  });

  it('refuses an item whose data is newer than this app knows', async () => {
    const file = await backup();
    const items = file.items.map((item, index) =>
      index === 0 ? { ...item, dataVersion: 99 } : item,
    );
    expect(await readBackup(await withItems(items))).toEqual({
      ok: false,
      code: 'backup.newerFormat',
    });
  });

  it('refuses a damaged header', async () => {
    const file = await backup();
    expect(await readBackup(JSON.stringify({ ...file, communityId: '../../etc' }))).toEqual({
      ok: false,
      code: 'backup.corrupt',
    });
  });

  it.each<[string, (items: Items) => Items]>([
    ['an unknown kind', (items) => [{ ...items[0], type: 'invoice' }, ...items.slice(1)]],
    ['data that is not an object', (items) => [{ ...items[0], data: 'x' }, ...items.slice(1)]],
    ['an unexpected field', (items) => [{ ...items[0], _rev: '1-a' }, ...items.slice(1)]],
    ['a malformed conflict', (items) => [{ ...items[0], conflict: { x: 1 } }, ...items.slice(1)]],
    ['a docId twice', (items) => [items[0]!, items[0]!, ...items.slice(1)]],
    ['no profile', (items) => items.slice(0, 2)],
    [
      'a need posing as the profile',
      (items) => [...items.slice(0, 2), { ...items[2], type: 'need' }],
    ],
  ])('refuses a checksummed file with %s', async (_name, edit) => {
    const file = await backup();
    const items = edit(file.items);
    expect(await readBackup(await withItems(items))).toEqual({
      ok: false,
      code: 'backup.invalidItem',
    });
  });

  it('refuses a file over the size limit without parsing it', async () => {
    expect(await readBackup(' '.repeat(50_000_001))).toEqual({
      ok: false,
      code: 'backup.tooLarge',
    });
  });
});
