import { itemTypes, type ItemDoc, type ItemType } from '../db/schemas/item.schema';
import { canonicalJson, type BackupItem } from './backupFormat';

/** How a restore would change one kind of document. */
export type KindCounts = {
  /** In the backup, not in the workbook now: written as new documents. */
  added: number;
  /** In both, with different content: the workbook's version is replaced by the backup's. */
  changed: number;
  /** In both, with the same content: left alone. */
  unchanged: number;
  /** In the workbook now, not in the backup: kept as they are, never deleted. */
  kept: number;
};

export type RestorePlan = {
  /** Per kind of document, only the kinds that occur. */
  counts: Partial<Record<ItemType, KindCounts>>;
  added: BackupItem[];
  changed: BackupItem[];
  unchanged: number;
  kept: number;
};

/**
 * What a document is, leaving out when and by whom it was last saved: a
 * document whose content equals the backup's is not rewritten just because
 * it was saved again since.
 */
function content(item: {
  type: string;
  dataVersion: number;
  archivedAt?: string | null;
  data: unknown;
  conflict?: unknown;
}): string {
  return canonicalJson({
    type: item.type,
    dataVersion: item.dataVersion,
    archivedAt: item.archivedAt ?? null,
    data: item.data,
    conflict: item.conflict ?? null,
  });
}

const emptyCounts = (): KindCounts => ({ added: 0, changed: 0, unchanged: 0, kept: 0 });

/**
 * Compares a backup with the live documents of the workbook it would be
 * restored into (none for a new workbook). Documents that exist now and not
 * in the backup are kept: a restore adds and replaces, it never deletes, so
 * work done since the backup cannot vanish by restoring it.
 */
export function planRestore(
  items: readonly BackupItem[],
  current: readonly ItemDoc[],
): RestorePlan {
  const now = new Map(current.map((doc) => [doc.docId, doc]));
  const counts: Partial<Record<ItemType, KindCounts>> = {};
  const countsFor = (type: ItemType) => (counts[type] ??= emptyCounts());
  const plan: RestorePlan = { counts, added: [], changed: [], unchanged: 0, kept: 0 };
  const inBackup = new Set<string>();
  for (const item of items) {
    inBackup.add(item.docId);
    const existing = now.get(item.docId);
    if (!existing) {
      plan.added.push(item);
      countsFor(item.type).added += 1;
    } else if (content(existing) !== content(item)) {
      plan.changed.push(item);
      countsFor(item.type).changed += 1;
    } else {
      plan.unchanged += 1;
      countsFor(item.type).unchanged += 1;
    }
  }
  for (const doc of current) {
    if (inBackup.has(doc.docId)) continue;
    plan.kept += 1;
    countsFor(doc.type).kept += 1;
  }
  // Kinds in the app's usual order, so the preview reads the same every time.
  plan.counts = Object.fromEntries(
    itemTypes.filter((type) => counts[type]).map((type) => [type, counts[type]]),
  );
  return plan;
}
