import { readSession } from '../../../../shared/domain/session';
import { reviewedPatch } from '../../../../shared/domain/reviewQueue';
import type { KopspeksDatabase } from '../../db/database';
import { nowIso, updateItem } from '../../db/items';

/**
 * Marks a shared session reviewed. Only `status`, `reviewedAt` and
 * `reviewedBy` change: the edit starts from the stored data (`base`), so
 * nothing else of the leader's document is written, as the server requires.
 */
export async function markSessionReviewed(
  db: KopspeksDatabase,
  id: string,
  reviewedBy: string,
): Promise<void> {
  const doc = await db.items.findOne(id).exec();
  const base = (doc?.toJSON().data ?? {}) as Record<string, unknown>;
  if (readSession(base).status === 'reviewed') return;
  await updateItem(db, id, { base, data: { ...base, ...reviewedPatch(reviewedBy, nowIso()) } });
}
