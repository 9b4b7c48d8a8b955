import {
  createBackup,
  readBackup,
  serializeBackup,
  type BackupFile,
  type BackupItem,
} from '../../../../shared/backup/backupFormat';
import { planRestore, type RestorePlan } from '../../../../shared/backup/restorePlan';
import { itemId, profileDocId, type ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { communityLimits, readCommunityProfile } from '../../../../shared/domain/community';
import { mayWrite } from '../../../../shared/domain/writeAccess';
import { AppError, type ErrorCode } from '../../../../shared/errors';
import type { KopspeksDatabase } from '../../db/database';
import { newId, nowIso, writerIn } from '../../db/items';

/** Where a backup goes: a new workbook beside the others, or the workbook it was made of. */
export type RestoreTarget = 'new' | 'original';

export type RestoreResult = {
  communityId: string;
  written: number;
  /** Documents that could not be written; the rest were (see `applyRestore`). */
  failed: number;
};

async function liveDocs(db: KopspeksDatabase, communityId: string): Promise<ItemDoc[]> {
  const docs = await db.items.find({ selector: { communityId } }).exec();
  return docs.map((doc) => doc.toJSON() as ItemDoc);
}

/** A workbook as a backup file's text: its live documents, archived ones included. */
export async function exportWorkbook(
  db: KopspeksDatabase,
  communityId: string,
  appVersion: string,
  at: Date = new Date(),
): Promise<{ backup: BackupFile; text: string }> {
  const docs = await liveDocs(db, communityId);
  const profile = docs.find((doc) => doc.docId === profileDocId);
  if (!profile) throw new AppError('db.notFound');
  const backup = await createBackup({
    appVersion,
    createdAt: at.toISOString(),
    communityId,
    communityName: readCommunityProfile(profile.data).name,
    docs,
  });
  return { backup, text: serializeBackup(backup) };
}

/** What restoring `backup` into `target` would add, change, leave and keep. */
export async function previewRestore(
  db: KopspeksDatabase,
  backup: BackupFile,
  target: RestoreTarget,
): Promise<RestorePlan> {
  const current = target === 'new' ? [] : await liveDocs(db, backup.communityId);
  return planRestore(backup.items, current);
}

function toDoc(item: BackupItem, communityId: string): ItemDoc {
  return {
    ...item,
    id: itemId(communityId, item.docId),
    communityId,
    archivedAt: item.archivedAt ?? null,
  };
}

/**
 * Writes a backup into a workbook, in bulk.
 *
 * - `new`: a new workbook on this device (a new community id, kept only
 *   here until uploaded, like any workbook made before sign-in), its
 *   profile renamed to `newName`. All or nothing: if any document fails,
 *   the ones written are removed again and `backup.restoreFailed` is thrown.
 * - `original`: the workbook the backup was made of (recreated if this
 *   device no longer has it). Changed documents are saved as new revisions
 *   through RxDB, so sync pushes the restored state like any edit and no
 *   history is rewritten; documents not in the backup are kept. A write
 *   that fails is counted in `failed` for the caller to report. In a
 *   community on the server the restore is the restorer's edit, signed
 *   with their account, and what only someone else may write there (a
 *   mentor's comment or review, issue #14) is left as it is now.
 */
export async function applyRestore(
  db: KopspeksDatabase,
  backup: BackupFile,
  options: { target: RestoreTarget; newName?: string },
): Promise<RestoreResult> {
  if (options.target === 'new') return restoreAsNew(db, backup, options.newName);
  const communityId = backup.communityId;
  const live = await liveDocs(db, communityId);
  const plan = planRestore(backup.items, live);
  const now = nowIso();
  const writer = writerIn(communityId);
  const current = new Map(live.map((doc) => [doc.docId, doc]));
  const docs = [
    // Back as they were, with their own dates: on this device they are gone.
    ...plan.added.map((item) => toDoc(item, communityId)),
    // An edit made now: the restored content is the newest version.
    ...plan.changed.map((item) => ({ ...toDoc(item, communityId), updatedAt: now })),
  ]
    .map((doc) => (writer?.name ? { ...doc, updatedBy: writer.name } : doc))
    .filter((doc) => !writer || mayWrite(writer, current.get(doc.docId) ?? null, doc).ok);
  if (docs.length === 0) return { communityId, written: 0, failed: 0 };
  const result = await db.items.bulkUpsert(docs);
  return { communityId, written: result.success.length, failed: result.error.length };
}

async function restoreAsNew(
  db: KopspeksDatabase,
  backup: BackupFile,
  newName: string | undefined,
): Promise<RestoreResult> {
  const communityId = newId();
  const docs = backup.items.map((item) => {
    const doc = toDoc(item, communityId);
    if (item.docId !== profileDocId) return doc;
    // The new workbook must show in the picker, under a name told apart from the original.
    const name = newName?.slice(0, communityLimits.name);
    return { ...doc, data: name ? { ...doc.data, name } : doc.data, archivedAt: null };
  });
  const result = await db.items.bulkInsert(docs);
  if (result.error.length > 0) {
    await db.items.bulkRemove(result.success.map((doc) => doc.id)).catch(() => undefined);
    throw new AppError('backup.restoreFailed');
  }
  return { communityId, written: result.success.length, failed: 0 };
}

/** Reads a backup file's text and restores it; a bad file changes nothing. */
export async function restoreFromText(
  db: KopspeksDatabase,
  text: string,
  options: { target: RestoreTarget; newName?: string },
): Promise<{ ok: true; result: RestoreResult } | { ok: false; code: ErrorCode }> {
  const read = await readBackup(text);
  if (!read.ok) return read;
  return { ok: true, result: await applyRestore(db, read.backup, options) };
}
