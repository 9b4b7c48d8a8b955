import { describeError, type Logger } from './logger';

/** The parts of Node's `process` crash logging listens to. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/** What Electron says when a renderer or helper process ends abnormally. */
export type ProcessGoneDetails = { reason: string; exitCode: number };
export type ChildProcessGoneDetails = ProcessGoneDetails & {
  type: string;
  serviceName?: string;
  name?: string;
};

/** The parts of Electron's `app` crash logging listens to. */
export interface AppEvents {
  on(
    event: 'render-process-gone',
    listener: (
      event: unknown,
      webContents: { getURL(): string },
      details: ProcessGoneDetails,
    ) => void,
  ): unknown;
  on(
    event: 'child-process-gone',
    listener: (event: unknown, details: ChildProcessGoneDetails) => void,
  ): unknown;
}

/** Only the page's location, never its query or fragment (they could hold data). */
function pageOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return 'unknown';
  }
}

/**
 * Writes crashes to the local log, for support requests: uncaught errors and
 * unhandled rejections in the main process, and renderer or helper
 * processes that died. Nothing is sent anywhere. An uncaught error in the
 * main process is logged and the app keeps running (as Electron does by
 * default, minus its error dialog), so a background task's failure never
 * takes the user's open work with it.
 */
export function installCrashLogging(deps: {
  process: ProcessEvents;
  app: AppEvents;
  log: Logger;
}): void {
  const { log } = deps;
  deps.process.on('uncaughtException', (error) => {
    log.error('crash: uncaught exception in the main process', { error: describeError(error) });
  });
  deps.process.on('unhandledRejection', (reason) => {
    log.error('crash: unhandled promise rejection in the main process', {
      error: describeError(reason),
    });
  });
  deps.app.on('render-process-gone', (_event, webContents, details) => {
    let page = 'unknown';
    try {
      page = pageOf(webContents.getURL());
    } catch {
      // A destroyed webContents cannot tell its URL.
    }
    log.error('crash: a page process is gone', {
      reason: details.reason,
      exitCode: details.exitCode,
      page,
    });
  });
  deps.app.on('child-process-gone', (_event, details) => {
    log.error('crash: a helper process is gone', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
      ...(details.serviceName ? { serviceName: details.serviceName } : {}),
      ...(details.name ? { name: details.name } : {}),
    });
  });
}
