import { afterEach, describe, expect, it } from 'vitest';
import { itemsChecksum, readBackup } from '../../../../shared/backup/backupFormat';
import { itemId, type ItemDoc } from '../../../../shared/db/schemas/item.schema';
import type { KopspeksDatabase } from '../../db/database';
import { createCommunity, insertItem, updateItem } from '../../db/items';
import { signInAs, signOut } from '../../test/signIn';
import { createTestDatabase } from '../../test/renderWithApp';
import { applyRestore, exportWorkbook, previewRestore, restoreFromText } from './workbookBackup';

const opened: KopspeksDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

async function database(): Promise<KopspeksDatabase> {
  const db = await createTestDatabase();
  opened.push(db);
  return db;
}

/** A workbook with one of most kinds, an archived need and an unresolved conflict. */
async function workbook(db: KopspeksDatabase): Promise<string> {
  const communityId = await createCommunity(db, {
    name: 'Baložu kopiena',
    municipality: 'kekava',
    neighbourhood: 'Baloži',
    description: 'Mēs',
  });
  const add = (docId: string, type: ItemDoc['type'], data: Record<string, unknown>) =>
    insertItem(db, { communityId, docId, type, data });
  await add('assessment-1', 'assessment', { title: 'Aptauja' });
  await add('need-1', 'need', { title: 'Soliņi', votes: [1, 2] });
  await add('need-2', 'need', { title: 'Gaisma' });
  await updateItem(db, itemId(communityId, 'need-2'), { archivedAt: '2026-11-20T10:00:00.000Z' });
  await add('session-1', 'session', { date: '2026-11-10' });
  const conflicted = await db.items.findOne(itemId(communityId, 'session-1')).exec();
  await conflicted!.incrementalPatch({
    conflict: {
      detectedAt: '2026-11-21T10:00:00.000Z',
      fields: [{ path: 'date', ours: 'a', theirs: 'b' }],
    },
  });
  await add('comment-1', 'comment', { body: 'Labi!' });
  // Another workbook on the same device: never part of this one's backup.
  await createCommunity(db, {
    name: 'Cita',
    municipality: 'olaine',
    neighbourhood: '',
    description: '',
  });
  return communityId;
}

async function docsOf(db: KopspeksDatabase, communityId: string): Promise<ItemDoc[]> {
  const docs = await db.items.find({ selector: { communityId }, sort: [{ id: 'asc' }] }).exec();
  return docs.map((doc) => doc.toJSON() as ItemDoc);
}

const byDocId = (a: { docId: string }, b: { docId: string }) => a.docId.localeCompare(b.docId);

describe('restore round trip', () => {
  it('export, wipe, restore: the documents are identical', async () => {
    const db = await database();
    const communityId = await workbook(db);
    const before = await docsOf(db, communityId);
    const { text, backup } = await exportWorkbook(db, communityId, '0.1.0');
    expect(backup.itemCount).toBe(6);

    await db.items.bulkRemove(before.map((doc) => doc.id));
    expect(await docsOf(db, communityId)).toEqual([]);

    const restored = await restoreFromText(db, text, { target: 'original' });
    expect(restored).toEqual({ ok: true, result: { communityId, written: 6, failed: 0 } });
    expect(await docsOf(db, communityId)).toEqual(before);
  });

  it('restores a workbook onto a device that never had it, identical', async () => {
    const db = await database();
    const communityId = await workbook(db);
    const before = await docsOf(db, communityId);
    const { text } = await exportWorkbook(db, communityId, '0.1.0');

    const fresh = await database();
    await restoreFromText(fresh, text, { target: 'original' });
    expect(await docsOf(fresh, communityId)).toEqual(before);
  });

  it('restores into a new workbook: the same documents under a new community and name', async () => {
    const db = await database();
    const communityId = await workbook(db);
    await updateItem(db, itemId(communityId, 'profile'), {
      archivedAt: '2026-11-22T10:00:00.000Z',
    });
    const before = await docsOf(db, communityId);
    const { backup } = await exportWorkbook(db, communityId, '0.1.0');

    const plan = await previewRestore(db, backup, 'new');
    expect(plan.counts.need).toEqual({ added: 2, changed: 0, unchanged: 0, kept: 0 });
    const newName = 'Baložu kopiena (kopija)';
    const result = await applyRestore(db, backup, { target: 'new', newName });
    expect(result.communityId).not.toBe(communityId);
    expect(result).toMatchObject({ written: 6, failed: 0 });

    const strip = ({ id: _id, communityId: _c, ...rest }: ItemDoc) => rest;
    const expected = before
      .map(strip)
      .map((doc) =>
        doc.docId === 'profile'
          ? { ...doc, archivedAt: null, data: { ...doc.data, name: newName } }
          : doc,
      );
    const copy = await docsOf(db, result.communityId);
    expect(copy.map(strip).sort(byDocId)).toEqual(expected.sort(byDocId));
    // The original is untouched.
    expect(await docsOf(db, communityId)).toEqual(before);
  });

  it('restores into the same workbook as new revisions, keeping what is not in the backup', async () => {
    const db = await database();
    const communityId = await workbook(db);
    const { backup } = await exportWorkbook(db, communityId, '0.1.0');
    const find = (docId: string) => db.items.findOne(itemId(communityId, docId)).exec();
    await updateItem(db, itemId(communityId, 'need-1'), { data: { title: 'Soliņi un galdi' } });
    await insertItem(db, { communityId, docId: 'need-3', type: 'need', data: { title: 'Jauna' } });
    await (await find('comment-1'))!.remove();
    const editedRev = (await find('need-1'))!.revision;
    const untouchedRev = (await find('need-2'))!.revision;

    const plan = await previewRestore(db, backup, 'original');
    expect(plan.counts).toEqual({
      community: { added: 0, changed: 0, unchanged: 1, kept: 0 },
      assessment: { added: 0, changed: 0, unchanged: 1, kept: 0 },
      need: { added: 0, changed: 1, unchanged: 1, kept: 1 },
      session: { added: 0, changed: 0, unchanged: 1, kept: 0 },
      comment: { added: 1, changed: 0, unchanged: 0, kept: 0 },
    });

    expect(await applyRestore(db, backup, { target: 'original' })).toEqual({
      communityId,
      written: 2,
      failed: 0,
    });
    const need1 = await find('need-1');
    expect(need1!.data).toEqual({ title: 'Soliņi', votes: [1, 2] });
    // A new revision on top of the edit: sync pushes it like any other change.
    expect(Number.parseInt(need1!.revision)).toBeGreaterThan(Number.parseInt(editedRev));
    expect((await find('need-2'))!.revision).toBe(untouchedRev);
    expect(await find('need-3')).not.toBeNull();
    expect((await find('comment-1'))!.data).toEqual({ body: 'Labi!' });
  });
});

describe('bad backup files change nothing', () => {
  const spoilers: [string, string, (text: string) => Promise<string> | string][] = [
    ['corrupt', 'backup.corrupt', (text) => `\u0000\u0001${text.slice(40)}`],
    ['truncated', 'backup.truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['tampered', 'backup.tampered', (text) => text.replace('"title":"Soliņi"', '"title":"Soliņš"')],
    ['foreign', 'backup.foreign', () => JSON.stringify({ name: 'kopspeks', dependencies: {} })],
    [
      'future version',
      'backup.newerFormat',
      (text) => text.replace('"formatVersion": 1', '"formatVersion": 2'),
    ],
    [
      'invalid item',
      'backup.invalidItem',
      async (text) => {
        const file = JSON.parse(text) as {
          items: Record<string, unknown>[];
          checksum: { value: string };
        };
        file.items[0] = { ...file.items[0], type: 'invoice' };
        file.checksum.value = await itemsChecksum(file.items);
        return JSON.stringify(file);
      },
    ],
  ];

  it.each(spoilers)(
    'refuses a %s file with its code and writes nothing',
    async (_name, code, spoil) => {
      const db = await database();
      const communityId = await workbook(db);
      const { text } = await exportWorkbook(db, communityId, '0.1.0');
      await db.items.bulkRemove((await docsOf(db, communityId)).map((doc) => doc.id));
      const bad = await spoil(text);
      expect(bad).not.toBe(text);

      const total = await db.items.count().exec();
      for (const target of ['original', 'new'] as const) {
        expect(await restoreFromText(db, bad, { target })).toEqual({ ok: false, code });
      }
      expect(await db.items.count().exec()).toBe(total);
      expect(await docsOf(db, communityId)).toEqual([]);
      // The unspoilt file is fine: the refusal came from the damage alone.
      expect((await readBackup(text)).ok).toBe(true);
    },
  );
});

describe('restoring a workbook on the server', () => {
  it("restores as the restorer's edit, leaving a mentor's comment as it is", async () => {
    const db = await database();
    const uuid = '00000000-0000-4000-8000-000000000001';
    const comment = {
      targetDocId: `session-${uuid}`,
      targetType: 'session',
      authorName: 'Māris',
      authorRole: 'mentor',
      body: 'Labi!',
      createdAt: '2026-11-10T10:00:00.000Z',
    };
    const mentorComment = `comment-maris-${uuid}`;
    await insertItem(db, {
      communityId: 'olaine',
      docId: 'profile',
      type: 'community',
      data: { name: 'O' },
    });
    await insertItem(db, {
      communityId: 'olaine',
      docId: 'need-1',
      type: 'need',
      data: { title: 'A' },
    });
    await insertItem(db, {
      communityId: 'olaine',
      docId: mentorComment,
      type: 'comment',
      data: comment,
    });
    const { text } = await exportWorkbook(db, 'olaine', '0.1.0');
    try {
      signInAs('liga', 'olaine', 'leader');
      await updateItem(db, itemId('olaine', 'need-1'), { data: { title: 'B' } });
      signInAs('maris', 'olaine', 'mentor');
      await updateItem(db, itemId('olaine', mentorComment), { data: { body: 'Labāk!' } });
      signInAs('liga', 'olaine', 'leader');
      const restored = await restoreFromText(db, text, { target: 'original' });
      expect(restored).toMatchObject({ ok: true, result: { written: 1, failed: 0 } });
      const need = (await db.items.findOne(itemId('olaine', 'need-1')).exec())!.toJSON();
      expect(need).toMatchObject({ data: { title: 'A' }, updatedBy: 'liga' });
      const kept = (await db.items.findOne(itemId('olaine', mentorComment)).exec())!.toJSON();
      expect(kept.data).toMatchObject({ body: 'Labāk!' });
    } finally {
      signOut();
    }
  });
});
