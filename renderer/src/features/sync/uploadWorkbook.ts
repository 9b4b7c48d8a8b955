import { itemId, profileDocId, type ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { readMarkerKey } from '../../../../shared/domain/comment';
import { copyForUpload } from '../../../../shared/domain/writeAccess';
import { AppError } from '../../../../shared/errors';
import type { KopspeksDatabase } from '../../db/database';
import { communityProfileId, nowIso, updateItem, writerIn } from '../../db/items';

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Copies a workbook kept only on this device into a community on the server
 * (everything in it: assessments, needs, sessions, plans, comments), then
 * archives the local copy. Nothing is deleted. The server community's
 * profile keeps its own values and takes the local one's where it has none.
 * Everything copied is signed by the uploading leader (issue #14); what the
 * server would let only someone else write (a mentor's review, another
 * person's comment) stays in the local copy.
 */
export async function uploadWorkbook(
  db: KopspeksDatabase,
  from: string,
  to: string,
): Promise<number> {
  const docs = (await db.items.find({ selector: { communityId: from } }).exec()).map(
    (doc) => doc.toJSON() as ItemDoc,
  );
  const already = new Set(
    (await db.items.find({ selector: { communityId: to } }).exec()).map((doc) => doc.docId),
  );
  const now = nowIso();
  const uploader = writerIn(to)?.name;
  const copies = docs
    .filter((doc) => doc.type !== 'community')
    .map((doc) => (uploader ? copyForUpload(doc, uploader) : doc))
    .filter((doc): doc is ItemDoc => doc !== null && !already.has(doc.docId))
    .map((doc) => ({ ...doc, id: itemId(to, doc.docId), communityId: to, updatedAt: now }));
  // A comment signed on the way is still the uploader's own: not news to them.
  await db.local.bulkUpsert(
    copies
      .filter((doc) => doc.type === 'comment')
      .map((doc) => ({ key: readMarkerKey(doc.docId), kind: 'read', value: {}, updatedAt: now })),
  );
  const result = await db.items.bulkInsert(copies);
  if (result.error.length > 0) throw new AppError('db.saveFailed');

  const localProfile = docs.find((doc) => doc.type === 'community');
  if (localProfile) {
    const serverProfile = await db.items.findOne(itemId(to, profileDocId)).exec();
    if (!serverProfile) {
      await db.items.insert({
        ...(uploader ? copyForUpload(localProfile, uploader)! : localProfile),
        id: itemId(to, profileDocId),
        communityId: to,
        archivedAt: null,
        updatedAt: now,
      });
    } else {
      const current = serverProfile.toJSON().data as Record<string, unknown>;
      const fill = Object.fromEntries(
        Object.entries(localProfile.data).filter(
          ([key, value]) => isBlank(current[key]) && !isBlank(value),
        ),
      );
      if (Object.keys(fill).length > 0) await updateItem(db, serverProfile.id, { data: fill });
    }
  }
  await updateItem(db, communityProfileId(from), { archivedAt: now });
  return copies.length;
}
