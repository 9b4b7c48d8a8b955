import { initialUpdateState, type UpdateState } from '../../shared/updates/updateState';
import { describeError, type Logger } from './logger';
import { nextUpdateState, shouldCheck, shouldInstall, type UpdateEvent } from './updatePolicy';
import { updateTiming } from './updatePolicy';

/** What electron-updater reports, by event name. */
type UpdaterEvents = {
  'checking-for-update': () => void;
  'update-available': (info: { version: string }) => void;
  'update-not-available': () => void;
  'download-progress': (progress: { percent: number }) => void;
  'update-downloaded': (info: { version: string }) => void;
  error: (error: Error) => void;
};

/** The parts of electron-updater's `autoUpdater` the app uses. */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: {
    info(message?: unknown): void;
    warn(message?: unknown): void;
    error(message?: unknown): void;
  } | null;
  on<E extends keyof UpdaterEvents>(event: E, listener: UpdaterEvents[E]): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

/** The app's updates, as the IPC handlers and index.ts see them. */
export interface UpdateService {
  getState(): UpdateState;
  /** "Check now": checks unless offline or already at work; returns the state after starting. */
  checkNow(): UpdateState;
  /** "Restart to update": now, or as soon as no sync or save is in progress. */
  install(): UpdateState;
  /** The page reports whether it is syncing or saving. */
  setBusy(busy: boolean): void;
  /** Starts the schedule: the first check shortly after start, then every few hours. */
  start(): void;
  stop(): void;
}

export type UpdaterDeps = {
  updater: AutoUpdaterLike;
  currentVersion: string;
  isOnline: () => boolean;
  log: Logger & { info(message: string, details?: Record<string, unknown>): void };
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => () => void;
};

const defaultTimer = (run: () => void, ms: number): (() => void) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * A thin adapter over electron-updater: its events go through the policy
 * (updatePolicy.ts), and the policy's decisions become calls to it. Nothing
 * here throws into the app: a failed check is logged and shown quietly.
 */
export function createUpdater(deps: UpdaterDeps): UpdateService {
  const { updater, log } = deps;
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimer ?? defaultTimer;
  let state = initialUpdateState(deps.currentVersion);
  let cancelTimer: (() => void) | null = null;

  const apply = (event: UpdateEvent): void => {
    state = nextUpdateState(state, event, now());
    if (shouldInstall(state)) {
      log.info('update: restarting to install', { version: state.availableVersion });
      try {
        updater.quitAndInstall(false, true);
      } catch (error) {
        log.error('update: could not restart to install', { error: describeError(error) });
      }
    }
  };

  updater.autoDownload = true;
  // An update already downloaded is installed when the user quits anyway.
  updater.autoInstallOnAppQuit = true;
  updater.logger = {
    info: (message) => log.info(`update: ${String(message)}`),
    warn: (message) => log.warn(`update: ${String(message)}`),
    error: (message) => log.error(`update: ${String(message)}`),
  };
  updater.on('checking-for-update', () => apply({ type: 'checking' }));
  updater.on('update-not-available', () => apply({ type: 'upToDate' }));
  updater.on('update-available', (info) => apply({ type: 'available', version: info.version }));
  updater.on('download-progress', (progress) =>
    apply({ type: 'progress', percent: progress.percent }),
  );
  updater.on('update-downloaded', (info) => apply({ type: 'downloaded', version: info.version }));
  updater.on('error', (error) => {
    log.warn('update: check or download failed', { error: describeError(error) });
    apply({ type: 'failed' });
  });

  const check = (manual: boolean): void => {
    const online = deps.isOnline();
    apply({ type: 'online', online });
    if (!shouldCheck(state, { now: now(), online, manual })) return;
    // Shown at once; electron-updater's own event follows.
    apply({ type: 'checking' });
    updater.checkForUpdates().catch((error: unknown) => {
      // The 'error' event usually reports this too; failing twice is harmless.
      log.warn('update: check failed', { error: describeError(error) });
      apply({ type: 'failed' });
    });
  };

  const schedule = (ms: number): void => {
    cancelTimer = setTimer(() => {
      try {
        check(false);
      } catch (error) {
        log.error('update: scheduled check failed', { error: describeError(error) });
      }
      schedule(updateTiming.tickMs);
    }, ms);
  };

  return {
    getState: () => state,
    checkNow: () => {
      check(true);
      return state;
    },
    install: () => {
      apply({ type: 'installRequested' });
      return state;
    },
    setBusy: (busy) => apply({ type: 'busy', busy }),
    start: () => {
      if (cancelTimer === null) schedule(updateTiming.firstCheckDelayMs);
    },
    stop: () => {
      cancelTimer?.();
      cancelTimer = null;
    },
  };
}

/**
 * The update service of a build that cannot update itself (a development
 * run): always `unavailable`, never touches the network.
 */
export function createNoUpdates(currentVersion: string): UpdateService {
  const state = initialUpdateState(currentVersion, 'unavailable');
  return {
    getState: () => state,
    checkNow: () => state,
    install: () => state,
    setBusy: () => undefined,
    start: () => undefined,
    stop: () => undefined,
  };
}

/**
 * electron-updater's `autoUpdater`, loaded only in a packaged app. It is a
 * CommonJS module whose exports Node's ESM loader cannot list, hence the
 * `default` fallback.
 */
export async function loadAutoUpdater(): Promise<AutoUpdaterLike> {
  const module = (await import('electron-updater')) as unknown as {
    default?: { autoUpdater: AutoUpdaterLike };
    autoUpdater?: AutoUpdaterLike;
  };
  const autoUpdater = module.default?.autoUpdater ?? module.autoUpdater;
  if (!autoUpdater) throw new Error('electron-updater has no autoUpdater');
  return autoUpdater;
}

/**
 * The update service for this run: electron-updater in a packaged app, the
 * `unavailable` stand-in in development (there is no release to update a
 * development run to) or when electron-updater cannot be loaded, which is
 * logged rather than allowed to stop the app from starting.
 */
export async function createAppUpdates(deps: {
  isPackaged: boolean;
  currentVersion: string;
  isOnline: () => boolean;
  log: UpdaterDeps['log'];
  load?: () => Promise<AutoUpdaterLike>;
}): Promise<UpdateService> {
  if (!deps.isPackaged) return createNoUpdates(deps.currentVersion);
  try {
    const updater = await (deps.load ?? loadAutoUpdater)();
    return createUpdater({ ...deps, updater });
  } catch (error) {
    deps.log.error('update: updates are off for this run', { error: describeError(error) });
    return createNoUpdates(deps.currentVersion);
  }
}
