import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../shared/backup/backupFormat';
import type { ItemDoc } from '../../../shared/db/schemas/item.schema';
import { createWebBackups } from './webBackups';

const communityId = '3f1c2d4e-0000-4000-8000-000000000001';
let counter = 0;

async function backupText(): Promise<string> {
  const profile: ItemDoc = {
    id: `${communityId}|profile`,
    communityId,
    docId: 'profile',
    type: 'community',
    dataVersion: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    data: { name: 'Kopiena' },
  };
  return serializeBackup(
    await createBackup({
      appVersion: '0.1.0',
      createdAt: '2026-11-26T10:00:00.000Z',
      communityId,
      communityName: 'Kopiena',
      docs: [profile],
    }),
  );
}

function api(keep = 2) {
  counter += 1;
  let time = Date.parse('2026-11-26T10:00:00.000Z');
  return createWebBackups({
    name: `backups-test-${counter}`,
    keep,
    now: () => new Date((time += 60_000)),
  });
}

describe('the browser’s automatic backups', () => {
  it('keeps the newest N per workbook in IndexedDB and reads them back', async () => {
    const backups = api(2);
    const content = await backupText();
    for (let i = 0; i < 3; i += 1) {
      expect((await backups['backup:saveAuto']({ communityId, content })).ok).toBe(true);
    }
    const listed = await backups['backup:listAuto']({ communityId });
    if (!listed.ok) throw new Error(listed.code);
    expect(listed.value.map((entry) => entry.createdAt)).toEqual([
      '2026-11-26T10:03:00.000Z',
      '2026-11-26T10:02:00.000Z',
    ]);
    expect(listed.value[0]).toMatchObject({ itemCount: 1, size: content.length });
    expect(await backups['backup:readAuto']({ communityId, id: listed.value[0]!.id })).toEqual({
      ok: true,
      value: { content },
    });
  });

  it('refuses bad backups and bad input with codes, and reports a missing one', async () => {
    const backups = api();
    const content = await backupText();
    expect(
      await backups['backup:saveAuto']({ communityId, content: content.slice(0, 50) }),
    ).toEqual({ ok: false, code: 'backup.truncated' });
    expect(await backups['backup:listAuto']({ communityId: '../x' })).toEqual({
      ok: false,
      code: 'ipc.badInput',
    });
    expect(
      await backups['backup:readAuto']({
        communityId,
        id: '2026-11-26T10-00-00-000Z.kopspeks-backup.json',
      }),
    ).toEqual({ ok: false, code: 'backup.notFound' });
    expect(await backups['backup:listAuto']({ communityId })).toEqual({ ok: true, value: [] });
  });
});
