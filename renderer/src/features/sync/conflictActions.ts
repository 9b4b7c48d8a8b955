import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { AppError } from '../../../../shared/errors';
import { resolveDeletionConflict, resolveFieldConflict } from '../../../../shared/sync/resolve';
import type { KopspeksDatabase } from '../../db/database';
import { nowIso, signed } from '../../db/items';

/** Applies the user's choice for one conflicting field; the result syncs like any edit. */
export async function chooseConflictValue(
  db: KopspeksDatabase,
  id: string,
  path: string,
  choice: { keep: 'ours' | 'theirs' } | { value: unknown },
): Promise<void> {
  const doc = await db.items.findOne(id).exec();
  if (!doc) throw new AppError('db.notFound');
  try {
    // The choice is this user's edit, signed as theirs (the server checks updatedBy).
    await doc.incrementalModify((current) =>
      signed(current.communityId, {
        ...resolveFieldConflict(current, path, choice),
        updatedAt: nowIso(),
      }),
    );
  } catch (error) {
    throw new AppError('db.saveFailed', { cause: error });
  }
}

/** Keeps an item that met a deletion, or deletes it after all. */
export async function settleDeletion(
  db: KopspeksDatabase,
  id: string,
  keep: boolean,
): Promise<void> {
  const doc = await db.items.findOne(id).exec();
  if (!doc) throw new AppError('db.notFound');
  try {
    const resolved = resolveDeletionConflict(doc.toJSON() as ItemDoc, keep);
    if (resolved)
      await doc.incrementalModify(() =>
        signed(resolved.communityId, { ...resolved, updatedAt: nowIso() }),
      );
    else await doc.remove();
  } catch (error) {
    throw new AppError('db.saveFailed', { cause: error });
  }
}
