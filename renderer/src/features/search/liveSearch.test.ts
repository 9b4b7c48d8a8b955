import { afterEach, describe, expect, it } from 'vitest';
import { currentDataVersion } from '../../../../shared/db/migrations/dataMigrations';
import { itemId, type ItemDoc } from '../../../../shared/db/schemas/item.schema';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, removeItem, updateItem } from '../../db/items';
import { createTestDatabase } from '../../test/renderWithApp';
import { LiveSearch } from './liveSearch';

let db: KopspeksDatabase | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.close();
  db = undefined;
});

const docIds = (live: LiveSearch, query: string) =>
  live
    .getState()
    .index.search(query, { perKind: 50 })
    .flatMap((group) => group.hits.map((hit) => hit.doc.docId));

/** Resolves once the index has caught up with what the database holds. */
async function settled(live: LiveSearch, check: () => boolean) {
  await expect.poll(() => live.getState().ready && check(), { timeout: 5000 }).toBe(true);
}

function syncedNeed(communityId: string, docId: string, title: string): ItemDoc {
  const now = new Date().toISOString();
  return {
    id: itemId(communityId, docId),
    communityId,
    docId,
    type: 'need',
    dataVersion: currentDataVersion('need'),
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    data: { title },
  };
}

describe('LiveSearch', () => {
  it('indexes what is stored, then follows edits, archiving, deletions and pulled documents', async () => {
    db = await createTestDatabase();
    const c = 'community-a';
    const first = await insertItem(db, {
      communityId: c,
      type: 'need',
      data: { title: 'Kopiēnas dārzs' },
    });
    await insertItem(db, {
      communityId: 'community-b',
      type: 'need',
      data: { title: 'Dārzs citur' },
    });
    const live = new LiveSearch(db, c);
    stop = live.start();
    await settled(live, () => docIds(live, 'darzs').length === 1);
    expect(docIds(live, 'darzs')).toEqual([first.docId]);

    // Written while the palette is closed: the index follows item by item.
    const session = await insertItem(db, {
      communityId: c,
      type: 'session',
      data: { topics: 'Sēta', notes: { type: 'doc', content: [] } },
    });
    await settled(live, () => docIds(live, 'seta').includes(session.docId));

    await updateItem(db, first.id, { data: { title: 'Soliņi parkā' } });
    await settled(live, () => docIds(live, 'solini').includes(first.docId));
    expect(docIds(live, 'darzs')).toEqual([]);

    await updateItem(db, first.id, { archivedAt: '2026-11-01T00:00:00.000Z' });
    await settled(live, () => live.getState().index.findByDocId(first.docId)?.archived === true);
    expect(docIds(live, 'solini')).toEqual([first.docId]);

    await removeItem(db, session.id);
    await settled(live, () => docIds(live, 'seta').length === 0);

    // Documents arriving in bulk, as a sync pull writes them.
    await db.items.bulkUpsert([
      syncedNeed(c, 'need-pulled-1', 'Laternas pagalmā'),
      syncedNeed('community-b', 'need-pulled-2', 'Laternas citur'),
    ]);
    await settled(live, () => docIds(live, 'laternas').length === 1);
    expect(docIds(live, 'laternas')).toEqual(['need-pulled-1']);
    expect(live.getState().index.size).toBe(2);
  });

  it('stops following changes when stopped', async () => {
    db = await createTestDatabase();
    const live = new LiveSearch(db, 'c');
    const halt = live.start();
    await settled(live, () => true);
    halt();
    await insertItem(db, { communityId: 'c', type: 'need', data: { title: 'Vēlāk' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(docIds(live, 'velak')).toEqual([]);
  });

  it('reports a workbook it could not read instead of preparing for ever', async () => {
    db = await createTestDatabase();
    // A fault injected into the real database: the first read of the workbook fails.
    const items = db.items;
    const find = items.find.bind(items);
    items.find = (...args: Parameters<typeof find>) => {
      const query = find(...args);
      return Object.assign(query, {
        exec: () => Promise.reject(new Error('IndexedDB read failed')),
      });
    };
    const live = new LiveSearch(db, 'c');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      stop = live.start();
      await expect.poll(() => live.getState().failed, { timeout: 5000 }).toBe(true);
    } finally {
      console.error = original;
    }
    expect(live.getState().ready).toBe(false);
    expect(errors).toHaveLength(1);
  });
});
