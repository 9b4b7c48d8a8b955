import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBackup } from '../../shared/backup/backupFormat';
import {
  autoBackupId,
  autoBackupIdPattern,
  autoBackupsKept,
  autoBackupTime,
  itemCountFromHead,
  newestFirst,
  type AutoBackupEntry,
} from '../../shared/backup/autoBackups';
import { AppError } from '../../shared/errors';
import { communityIdPattern } from '../../shared/sync/communities';
import type { Logger } from './logger';

export type BackupStore = {
  /** Checks a backup the page made and writes it; then only the newest `keep` stay. */
  save(input: { communityId: string; content: string }): Promise<AutoBackupEntry>;
  /** A workbook's automatic backups, newest first. */
  list(communityId: string): Promise<AutoBackupEntry[]>;
  read(input: { communityId: string; id: string }): Promise<{ content: string }>;
};

const headBytes = 4096;
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * The automatic backups in `<dir>/<communityId>/<time>.kopspeks-backup.json`.
 * The data lives in the page's IndexedDB, so the page makes each backup; this
 * module only checks it (with the same reader a restore uses), writes it
 * atomically and keeps the newest `keep` per workbook.
 */
export function createBackupStore(deps: {
  dir: string;
  keep?: number;
  now?: () => Date;
  log?: Logger;
}): BackupStore {
  const { dir, keep = autoBackupsKept, now = () => new Date(), log } = deps;

  // The contract checks ids and community ids too; a path never leaves `dir`.
  const folder = (communityId: string) => {
    if (!communityIdPattern.test(communityId)) throw new AppError('ipc.badInput');
    return join(dir, communityId);
  };
  const file = (communityId: string, id: string) => {
    if (!autoBackupIdPattern.test(id)) throw new AppError('ipc.badInput');
    return join(folder(communityId), id);
  };

  const ids = async (communityId: string): Promise<string[]> => {
    try {
      return (await readdir(folder(communityId))).filter((name) => autoBackupIdPattern.test(name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  };

  const entry = async (communityId: string, id: string): Promise<AutoBackupEntry> => {
    const path = file(communityId, id);
    const { size } = await stat(path);
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(headBytes, size));
      await handle.read(buffer, 0, buffer.length, 0);
      const itemCount = itemCountFromHead(buffer.toString('utf8'));
      return { id, communityId, createdAt: autoBackupTime(id), size, itemCount };
    } finally {
      await handle.close();
    }
  };

  const prune = async (communityId: string): Promise<void> => {
    const old = newestFirst((await ids(communityId)).map((id) => ({ id }))).slice(keep);
    for (const { id } of old) await rm(file(communityId, id), { force: true });
  };

  return {
    async save({ communityId, content }) {
      const read = await readBackup(content);
      if (!read.ok) throw new AppError(read.code);
      if (read.backup.communityId !== communityId) throw new AppError('ipc.badInput');
      const id = autoBackupId(now());
      const path = file(communityId, id);
      const temp = `${path}.${randomUUID().slice(0, 8)}.tmp`;
      try {
        await mkdir(folder(communityId), { recursive: true });
        // A crash leaves the old files and maybe a temp file, never half a backup.
        await writeFile(temp, content, { encoding: 'utf8', flush: true });
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        log?.error('backups: could not write an automatic backup', { code: errorCode(error) });
        throw new AppError('backup.saveFailed', { cause: error });
      }
      await prune(communityId).catch((error: unknown) =>
        log?.warn('backups: could not remove old backups', { code: errorCode(error) }),
      );
      return entry(communityId, id);
    },

    async list(communityId) {
      const entries: AutoBackupEntry[] = [];
      for (const id of await ids(communityId)) {
        try {
          entries.push(await entry(communityId, id));
        } catch {
          // Removed between listing and reading (pruned by another save): not there.
        }
      }
      return newestFirst(entries);
    },

    async read({ communityId, id }) {
      try {
        return { content: await readFile(file(communityId, id), 'utf8') };
      } catch (error) {
        if (errorCode(error) === 'ENOENT') throw new AppError('backup.notFound');
        throw error;
      }
    },
  };
}
