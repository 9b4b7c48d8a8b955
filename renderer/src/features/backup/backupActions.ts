import {
  backupFileSuffix,
  maxBackupChars,
  readBackup,
  type BackupFile,
} from '../../../../shared/backup/backupFormat';
import { isAutoBackupDue } from '../../../../shared/backup/autoBackups';
import { AppError } from '../../../../shared/errors';
import type { KopspeksDatabase } from '../../db/database';
import { desktop } from '../../platform';
import { useBackupsStore } from './backupsStore';
import { exportWorkbook } from './workbookBackup';

async function appVersion(): Promise<string> {
  const info = await desktop['app:getInfo']();
  return info.ok ? info.value.version : 'unknown';
}

/** Asks where to save a backup of the workbook and writes it; null when the user cancelled. */
export async function exportToFile(
  db: KopspeksDatabase,
  communityId: string,
): Promise<string | null> {
  const { backup, text } = await exportWorkbook(db, communityId, await appVersion());
  const base = backup.communityName.slice(0, 80) || 'Kopspeks';
  // `format: 'json'` adds the final `.json`.
  const name = `${base} ${backup.createdAt.slice(0, 10)}${backupFileSuffix.replace(/\.json$/, '')}`;
  const result = await desktop['file:saveText']({
    suggestedName: name,
    content: text,
    format: 'json',
  });
  if (!result.ok) throw new AppError(result.code);
  return result.value.saved ? (result.value.fileName ?? name) : null;
}

/** Makes an automatic backup of the workbook now and lets the list know. */
export async function saveAutoBackup(db: KopspeksDatabase, communityId: string): Promise<void> {
  const { text } = await exportWorkbook(db, communityId, await appVersion());
  const result = await desktop['backup:saveAuto']({ communityId, content: text });
  if (!result.ok) throw new AppError(result.code);
  useBackupsStore.getState().changed();
}

const running = new Set<string>();

/**
 * The daily automatic backup: made when the newest one of this workbook is
 * a day old or missing, one at a time per workbook (a workbook opened twice
 * in a row, or React's double effects, start it once).
 */
export async function autoBackupIfDue(
  db: KopspeksDatabase,
  communityId: string,
  now: Date = new Date(),
): Promise<boolean> {
  if (running.has(communityId)) return false;
  running.add(communityId);
  try {
    const listed = await desktop['backup:listAuto']({ communityId });
    if (!listed.ok) throw new AppError(listed.code);
    if (!isAutoBackupDue(listed.value[0], now)) return false;
    await saveAutoBackup(db, communityId);
    return true;
  } finally {
    running.delete(communityId);
  }
}

/** Reads a file the user chose; a bad one is refused with its code before anything else. */
export async function readBackupFile(file: File): Promise<BackupFile> {
  // UTF-8 takes at most 4 bytes a character: anything larger cannot fit the limit.
  if (file.size > maxBackupChars * 4) throw new AppError('backup.tooLarge');
  const read = await readBackup(await file.text());
  if (!read.ok) throw new AppError(read.code);
  return read.backup;
}

/** Reads one of the automatic backups for a restore. */
export async function readAutoBackup(communityId: string, id: string): Promise<BackupFile> {
  const result = await desktop['backup:readAuto']({ communityId, id });
  if (!result.ok) throw new AppError(result.code);
  const read = await readBackup(result.value.content);
  if (!read.ok) throw new AppError(read.code);
  return read.backup;
}
