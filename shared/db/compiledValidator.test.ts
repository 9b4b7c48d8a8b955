import { createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { collectionDefinitions, type CollectionDocTypes } from './collections';
import { wrappedValidateCompiledZSchemaStorage } from './compiledValidator';
import { itemId } from './schemas/item.schema';

type Db = RxDatabase<{ [K in keyof CollectionDocTypes]: RxCollection<CollectionDocTypes[K]> }>;

let db: Db | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

async function open(): Promise<Db> {
  db = await createRxDatabase({
    name: `validator${Math.random().toString(36).slice(2, 8)}`,
    storage: wrappedValidateCompiledZSchemaStorage({ storage: getRxStorageMemory() }),
    multiInstance: false,
  });
  await db.addCollections(collectionDefinitions);
  return db;
}

const item = (docId: string) => ({
  id: itemId('c1', docId),
  communityId: 'c1',
  docId,
  type: 'need' as const,
  dataVersion: 0,
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  archivedAt: null,
  data: { title: 'Soliņi' },
});

describe('compiled z-schema validator', () => {
  it('accepts documents that fit their schema', async () => {
    const database = await open();
    await database.items.insert(item('need-1'));
    expect(await database.items.count().exec()).toBe(1);
  });

  it('refuses a document that does not fit, naming the field, and writes nothing', async () => {
    const database = await open();
    const bad = { ...item('need-2'), dataVersion: -5 };
    const error = await database.items.insert(bad).then(
      () => null,
      (e: unknown) =>
        e as {
          code?: string;
          parameters?: { writeError?: { validationErrors?: { field: string; message: string }[] } };
        },
    );
    expect(error?.code).toBe('VD2');
    expect(error?.parameters?.writeError?.validationErrors).toEqual([
      { field: '#/dataVersion', message: expect.stringContaining('minimum 0') as unknown },
    ]);
    expect(await database.items.count().exec()).toBe(0);
  });

  it('validates each collection against its own schema', async () => {
    const database = await open();
    // An items document is not a valid `local` document.
    await expect(database.local.insert(item('need-3') as never)).rejects.toMatchObject({
      code: 'VD2',
    });
    await database.items.insert(item('need-3'));
    expect(await database.items.count().exec()).toBe(1);
  });
});
