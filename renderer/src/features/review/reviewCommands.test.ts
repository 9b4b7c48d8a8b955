import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../../../shared/domain/session';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import { createTestDatabase } from '../../test/renderWithApp';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, removeItem, updateItem } from '../../db/items';
import { useSyncStore } from '../../db/sync/syncStore';
import { markSessionReviewed } from './reviewCommands';

let db: KopspeksDatabase;
const community = 'olaine';

beforeEach(async () => {
  db = await createTestDatabase();
  useSyncStore.getState().set({ communities: [] });
});
afterEach(async () => {
  useSyncStore.getState().set({ communities: [] });
  await db.close();
});

/** A session the leader wrote and shared, then the user becomes this community's mentor. */
async function sharedSessionAsMentor() {
  const doc = await insertItem(db, {
    communityId: community,
    type: 'session',
    data: { ...newSession('2026-11-10', 'Māris'), status: 'shared', topics: 'Budžets' },
  });
  useSyncStore.getState().set({ communities: [{ communityId: community, role: 'mentor' }] });
  return doc;
}

describe('a mentor marking a session reviewed', () => {
  it('changes only the review fields of the leader’s session', async () => {
    const doc = await sharedSessionAsMentor();
    await markSessionReviewed(db, doc.id, 'Māris Ozols');
    const stored = (await db.items.findOne(doc.id).exec())!.toJSON();
    const { reviewedAt, ...rest } = stored.data as Record<string, unknown>;
    expect(rest).toEqual({ ...doc.data, status: 'reviewed', reviewedBy: 'Māris Ozols' });
    expect(reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // No `conflict: null` appears: the server would see it as a change to the document.
    expect('conflict' in stored).toBe(false);
    expect(stored.archivedAt).toBeNull();
  });

  it('leaves a session reviewed already as it is', async () => {
    const doc = await sharedSessionAsMentor();
    await markSessionReviewed(db, doc.id, 'Māris');
    const first = (await db.items.findOne(doc.id).exec())!.toJSON();
    await markSessionReviewed(db, doc.id, 'Cits');
    const second = (await db.items.findOne(doc.id).exec())!.toJSON();
    expect(second.data).toEqual(first.data);
  });
});

describe('writes a mentor may not make', () => {
  it('are refused before they reach the database', async () => {
    const doc = await sharedSessionAsMentor();
    await expect(updateItem(db, doc.id, { data: { topics: 'Mentora labojums' } })).rejects.toThrow(
      'sync.mentorReadOnly',
    );
    await expect(removeItem(db, doc.id)).rejects.toThrow('sync.mentorReadOnly');
    await expect(
      insertItem(db, { communityId: community, type: 'need', data: { title: 'Soliņi' } }),
    ).rejects.toThrow('sync.mentorReadOnly');
    const stored = (await db.items.findOne(doc.id).exec())!.toJSON();
    expect(stored.data).toEqual(doc.data);
  });

  it('do not include a mentor’s comment, nor anything in a community they lead', async () => {
    await sharedSessionAsMentor();
    const comment = await insertItem(db, {
      communityId: community,
      type: 'comment',
      data: { targetDocId: 's', targetType: 'session', authorRole: 'mentor', body: 'Labi' },
    });
    expect(await db.items.findOne(comment.id).exec()).not.toBeNull();
    await expect(
      insertItem(db, {
        communityId: community,
        type: 'comment',
        data: { targetDocId: 's', targetType: 'session', authorRole: 'leader', body: 'x' },
      }),
    ).rejects.toThrow('sync.mentorReadOnly');
    useSyncStore.getState().set({ communities: [{ communityId: community, role: 'leader' }] });
    await insertItem(db, { communityId: community, type: 'need', data: { title: 'Soliņi' } });
    await updateItem(db, itemId(community, comment.docId), { data: { body: 'Labāk' } });
  });
});

describe('the coordinator in a community’s workbook', () => {
  it('reads it and writes nothing, not even a comment', async () => {
    const doc = await sharedSessionAsMentor();
    useSyncStore.getState().set({ communities: [{ communityId: community, role: 'coordinator' }] });
    await expect(updateItem(db, doc.id, { data: { status: 'reviewed' } })).rejects.toThrow(
      'sync.coordinatorReadOnly',
    );
    await expect(removeItem(db, doc.id)).rejects.toThrow('sync.coordinatorReadOnly');
    await expect(
      insertItem(db, {
        communityId: community,
        type: 'comment',
        data: { targetDocId: 's', targetType: 'session', authorRole: 'coordinator', body: 'x' },
      }),
    ).rejects.toThrow('sync.coordinatorReadOnly');
    expect((await db.items.findOne(doc.id).exec())!.toJSON().data).toEqual(doc.data);
    expect(await db.items.count({ selector: { type: 'comment' } }).exec()).toBe(0);
  });
});
