import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/renderWithApp';
import type { KopspeksDatabase } from './database';
import { createCommunity, communityProfileId, updateItem } from './items';
import { deleteDraft, loadDraft, saveDraft } from './drafts';

let db: KopspeksDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe('the local database', () => {
  it('stores a community workbook under its own key', async () => {
    db = await createTestDatabase();
    const communityId = await createCommunity(db, { name: 'Baloži', municipality: 'kekava' });
    const doc = await db.items.findOne(communityProfileId(communityId)).exec();
    expect(doc?.toJSON()).toMatchObject({
      communityId,
      docId: 'profile',
      type: 'community',
      dataVersion: 0,
      archivedAt: null,
      data: { name: 'Baloži', municipality: 'kekava' },
    });
  });

  it('refuses a document that breaks the schema and keeps the good ones', async () => {
    db = await createTestDatabase();
    const communityId = await createCommunity(db, { name: 'Olaine' });
    await expect(
      db.items.insert({
        id: 'x|y',
        communityId: 'x',
        docId: 'y',
        type: 'spaceship' as never,
        dataVersion: 0,
        createdAt: '',
        updatedAt: '',
        data: {},
      }),
    ).rejects.toThrow();
    expect(await db.items.count().exec()).toBe(1);
    expect(await db.items.findOne(communityProfileId(communityId)).exec()).not.toBeNull();
  });

  it('updates data field by field and keeps the rest', async () => {
    db = await createTestDatabase();
    const communityId = await createCommunity(db, { name: 'Olaine', description: 'a' });
    await updateItem(db, communityProfileId(communityId), { data: { description: 'b' } });
    const doc = await db.items.findOne(communityProfileId(communityId)).exec();
    expect(doc?.data).toEqual({ name: 'Olaine', description: 'b' });
  });

  it('writes only the fields an editor changed, keeping a change that arrived meanwhile', async () => {
    db = await createTestDatabase();
    const communityId = await createCommunity(db, {
      name: 'Olaine',
      description: 'a',
      neighbourhood: 'x',
    });
    const base = { name: 'Olaine', description: 'a', neighbourhood: 'x' };
    // A synced edit lands while the editor is open on `base`.
    await updateItem(db, communityProfileId(communityId), {
      data: { neighbourhood: 'Jaunolaine' },
    });
    await updateItem(db, communityProfileId(communityId), {
      data: { ...base, description: 'b' },
      base,
    });
    const doc = await db.items.findOne(communityProfileId(communityId)).exec();
    expect(doc?.data).toEqual({ name: 'Olaine', description: 'b', neighbourhood: 'Jaunolaine' });
    expect(doc?.conflict ?? null).toBeNull();
    // Both changed the same field: the edit wins and the other version is kept.
    await updateItem(db, communityProfileId(communityId), { data: { description: 'c' } });
    await updateItem(db, communityProfileId(communityId), {
      data: { name: 'Olaine', description: 'd', neighbourhood: 'Jaunolaine' },
      base: { name: 'Olaine', description: 'b', neighbourhood: 'Jaunolaine' },
    });
    const after = await db.items.findOne(communityProfileId(communityId)).exec();
    expect(after?.data.description).toBe('d');
    expect(after?.conflict?.fields).toEqual([{ path: 'data.description', ours: 'd', theirs: 'c' }]);
  });

  it('reports a missing item as not found', async () => {
    db = await createTestDatabase();
    await expect(updateItem(db, 'nope|profile', { archivedAt: null })).rejects.toMatchObject({
      code: 'db.notFound',
    });
  });

  it('keeps drafts until they are deleted', async () => {
    db = await createTestDatabase();
    await saveDraft(db, 'workbook:new', { name: 'Ķekava' });
    expect(await loadDraft(db, 'workbook:new')).toEqual({ name: 'Ķekava' });
    await deleteDraft(db, 'workbook:new');
    expect(await loadDraft(db, 'workbook:new')).toBeUndefined();
  });
});
