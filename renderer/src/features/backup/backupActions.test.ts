import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KopspeksDatabase } from '../../db/database';
import { createCommunity } from '../../db/items';
import { desktop } from '../../platform';
import { createTestDatabase } from '../../test/renderWithApp';
import { autoBackupIfDue, readAutoBackup } from './backupActions';
import { useBackupsStore } from './backupsStore';

let db: KopspeksDatabase | undefined;
// Vite defines it in builds; the browser implementation's app:getInfo reads it.
beforeAll(() => vi.stubGlobal('__APP_VERSION__', '0.1.0-test'));
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const profile = { name: 'Kopiena', municipality: 'olaine', neighbourhood: '', description: '' };

// In jsdom `desktop` is the browser implementation: its backups live in (fake) IndexedDB.
describe('the daily automatic backup', () => {
  it('is made once a day per workbook, and can be read back for a restore', async () => {
    db = await createTestDatabase();
    const communityId = await createCommunity(db, profile);
    const listVersion = useBackupsStore.getState().listVersion;
    const now = new Date();

    expect(await autoBackupIfDue(db, communityId, now)).toBe(true);
    expect(useBackupsStore.getState().listVersion).toBe(listVersion + 1);
    // Later the same day: not again.
    expect(await autoBackupIfDue(db, communityId, new Date(now.getTime() + 60_000))).toBe(false);
    // A day later: due again.
    expect(await autoBackupIfDue(db, communityId, new Date(now.getTime() + 25 * 3_600_000))).toBe(
      true,
    );

    const listed = await desktop['backup:listAuto']({ communityId });
    if (!listed.ok) throw new Error(listed.code);
    expect(listed.value).toHaveLength(2);
    const backup = await readAutoBackup(communityId, listed.value[0]!.id);
    expect(backup).toMatchObject({ communityId, communityName: 'Kopiena', itemCount: 1 });
  });

  it('runs once when started twice at the same time', async () => {
    db = await createTestDatabase();
    const communityId = await createCommunity(db, profile);
    const results = await Promise.all([
      autoBackupIfDue(db, communityId),
      autoBackupIfDue(db, communityId),
    ]);
    expect(results.toSorted()).toEqual([false, true]);
    const listed = await desktop['backup:listAuto']({ communityId });
    expect(listed.ok && listed.value).toHaveLength(1);
  });
});
