import { readMarkerKey, type Comment } from '../../../../shared/domain/comment';
import { commentDocId } from '../../../../shared/domain/docIds';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, newId, nowIso, writerIn } from '../../db/items';

/** Records on this device that the comments were read. */
export async function markCommentsRead(db: KopspeksDatabase, docIds: string[]): Promise<void> {
  if (docIds.length === 0) return;
  const now = nowIso();
  await db.local.bulkUpsert(
    docIds.map((docId) => ({ key: readMarkerKey(docId), kind: 'read', value: {}, updatedAt: now })),
  );
}

/**
 * Adds a comment as its own document, whose id names its author's server
 * account (`comment-<user>-<uuid>`, issue #14: the server lets only that
 * account write it). In a workbook kept only on this device there is no
 * account yet: the id is `comment-<uuid>`, and uploading the workbook
 * signs it. The author's own comment is marked read first, so it never
 * shows as new, not even for a moment.
 */
export async function postComment(
  db: KopspeksDatabase,
  communityId: string,
  comment: Omit<Comment, 'createdAt'>,
): Promise<void> {
  const docId = commentDocId(writerIn(communityId)?.name || null, newId());
  await markCommentsRead(db, [docId]);
  await insertItem(db, {
    communityId,
    docId,
    type: 'comment',
    data: { ...comment, createdAt: nowIso() },
  });
}
