import { useEffect, useState } from 'react';
import type { AutoBackupEntry } from '../../../../shared/backup/autoBackups';
import type { ErrorCode } from '../../../../shared/errors';
import { desktop } from '../../platform';
import { useBackupsStore } from './backupsStore';

type AutoBackups = { entries: AutoBackupEntry[]; loading: boolean; error: ErrorCode | null };

/** The workbook's automatic backups, newest first, reloaded when one is written. */
export function useAutoBackups(communityId: string): AutoBackups {
  const listVersion = useBackupsStore((s) => s.listVersion);
  const [state, setState] = useState<AutoBackups>({ entries: [], loading: true, error: null });
  useEffect(() => {
    let current = true;
    void desktop['backup:listAuto']({ communityId }).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { entries: result.value, loading: false, error: null }
          : { entries: [], loading: false, error: result.code },
      );
    });
    return () => {
      current = false;
    };
  }, [communityId, listVersion]);
  return state;
}
