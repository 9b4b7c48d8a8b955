import { z } from 'zod';

/**
 * Where the app's own update stands:
 * - `unavailable`: this build cannot update itself (the browser, a development run);
 * - `idle`: no check yet since start;
 * - `checking`, `downloading`: at work in the background;
 * - `upToDate`: the last check found nothing newer;
 * - `ready`: a newer version is downloaded and waits for a restart;
 * - `failed`: the last check or download did not succeed (tried again later).
 */
export const updateStatuses = [
  'unavailable',
  'idle',
  'checking',
  'upToDate',
  'downloading',
  'ready',
  'failed',
] as const;
export type UpdateStatus = (typeof updateStatuses)[number];

const isoTime = z.string().max(40).nullable();

/** What the desktop tells the page about updating itself. */
export const updateStateSchema = z.object({
  status: z.enum(updateStatuses),
  /** The running version. */
  currentVersion: z.string().max(64),
  /** The newer version found, downloading or downloaded; null when none. */
  availableVersion: z.string().max(64).nullable(),
  /** When a check last finished (ISO time); null before the first one. */
  lastCheckedAt: isoTime,
  /** When a check was last started, successful or not. */
  lastAttemptAt: isoTime,
  /** Download progress, 0–100, while downloading. */
  downloadPercent: z.number().min(0).max(100).nullable(),
  /** The network looked offline at the last chance to check. */
  offline: z.boolean(),
  /** The page reported a sync or a save in progress: no restart now. */
  busy: z.boolean(),
  /** The user asked to restart; it happens as soon as nothing is busy. */
  installWhenIdle: z.boolean(),
});
export type UpdateState = z.infer<typeof updateStateSchema>;

/** Whether the page is in the middle of a sync or a save. */
export const updateBusyInputSchema = z.object({ busy: z.boolean() }).strict();

/** The state before anything happened. */
export function initialUpdateState(
  currentVersion: string,
  status: 'idle' | 'unavailable' = 'idle',
): UpdateState {
  return {
    status,
    currentVersion,
    availableVersion: null,
    lastCheckedAt: null,
    lastAttemptAt: null,
    downloadPercent: null,
    offline: false,
    busy: false,
    installWhenIdle: false,
  };
}
