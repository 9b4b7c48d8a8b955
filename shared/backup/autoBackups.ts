import { z } from 'zod';
import { communityIdPattern } from '../sync/communities';
import { backupFileSuffix, maxBackupChars } from './backupFormat';

/*
 * Automatic backups: the page writes one per workbook and day, the desktop
 * keeps the newest few in `<userData>/backups/<communityId>/` (the browser
 * build in its own IndexedDB store). Shared by both and the IPC contract.
 */

/** How many automatic backups of each workbook are kept. */
export const autoBackupsKept = 14;
/** An automatic backup is made when the newest one is older than this. */
export const autoBackupIntervalMs = 24 * 60 * 60 * 1000;

/** `2026-11-26T10-50-56-123Z.kopspeks-backup.json`: sorts by time, safe on Windows. */
export const autoBackupIdPattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.kopspeks-backup\.json$/;

export function autoBackupId(at: Date): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}${backupFileSuffix}`;
}

/** The moment an automatic backup was written, read back from its id. */
export function autoBackupTime(id: string): string {
  const stamp = id.slice(0, -backupFileSuffix.length);
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

const itemCountMark = /"itemCount"\s*:\s*(\d{1,9})/;

/** The item count from the start of a backup file, where its header is. */
export function itemCountFromHead(head: string): number | null {
  const match = itemCountMark.exec(head);
  return match ? Number(match[1]) : null;
}

export const communityIdSchema = z.string().regex(communityIdPattern);
export const autoBackupIdSchema = z.string().max(80).regex(autoBackupIdPattern);

/** One automatic backup as the Backups page lists it. */
export const autoBackupEntrySchema = z.object({
  id: autoBackupIdSchema,
  communityId: communityIdSchema,
  createdAt: z.string().max(32),
  /** Bytes on disk. */
  size: z.number().int().min(0),
  /** Null when the file's header could not be read. */
  itemCount: z.number().int().min(0).nullable(),
});
export type AutoBackupEntry = z.infer<typeof autoBackupEntrySchema>;

export const saveAutoBackupInputSchema = z
  .object({ communityId: communityIdSchema, content: z.string().max(maxBackupChars) })
  .strict();
export const listAutoBackupsInputSchema = z.object({ communityId: communityIdSchema }).strict();
export const readAutoBackupInputSchema = z
  .object({ communityId: communityIdSchema, id: autoBackupIdSchema })
  .strict();
export const autoBackupContentSchema = z.object({ content: z.string().max(maxBackupChars) });

/** Newest first; ids sort by time. */
export function newestFirst<T extends { id: string }>(entries: T[]): T[] {
  return entries.toSorted((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Whether a workbook is due for an automatic backup, given its newest one. */
export function isAutoBackupDue(newest: AutoBackupEntry | undefined, now: Date): boolean {
  if (!newest) return true;
  const age = now.getTime() - Date.parse(newest.createdAt);
  // A clock set back makes the age negative: back up rather than wait for the clock.
  return !(age >= 0 && age < autoBackupIntervalMs);
}
