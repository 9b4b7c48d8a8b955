import fc from 'fast-check';
import { prepareQuery } from 'rxdb';
import { fillWithDefaultSettings, getChangedDocumentsSinceQuery } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { collectionDefinitions } from '../../../shared/db/collections';
import { itemId } from '../../../shared/db/schemas/item.schema';
import { withIndexedChanges } from './dexieChanges';

type Checkpoint = { id: string; lwt: number };

let counter = 0;

async function openItemsStorage() {
  counter += 1;
  return withIndexedChanges(getRxStorageDexie()).createStorageInstance<Record<string, unknown>>({
    databaseInstanceToken: `token${counter}`,
    databaseName: `changes${counter}x${Math.random().toString(36).slice(2, 8)}`,
    collectionName: 'items',
    schema: fillWithDefaultSettings(collectionDefinitions.items.schema as never),
    options: {},
    multiInstance: false,
    devMode: false,
  });
}

const doc = (docId: string, lwt: number, deleted: boolean) => ({
  id: itemId('c1', docId),
  communityId: 'c1',
  docId,
  type: 'need',
  dataVersion: 0,
  createdAt: 'x',
  updatedAt: 'x',
  archivedAt: null,
  data: { title: docId },
  _deleted: deleted,
  _rev: '1-a',
  _attachments: {},
  _meta: { lwt },
});

describe('changed documents read through the [_meta.lwt+id] index', () => {
  it('pages through exactly what RxDB’s own query returns, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            docId: fc.stringMatching(/^[a-z0-9]{1,6}$/),
            // few distinct timestamps, so many documents share one
            lwt: fc.integer({ min: 1, max: 6 }),
            deleted: fc.boolean(),
          }),
          { selector: (d) => d.docId, maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 7 }),
        async (docs, limit) => {
          const instance = await openItemsStorage();
          try {
            if (docs.length > 0) {
              const result = await instance.bulkWrite(
                docs.map((d) => ({ document: doc(d.docId, d.lwt, d.deleted) as never })),
                'test',
              );
              expect(result.error).toEqual([]);
            }
            const fast: string[] = [];
            const slow: string[] = [];
            let fastCheckpoint: Checkpoint | undefined;
            let slowCheckpoint: Checkpoint | undefined;
            for (let page = 0; page < 50; page += 1) {
              const next = await instance.getChangedDocumentsSince!(limit, fastCheckpoint);
              const query = prepareQuery(
                instance.schema,
                getChangedDocumentsSinceQuery(instance, limit, slowCheckpoint),
              );
              const expected = (await instance.query(query)).documents;
              expect(next.documents).toEqual(expected);
              fast.push(...next.documents.map((d) => d.id as string));
              slow.push(...expected.map((d) => d.id as string));
              if (expected.length === 0) break;
              fastCheckpoint = next.checkpoint as Checkpoint;
              const last = expected.at(-1)!;
              slowCheckpoint = { id: last.id as string, lwt: last._meta.lwt };
              expect(fastCheckpoint).toEqual(slowCheckpoint);
            }
            expect(fast).toEqual(slow);
            expect(new Set(fast).size).toBe(docs.length);
          } finally {
            await instance.remove();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the checkpoint it was given when nothing changed since', async () => {
    const instance = await openItemsStorage();
    const checkpoint = { id: 'c1|z', lwt: 5 };
    await expect(instance.getChangedDocumentsSince!(10, checkpoint)).resolves.toEqual({
      documents: [],
      checkpoint,
    });
    await instance.remove();
  });
});
