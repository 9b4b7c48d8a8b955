import { describe, expect, it } from 'vitest';
import type { PageLogEntry } from '../../shared/ipc/contract';
import { createPageLog } from './pageLog';

function recorder() {
  const lines: { level: string; message: string; details?: Record<string, unknown> }[] = [];
  const log = {
    warn: (message: string, details?: Record<string, unknown>) =>
      lines.push({ level: 'warn', message, ...(details ? { details } : {}) }),
    error: (message: string, details?: Record<string, unknown>) =>
      lines.push({ level: 'error', message, ...(details ? { details } : {}) }),
  };
  return { lines, log };
}

const entry: PageLogEntry = {
  level: 'error',
  event: 'db: could not open the database',
  code: 'db.openFailed',
  error: { name: 'UnknownError', message: 'Internal error opening backing store' },
};

describe('the page log', () => {
  it('writes an entry at its level, marked as the page’s', () => {
    const { lines, log } = recorder();
    createPageLog({ log }).write(entry);
    createPageLog({ log }).write({
      level: 'warn',
      event: 'sync: a document was set aside',
      details: { communityId: 'olaine', docId: 'need-1' },
    });
    expect(lines).toEqual([
      {
        level: 'error',
        message: 'page: db: could not open the database',
        details: { code: 'db.openFailed', error: entry.error },
      },
      {
        level: 'warn',
        message: 'page: sync: a document was set aside',
        details: { details: { communityId: 'olaine', docId: 'need-1' } },
      },
    ]);
  });

  it('lets a burst through, then counts what a loop writes instead of writing it', () => {
    const { lines, log } = recorder();
    let time = 0;
    const pageLog = createPageLog({ log, burst: 3, perMinute: 60, now: () => time });
    for (let index = 0; index < 10; index += 1) pageLog.write(entry);
    expect(lines).toHaveLength(3);

    time = 2_000; // two entries' worth at one a second
    pageLog.write(entry);
    pageLog.write(entry);
    pageLog.write(entry);
    expect(lines.slice(3).map((line) => line.message)).toEqual([
      'page: entries left out of the log (the page wrote too many)',
      'page: db: could not open the database',
      'page: db: could not open the database',
    ]);
    expect(lines[3]?.details).toEqual({ dropped: 7 });
  });

  it('bounds what an endless loop writes by the burst and the rate', () => {
    const { lines, log } = recorder();
    let time = 0;
    const pageLog = createPageLog({ log, burst: 20, perMinute: 10, now: () => time });
    // Ten minutes of a page writing an entry every millisecond.
    for (time = 0; time < 600_000; time += 1) pageLog.write(entry);
    const written = lines.filter((line) => line.message.startsWith('page: db:')).length;
    expect(written).toBeLessThanOrEqual(20 + 10 * 10);
    expect(written).toBeGreaterThanOrEqual(20 + 10 * 10 - 1);
    // Every entry after the burst follows a note of what was left out.
    expect(lines.length).toBeLessThanOrEqual(2 * written);
  });
});
