import type { PageLogEntry } from '../../shared/ipc/contract';
import type { Logger } from './logger';

export const defaultPageLogLimits = {
  /** Entries written at once before the rate applies. */
  burst: 20,
  /** Entries written per minute after a burst. */
  perMinute: 10,
} as const;

export interface PageLog {
  /** Writes the entry unless the page has been writing faster than the limits allow. */
  write(entry: PageLogEntry): void;
}

/**
 * The page's side of the app log (the `log:write` channel). A token bucket
 * keeps a page stuck in a loop from flooding the log and rotating away the
 * lines that explain the problem: past the burst, entries are counted and
 * the count is written with the next entry that is let through.
 */
export function createPageLog(deps: {
  log: Logger;
  burst?: number;
  perMinute?: number;
  now?: () => number;
}): PageLog {
  const { log, now = () => Date.now() } = deps;
  const burst = deps.burst ?? defaultPageLogLimits.burst;
  const msPerToken = 60_000 / (deps.perMinute ?? defaultPageLogLimits.perMinute);
  let tokens = burst;
  let refilledAt = now();
  let dropped = 0;

  const takeToken = (): boolean => {
    const time = now();
    tokens = Math.min(burst, tokens + Math.max(0, time - refilledAt) / msPerToken);
    refilledAt = time;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  return {
    write(entry) {
      if (!takeToken()) {
        dropped += 1;
        return;
      }
      if (dropped > 0) {
        log.warn('page: entries left out of the log (the page wrote too many)', { dropped });
        dropped = 0;
      }
      const { level, event, code, error, details } = entry;
      log[level](`page: ${event}`, {
        ...(code ? { code } : {}),
        ...(error ? { error } : {}),
        ...(details ? { details } : {}),
      });
    },
  };
}
