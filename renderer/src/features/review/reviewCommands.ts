import { itemId } from '../../../../shared/db/schemas/item.schema';
import { reviewDocId } from '../../../../shared/domain/docIds';
import { newReview } from '../../../../shared/domain/review';
import type { Session } from '../../../../shared/domain/session';
import { AppError } from '../../../../shared/errors';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, nowIso, updateItem, writerIn } from '../../db/items';

/**
 * Marks a session reviewed: the mentor's own review document
 * (`review-<user>-<sessionDocId>`, issue #14), never a change to the
 * leader's session. Marking again updates the mentor's review.
 */
export async function markSessionReviewed(
  db: KopspeksDatabase,
  communityId: string,
  session: { docId: string; session: Pick<Session, 'sharedAt'> },
  reviewerName: string,
): Promise<void> {
  const writer = writerIn(communityId);
  if (!writer?.name) throw new AppError('sync.mentorReadOnly');
  const docId = reviewDocId(writer.name, session.docId);
  const review = newReview(session.docId, session.session, reviewerName || writer.name, nowIso());
  const existing = await db.items.findOne(itemId(communityId, docId)).exec();
  if (existing) await updateItem(db, existing.id, { data: review });
  else await insertItem(db, { communityId, docId, type: 'review', data: review });
}
