import { Dexie, type EntityTable } from 'dexie';
import { readBackup } from '../../../shared/backup/backupFormat';
import {
  autoBackupId,
  autoBackupsKept,
  autoBackupTime,
  itemCountFromHead,
  newestFirst,
  type AutoBackupEntry,
} from '../../../shared/backup/autoBackups';
import { AppError, toErrorCode } from '../../../shared/errors';
import { ipcContract, type DesktopApi, type IpcResult } from '../../../shared/ipc/contract';

type StoredBackup = AutoBackupEntry & { key: string; content: string };
type BackupsDatabase = Dexie & { backups: EntityTable<StoredBackup, 'key'> };
type BackupChannel = 'backup:saveAuto' | 'backup:listAuto' | 'backup:readAuto';

/**
 * The browser's automatic backups, in an IndexedDB database of their own
 * beside the workbooks'. Memory would lose them on every reload, which is
 * exactly when a backup is wanted; localStorage holds only a few megabytes.
 * They share the site's storage with the data, so clearing the site's data
 * removes both (the page says so): the desktop app, which keeps them in
 * files, is where they really protect. Same rules as electron/main/backupStore.ts.
 */
export function createWebBackups(
  options: { name?: string; keep?: number; now?: () => Date } = {},
): Pick<DesktopApi, BackupChannel> {
  const {
    name = 'kopspeks-auto-backups',
    keep = autoBackupsKept,
    now = () => new Date(),
  } = options;
  let database: BackupsDatabase | null = null;
  // Opened on first use: a page that never backs up never creates it.
  const db = () => {
    if (!database) {
      database = new Dexie(name) as BackupsDatabase;
      database.version(1).stores({ backups: '&key, communityId' });
    }
    return database;
  };
  const stored = async (communityId: string) =>
    newestFirst(await db().backups.where('communityId').equals(communityId).toArray());
  const toEntry = ({ id, communityId, createdAt, size, itemCount }: StoredBackup) => ({
    id,
    communityId,
    createdAt,
    size,
    itemCount,
  });

  return {
    'backup:saveAuto': (raw) =>
      answer(async () => {
        const parsed = ipcContract['backup:saveAuto'].input.safeParse(raw);
        if (!parsed.success) throw new AppError('ipc.badInput');
        const { communityId, content } = parsed.data;
        const read = await readBackup(content);
        if (!read.ok) throw new AppError(read.code);
        if (read.backup.communityId !== communityId) throw new AppError('ipc.badInput');
        const id = autoBackupId(now());
        const backup: StoredBackup = {
          key: `${communityId}/${id}`,
          id,
          communityId,
          createdAt: autoBackupTime(id),
          size: new TextEncoder().encode(content).length,
          itemCount: itemCountFromHead(content.slice(0, 4096)),
          content,
        };
        try {
          await db().transaction('rw', db().backups, async () => {
            await db().backups.put(backup);
            const old = (await stored(communityId)).slice(keep);
            await db().backups.bulkDelete(old.map((entry) => entry.key));
          });
        } catch (error) {
          throw new AppError('backup.saveFailed', { cause: error });
        }
        return toEntry(backup);
      }),

    'backup:listAuto': (raw) =>
      answer(async () => {
        const parsed = ipcContract['backup:listAuto'].input.safeParse(raw);
        if (!parsed.success) throw new AppError('ipc.badInput');
        return (await stored(parsed.data.communityId)).map(toEntry);
      }),

    'backup:readAuto': (raw) =>
      answer(async () => {
        const parsed = ipcContract['backup:readAuto'].input.safeParse(raw);
        if (!parsed.success) throw new AppError('ipc.badInput');
        const backup = await db().backups.get(`${parsed.data.communityId}/${parsed.data.id}`);
        if (!backup) throw new AppError('backup.notFound');
        return { content: backup.content };
      }),
  };
}

async function answer<T>(task: () => Promise<T>): Promise<IpcResult<T>> {
  try {
    return { ok: true, value: await task() };
  } catch (error) {
    return { ok: false, code: toErrorCode(error, 'ipc.failed') };
  }
}
