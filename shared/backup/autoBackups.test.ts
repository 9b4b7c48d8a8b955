import { describe, expect, it } from 'vitest';
import {
  autoBackupId,
  autoBackupIdPattern,
  autoBackupTime,
  isAutoBackupDue,
  itemCountFromHead,
  newestFirst,
  type AutoBackupEntry,
} from './autoBackups';

const entry = (createdAt: string): AutoBackupEntry => ({
  id: autoBackupId(new Date(createdAt)),
  communityId: 'c1',
  createdAt,
  size: 10,
  itemCount: 1,
});

describe('automatic backups', () => {
  it('names a backup by its time, safe on Windows, and reads the time back', () => {
    const id = autoBackupId(new Date('2026-11-26T10:50:56.123Z'));
    expect(id).toBe('2026-11-26T10-50-56-123Z.kopspeks-backup.json');
    expect(autoBackupIdPattern.test(id)).toBe(true);
    expect(autoBackupTime(id)).toBe('2026-11-26T10:50:56.123Z');
    expect(autoBackupIdPattern.test('../2026-11-26T10-50-56-123Z.kopspeks-backup.json')).toBe(
      false,
    );
  });

  it('is due with none yet, after a day, or when the clock went back; not within the day', () => {
    const now = new Date('2026-11-26T10:00:00.000Z');
    expect(isAutoBackupDue(undefined, now)).toBe(true);
    expect(isAutoBackupDue(entry('2026-11-25T10:30:00.000Z'), now)).toBe(false);
    expect(isAutoBackupDue(entry('2026-11-25T09:59:59.000Z'), now)).toBe(true);
    expect(isAutoBackupDue(entry('2026-11-27T10:00:00.000Z'), now)).toBe(true);
  });

  it('sorts newest first and reads the item count from a file’s head', () => {
    const older = entry('2026-11-01T00:00:00.000Z');
    const newer = entry('2026-11-02T00:00:00.000Z');
    expect(newestFirst([older, newer])).toEqual([newer, older]);
    expect(itemCountFromHead('{\n  "itemCount": 42,\n')).toBe(42);
    expect(itemCountFromHead('{"format":')).toBeNull();
  });
});
