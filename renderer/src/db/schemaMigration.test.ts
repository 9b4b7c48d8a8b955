import { createRxDatabase } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { wrappedValidateCompiledZSchemaStorage } from '../../../shared/db/compiledValidator';
import { itemSchema, type ItemDoc } from '../../../shared/db/schemas/item.schema';
import { createDatabase, type KopspeksDatabase } from './database';

let db: KopspeksDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

/** The items schema as version 0 shipped it: no `review` type. */
const itemSchemaV0 = {
  ...itemSchema,
  version: 0,
  properties: {
    ...itemSchema.properties,
    type: {
      type: 'string',
      enum: ['community', 'assessment', 'need', 'session', 'action', 'eventPlan', 'comment'],
      maxLength: 16,
    },
  },
} as typeof itemSchema;

const session: ItemDoc = {
  id: 'olaine|session-1',
  communityId: 'olaine',
  docId: 'session-1',
  type: 'session',
  dataVersion: 0,
  createdAt: '2026-11-10T10:00:00.000Z',
  updatedAt: '2026-11-10T10:00:00.000Z',
  archivedAt: null,
  data: { date: '2026-11-10', status: 'reviewed', reviewedBy: 'Māris', notes: { type: 'doc' } },
};

describe('the items collection from schema version 0 to 1', () => {
  it('keeps every item as it was, and then takes reviews', async () => {
    const name = `migration-${Date.now()}`;
    const old = await createRxDatabase({
      name,
      storage: wrappedValidateCompiledZSchemaStorage({ storage: getRxStorageDexie() }),
      multiInstance: false,
    });
    const { items } = await old.addCollections({ items: { schema: itemSchemaV0 } });
    await items.insert(session);
    await expect(
      items.insert({ ...session, id: 'olaine|review-1', type: 'review' }),
    ).rejects.toThrow();
    await old.close();

    db = await createDatabase({ name });
    const migrated = await db.items.findOne(session.id).exec();
    expect(migrated?.toJSON()).toMatchObject(session);
    const review = {
      ...session,
      id: 'olaine|review-maris-session-1',
      docId: 'review-maris-session-1',
      type: 'review' as const,
      data: { sessionDocId: 'session-1', reviewerName: 'Māris', reviewedAt: 'x', sharedAt: '' },
    };
    await db.items.insert(review);
    expect(await db.items.count({ selector: { communityId: 'olaine' } }).exec()).toBe(2);
  });
});
