import type { RxConflictHandler } from 'rxdb';
import type { ItemDoc } from '../db/schemas/item.schema';
import { mergeItem, sameContent, type SyncedItem } from './merge';

/**
 * Replaces RxDB's default handler, which keeps the server's version and
 * silently drops the local edit. Ours merges field by field against the
 * common ancestor and keeps both versions where both sides changed a field.
 */
export const itemConflictHandler: RxConflictHandler<ItemDoc> = {
  isEqual: (a, b) => sameContent(a, b),
  resolve: (input) =>
    Promise.resolve(
      mergeItem(
        input.assumedMasterState,
        input.realMasterState as SyncedItem,
        input.newDocumentState as SyncedItem,
      ),
    ),
};
