import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSession } from '../../../../shared/domain/session';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import { commentDocId, reviewDocId } from '../../../../shared/domain/docIds';
import { readReview } from '../../../../shared/domain/review';
import { createTestDatabase } from '../../test/renderWithApp';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, removeItem, updateItem } from '../../db/items';
import { signInAs, signOut } from '../../test/signIn';
import { markSessionReviewed } from './reviewCommands';

let db: KopspeksDatabase;
const community = 'olaine';
const sessionId = 'session-00000000-0000-4000-8000-000000000001';
const uuid = '00000000-0000-4000-8000-000000000002';

beforeEach(async () => {
  db = await createTestDatabase();
  signOut();
});
afterEach(async () => {
  signOut();
  await db.close();
});

/** A session the leader wrote and shared, then this device's user becomes its mentor. */
async function sharedSessionAsMentor() {
  signInAs('liga', community, 'leader');
  const doc = await insertItem(db, {
    communityId: community,
    docId: sessionId,
    type: 'session',
    data: { ...newSession('2026-11-10', 'Māris'), status: 'shared', sharedAt: 'first' },
  });
  signInAs('maris', community, 'mentor');
  return doc;
}

const commentData = (authorRole: string) => ({
  targetDocId: sessionId,
  targetType: 'session',
  authorName: 'Māris',
  authorRole,
  body: 'Labi',
  createdAt: '2026-11-10T10:00:00.000Z',
});

describe('a mentor marking a session reviewed', () => {
  it("writes the mentor's own review and leaves the leader's session as it was", async () => {
    const doc = await sharedSessionAsMentor();
    await markSessionReviewed(
      db,
      community,
      { docId: sessionId, session: { sharedAt: 'first' } },
      'Māris Ozols',
    );
    const review = (await db.items
      .findOne(itemId(community, reviewDocId('maris', sessionId)))
      .exec())!.toJSON();
    expect(review).toMatchObject({ type: 'review', updatedBy: 'maris' });
    expect(readReview(review.data)).toMatchObject({
      sessionDocId: sessionId,
      reviewerName: 'Māris Ozols',
      sharedAt: 'first',
    });
    const session = (await db.items.findOne(doc.id).exec())!.toJSON();
    expect(session.data).toEqual(doc.data);
    expect(session.updatedAt).toBe(doc.updatedAt);
  });

  it('marks again in the same review, also after taking it back', async () => {
    await sharedSessionAsMentor();
    const mark = (sharedAt: string, name = '') =>
      markSessionReviewed(db, community, { docId: sessionId, session: { sharedAt } }, name);
    await mark('first');
    await mark('second');
    const id = itemId(community, reviewDocId('maris', sessionId));
    const review = (await db.items.findOne(id).exec())!.toJSON();
    // Without a name in Settings the review is signed with the account.
    expect(readReview(review.data)).toMatchObject({ sharedAt: 'second', reviewerName: 'maris' });
    await removeItem(db, id);
    await mark('third');
    expect(readReview((await db.items.findOne(id).exec())!.toJSON().data).sharedAt).toBe('third');
    expect(await db.items.count({ selector: { type: 'review' } }).exec()).toBe(1);
  });
});

describe('writes the server would refuse', () => {
  it("are refused before they reach the database: a mentor and the leader's records", async () => {
    const doc = await sharedSessionAsMentor();
    await expect(updateItem(db, doc.id, { data: { topics: 'Mentora labojums' } })).rejects.toThrow(
      'sync.mentorReadOnly',
    );
    await expect(updateItem(db, doc.id, { data: { status: 'reviewed' } })).rejects.toThrow(
      'sync.mentorReadOnly',
    );
    await expect(removeItem(db, doc.id)).rejects.toThrow('sync.mentorReadOnly');
    await expect(
      insertItem(db, { communityId: community, type: 'need', data: { title: 'Soliņi' } }),
    ).rejects.toThrow('sync.mentorReadOnly');
    expect((await db.items.findOne(doc.id).exec())!.toJSON().data).toEqual(doc.data);
  });

  it("let a mentor comment under their own account only, and a leader neither review nor touch a mentor's comment", async () => {
    await sharedSessionAsMentor();
    const own = await insertItem(db, {
      communityId: community,
      docId: commentDocId('maris', uuid),
      type: 'comment',
      data: commentData('mentor'),
    });
    await expect(
      insertItem(db, {
        communityId: community,
        docId: commentDocId('ilze', uuid),
        type: 'comment',
        data: commentData('mentor'),
      }),
    ).rejects.toThrow('sync.mentorReadOnly');
    await expect(
      insertItem(db, {
        communityId: community,
        docId: commentDocId('maris', '00000000-0000-4000-8000-000000000003'),
        type: 'comment',
        data: commentData('leader'),
      }),
    ).rejects.toThrow('sync.mentorReadOnly');

    signInAs('liga', community, 'leader');
    await expect(removeItem(db, own.id)).rejects.toThrow('sync.writeRefused');
    await expect(
      markSessionReviewed(db, community, { docId: sessionId, session: {} }, 'Līga'),
    ).rejects.toThrow('sync.writeRefused');
    await insertItem(db, { communityId: community, type: 'need', data: { title: 'Soliņi' } });
    expect(await db.items.findOne(own.id).exec()).not.toBeNull();
  });
});

describe('the coordinator in a community’s workbook', () => {
  it('reads it and writes nothing, not even a comment', async () => {
    const doc = await sharedSessionAsMentor();
    signInAs('anna', community, 'coordinator');
    await expect(updateItem(db, doc.id, { data: { status: 'draft' } })).rejects.toThrow(
      'sync.coordinatorReadOnly',
    );
    await expect(removeItem(db, doc.id)).rejects.toThrow('sync.coordinatorReadOnly');
    await expect(
      insertItem(db, {
        communityId: community,
        docId: commentDocId('anna', uuid),
        type: 'comment',
        data: commentData('coordinator'),
      }),
    ).rejects.toThrow('sync.coordinatorReadOnly');
    expect((await db.items.findOne(doc.id).exec())!.toJSON().data).toEqual(doc.data);
    expect(await db.items.count({ selector: { type: 'comment' } }).exec()).toBe(0);
  });
});
