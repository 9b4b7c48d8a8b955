import { describe, expect, it } from 'vitest';
import { initialUpdateState, type UpdateState } from '../../shared/updates/updateState';
import {
  nextUpdateState,
  shouldCheck,
  shouldInstall,
  updateTiming,
  type UpdateEvent,
} from './updatePolicy';

const start = new Date('2026-11-26T08:00:00.000Z');
const later = (ms: number) => new Date(start.getTime() + ms);

function replay(events: UpdateEvent[], state = initialUpdateState('1.0.0')): UpdateState {
  return events.reduce((current, event) => nextUpdateState(current, event, start), state);
}

describe('when to check for updates', () => {
  it('checks at start, then not again until the interval has passed', () => {
    const fresh = initialUpdateState('1.0.0');
    expect(shouldCheck(fresh, { now: start, online: true })).toBe(true);
    const checked = replay([{ type: 'checking' }, { type: 'upToDate' }]);
    expect(shouldCheck(checked, { now: later(60_000), online: true })).toBe(false);
    expect(
      shouldCheck(checked, { now: later(updateTiming.checkIntervalMs - 1), online: true }),
    ).toBe(false);
    expect(shouldCheck(checked, { now: later(updateTiming.checkIntervalMs), online: true })).toBe(
      true,
    );
  });

  it('does not check while offline, and checks once back online', () => {
    const fresh = initialUpdateState('1.0.0');
    expect(shouldCheck(fresh, { now: start, online: false })).toBe(false);
    expect(shouldCheck(fresh, { now: start, online: false, manual: true })).toBe(false);
    const offline = nextUpdateState(fresh, { type: 'online', online: false }, start);
    expect(offline.offline).toBe(true);
    expect(offline.status).toBe('idle');
    expect(shouldCheck(offline, { now: later(1000), online: true })).toBe(true);
    expect(nextUpdateState(offline, { type: 'checking' }, start).offline).toBe(false);
  });

  it('lets "Check now" skip the wait, but not interrupt a check or a download', () => {
    const upToDate = replay([{ type: 'checking' }, { type: 'upToDate' }]);
    expect(shouldCheck(upToDate, { now: later(1000), online: true, manual: true })).toBe(true);
    const checking = replay([{ type: 'checking' }]);
    expect(shouldCheck(checking, { now: later(1000), online: true, manual: true })).toBe(false);
    const downloading = replay([{ type: 'checking' }, { type: 'available', version: '1.1.0' }]);
    expect(shouldCheck(downloading, { now: later(1000), online: true, manual: true })).toBe(false);
  });

  it('never checks in a build that cannot update itself', () => {
    const unavailable = initialUpdateState('1.0.0', 'unavailable');
    expect(shouldCheck(unavailable, { now: start, online: true, manual: true })).toBe(false);
    expect(replay([{ type: 'checking' }, { type: 'upToDate' }], unavailable)).toBe(unavailable);
  });

  it('checks rather than waits for ever when the clock was set back', () => {
    const checked = replay([{ type: 'checking' }, { type: 'upToDate' }]);
    expect(shouldCheck(checked, { now: later(-60_000), online: true })).toBe(true);
  });
});

describe('what a check leads to', () => {
  it('no update: up to date, with the time of the check', () => {
    const state = nextUpdateState(
      replay([{ type: 'checking' }]),
      { type: 'upToDate' },
      later(5000),
    );
    expect(state).toMatchObject({
      status: 'upToDate',
      availableVersion: null,
      lastCheckedAt: later(5000).toISOString(),
      lastAttemptAt: start.toISOString(),
    });
  });

  it('update available: downloads in the background, then offers a restart', () => {
    const downloading = replay([{ type: 'checking' }, { type: 'available', version: '1.1.0' }]);
    expect(downloading).toMatchObject({
      status: 'downloading',
      availableVersion: '1.1.0',
      downloadPercent: 0,
    });
    const halfway = nextUpdateState(downloading, { type: 'progress', percent: 52.5 }, start);
    expect(halfway.downloadPercent).toBe(52.5);
    const ready = nextUpdateState(halfway, { type: 'downloaded', version: '1.1.0' }, start);
    expect(ready).toMatchObject({
      status: 'ready',
      availableVersion: '1.1.0',
      downloadPercent: null,
    });
    // Not installed until the user asks: the restart never interrupts work.
    expect(shouldInstall(ready)).toBe(false);
    expect(shouldCheck(ready, { now: later(updateTiming.checkIntervalMs), online: true })).toBe(
      false,
    );
  });

  it('failed check: quiet, and tried again at the next scheduled check', () => {
    const failed = replay([{ type: 'checking' }, { type: 'failed' }]);
    expect(failed.status).toBe('failed');
    expect(failed.lastCheckedAt).toBeNull();
    expect(shouldCheck(failed, { now: later(60_000), online: true })).toBe(false);
    expect(shouldCheck(failed, { now: later(60_000), online: true, manual: true })).toBe(true);
    expect(shouldCheck(failed, { now: later(updateTiming.checkIntervalMs), online: true })).toBe(
      true,
    );
  });

  it('download failed: nothing offered, the version remembered, tried again later', () => {
    const failed = replay([
      { type: 'checking' },
      { type: 'available', version: '1.1.0' },
      { type: 'progress', percent: 40 },
      { type: 'failed' },
    ]);
    expect(failed).toMatchObject({
      status: 'failed',
      availableVersion: '1.1.0',
      downloadPercent: null,
    });
    expect(shouldInstall(nextUpdateState(failed, { type: 'installRequested' }, start))).toBe(false);
    expect(shouldCheck(failed, { now: later(updateTiming.checkIntervalMs), online: true })).toBe(
      true,
    );
  });

  it('a failed later check takes nothing away from a downloaded update', () => {
    const ready = replay([
      { type: 'checking' },
      { type: 'available', version: '1.1.0' },
      { type: 'downloaded', version: '1.1.0' },
    ]);
    expect(replay([{ type: 'checking' }, { type: 'failed' }], ready).status).toBe('ready');
    expect(replay([{ type: 'checking' }, { type: 'upToDate' }], ready).status).toBe('ready');
  });
});

describe('restarting into the update', () => {
  const ready = replay([
    { type: 'checking' },
    { type: 'available', version: '1.1.0' },
    { type: 'downloaded', version: '1.1.0' },
  ]);

  it('restarts at once when the user asks and nothing is busy', () => {
    expect(shouldInstall(nextUpdateState(ready, { type: 'installRequested' }, start))).toBe(true);
  });

  it('update ready while editing: waits for the sync or save, then restarts', () => {
    const editing = nextUpdateState(ready, { type: 'busy', busy: true }, start);
    const asked = nextUpdateState(editing, { type: 'installRequested' }, start);
    expect(asked.installWhenIdle).toBe(true);
    expect(shouldInstall(asked)).toBe(false);
    const stillBusy = nextUpdateState(asked, { type: 'progress', percent: 10 }, start);
    expect(shouldInstall(stillBusy)).toBe(false);
    expect(shouldInstall(nextUpdateState(asked, { type: 'busy', busy: false }, start))).toBe(true);
  });

  it('ignores a restart request when nothing is downloaded', () => {
    for (const state of [
      initialUpdateState('1.0.0'),
      replay([{ type: 'checking' }, { type: 'available', version: '1.1.0' }]),
    ]) {
      const asked = nextUpdateState(state, { type: 'installRequested' }, start);
      expect(asked.installWhenIdle).toBe(false);
      expect(shouldInstall(asked)).toBe(false);
    }
  });
});
