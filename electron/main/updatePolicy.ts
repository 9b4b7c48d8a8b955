import type { UpdateState } from '../../shared/updates/updateState';

/**
 * When and how Kopspēks updates itself (issue #9). Pure: the updater
 * (updater.ts) feeds it what electron-updater reports and does what it
 * decides. Rules:
 * - check at start and then every few hours, only when online;
 * - download in the background; when done, offer "restart to update";
 * - never restart while the page syncs or saves, even when asked: wait;
 * - a failed check or download changes nothing the user is doing; the next
 *   scheduled check tries again.
 */
export const updateTiming = {
  /** After start, so the first check does not compete with opening the window. */
  firstCheckDelayMs: 10_000,
  /** Between automatic checks. */
  checkIntervalMs: 4 * 60 * 60 * 1000,
  /** How often the schedule is looked at (catches "back online" and sleep). */
  tickMs: 10 * 60 * 1000,
} as const;

export type UpdateEvent =
  | { type: 'checking' }
  | { type: 'upToDate' }
  | { type: 'available'; version: string }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  /** A check or a download failed; which one follows from the state. */
  | { type: 'failed' }
  | { type: 'online'; online: boolean }
  | { type: 'busy'; busy: boolean }
  | { type: 'installRequested' };

/** The state after `event`, at time `now`. */
export function nextUpdateState(state: UpdateState, event: UpdateEvent, now: Date): UpdateState {
  if (state.status === 'unavailable') return state;
  const at = now.toISOString();
  switch (event.type) {
    case 'checking':
      // A downloaded update stays ready while a later check runs.
      if (state.status === 'ready') return { ...state, lastAttemptAt: at };
      return { ...state, status: 'checking', lastAttemptAt: at, offline: false };
    case 'upToDate':
      if (state.status === 'ready') return { ...state, lastCheckedAt: at };
      return { ...state, status: 'upToDate', availableVersion: null, lastCheckedAt: at };
    case 'available':
      if (state.status === 'ready' && state.availableVersion === event.version) {
        return { ...state, lastCheckedAt: at };
      }
      return {
        ...state,
        status: 'downloading',
        availableVersion: event.version,
        downloadPercent: 0,
        lastCheckedAt: at,
      };
    case 'progress':
      if (state.status !== 'downloading') return state;
      return { ...state, downloadPercent: Math.min(100, Math.max(0, event.percent)) };
    case 'downloaded':
      return { ...state, status: 'ready', availableVersion: event.version, downloadPercent: null };
    case 'failed':
      // A ready update stays ready: a later failed check takes nothing away.
      if (state.status === 'ready') return state;
      return { ...state, status: 'failed', downloadPercent: null };
    case 'online':
      return { ...state, offline: !event.online };
    case 'busy':
      return { ...state, busy: event.busy };
    case 'installRequested':
      return state.status === 'ready' ? { ...state, installWhenIdle: true } : state;
  }
}

/**
 * Whether to ask the server now. `manual` is "Check now": it skips the wait
 * between checks, but not the other conditions.
 */
export function shouldCheck(
  state: UpdateState,
  options: { now: Date; online: boolean; manual?: boolean },
): boolean {
  if (!options.online) return false;
  if (['unavailable', 'checking', 'downloading', 'ready'].includes(state.status)) return false;
  if (options.manual) return true;
  if (state.lastAttemptAt === null) return true;
  const since = options.now.getTime() - Date.parse(state.lastAttemptAt);
  // A clock set back makes `since` negative: check rather than wait for ever.
  return since < 0 || since >= updateTiming.checkIntervalMs;
}

/** Whether to restart into the downloaded version now. */
export function shouldInstall(state: UpdateState): boolean {
  return state.status === 'ready' && state.installWhenIdle && !state.busy;
}
