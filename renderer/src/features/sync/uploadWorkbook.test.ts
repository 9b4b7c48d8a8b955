import { afterEach, describe, expect, it } from 'vitest';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import type { KopspeksDatabase } from '../../db/database';
import { createCommunity, insertItem } from '../../db/items';
import { createTestDatabase } from '../../test/renderWithApp';
import { uploadWorkbook } from './uploadWorkbook';

let db: KopspeksDatabase | undefined;
afterEach(async () => {
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
});
