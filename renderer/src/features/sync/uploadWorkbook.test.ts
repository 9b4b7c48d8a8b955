import { afterEach, describe, expect, it } from 'vitest';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import type { KopspeksDatabase } from '../../db/database';
import { createCommunity, insertItem } from '../../db/items';
import { signInAs, signOut } from '../../test/signIn';
import { createTestDatabase } from '../../test/renderWithApp';
import { uploadWorkbook } from './uploadWorkbook';

let db: KopspeksDatabase | undefined;
afterEach(async () => {
  signOut();
  await db?.close();
  db = undefined;
});

describe('uploadWorkbook', () => {
  it('copies everything into the server community, fills its empty profile fields and archives the local copy', async () => {
    db = await createTestDatabase();
    const local = await createCommunity(db, {
      name: 'Mana kopiena',
      description: 'Vietējais apraksts',
    });
    await insertItem(db, {
      communityId: local,
      docId: 'need-1',
      type: 'need',
      data: { title: 'Soliņi' },
    });
    await insertItem(db, {
      communityId: local,
      docId: 'session-1',
      type: 'session',
      data: { mentor: 'Anna' },
    });
    // The server community's profile, as pulled.
    await insertItem(db, {
      communityId: 'olaine',
      docId: 'profile',
      type: 'community',
      data: { name: 'Olaines kopiena', description: '' },
    });

    expect(await uploadWorkbook(db, local, 'olaine')).toBe(2);
    expect((await db.items.findOne(itemId('olaine', 'need-1')).exec())?.data).toEqual({
      title: 'Soliņi',
    });
    expect((await db.items.findOne(itemId('olaine', 'session-1')).exec())?.communityId).toBe(
      'olaine',
    );
    expect((await db.items.findOne(itemId('olaine', 'profile')).exec())?.data).toEqual({
      name: 'Olaines kopiena',
      description: 'Vietējais apraksts',
    });
    const original = await db.items.findOne(itemId(local, 'profile')).exec();
    expect(original?.archivedAt).toBeTruthy();
    // Nothing local was deleted.
    expect(await db.items.findOne(itemId(local, 'need-1')).exec()).not.toBeNull();
    // A second upload copies nothing twice.
    expect(await uploadWorkbook(db, local, 'olaine')).toBe(0);
  });

  it("signs the leader's comments with their account and leaves a mentor's review behind", async () => {
    db = await createTestDatabase();
    const local = await createCommunity(db, { name: 'Mana kopiena' });
    const uuid = '00000000-0000-4000-8000-000000000001';
    const session = `session-${uuid}`;
    const comment = {
      targetDocId: session,
      targetType: 'session',
      authorName: 'Līga',
      authorRole: 'leader',
      body: 'Piezīme',
      createdAt: '2026-11-10T10:00:00.000Z',
    };
    await insertItem(db, {
      communityId: local,
      docId: `comment-${uuid}`,
      type: 'comment',
      data: comment,
    });
    const review = { sessionDocId: session, reviewerName: 'M', reviewedAt: 'x', sharedAt: '' };
    const reviewId = `review-maris-${session}`;
    await insertItem(db, { communityId: local, docId: reviewId, type: 'review', data: review });
    signInAs('liga', 'olaine', 'leader');

    expect(await uploadWorkbook(db, local, 'olaine')).toBe(1);
    const signed = await db.items.findOne(itemId('olaine', `comment-liga-${uuid}`)).exec();
    expect(signed?.toJSON()).toMatchObject({ updatedBy: 'liga', data: comment });
    expect(await db.items.findOne(itemId('olaine', reviewId)).exec()).toBeNull();
    expect(await db.items.findOne(itemId('olaine', 'profile')).exec()).toMatchObject({
      updatedBy: 'liga',
    });
    // The leader's own comment is not news to them.
    expect(await db.local.findOne(`read:comment-liga-${uuid}`).exec()).not.toBeNull();
  });
});
