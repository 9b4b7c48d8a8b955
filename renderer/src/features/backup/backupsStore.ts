import { create } from 'zustand';
import type { BackupFile } from '../../../../shared/backup/backupFormat';

type BackupsState = {
  /** Bumped whenever an automatic backup is written, so lists reload. */
  listVersion: number;
  changed: () => void;
  /** The backup whose restore is being previewed, with the workbook it was opened from. */
  restoring: { backup: BackupFile; fromCommunityId: string | null } | null;
  openRestore: (backup: BackupFile, fromCommunityId: string | null) => void;
  closeRestore: () => void;
};

/** UI state of backups: which restore is open, when the list of automatic backups is stale. */
export const useBackupsStore = create<BackupsState>((set) => ({
  listVersion: 0,
  changed: () => set((state) => ({ listVersion: state.listVersion + 1 })),
  restoring: null,
  openRestore: (backup, fromCommunityId) => set({ restoring: { backup, fromCommunityId } }),
  closeRestore: () => set({ restoring: null }),
}));
