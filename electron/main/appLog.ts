import electronLog from 'electron-log/node';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatLogLine, type AppLogger } from './logger';

/** The app's one log: main's own lines and the page's, in rotating files. */
export interface AppLog extends AppLogger {
  /** The folder of the log files ("Help → Show logs" opens it). */
  readonly dir: string;
  /** The file written now; older ones are `kopspeks.1.log`, `kopspeks.2.log`, … */
  readonly file: string;
}

export const defaultLogLimits = { maxBytes: 1024 * 1024, keep: 5 } as const;

type Level = 'info' | 'warn' | 'error';
const levelNames = { info: 'INFO', warn: 'WARN', error: 'ERROR' } as const;

let instanceCount = 0;

/**
 * The app's log in `dir`, written by electron-log's file transport: at most
 * `keep` files of about `maxBytes` each (a file is rotated when it has grown
 * past `maxBytes`, so it may exceed it by one line). Every line is redacted
 * by `formatLogLine` before electron-log sees it, so neither its file nor
 * its console can receive a password or what the user wrote.
 *
 * electron-log's Node core is used rather than `electron-log/main`, which
 * registers an IPC channel of its own at import time: the page's lines come
 * through the checked `log:write` contract channel instead. Writes are
 * synchronous appends that hold no file open, so nothing is lost on a crash
 * and Windows never finds the file locked by us.
 */
export function createAppLog(options: {
  dir: string;
  baseName?: string;
  maxBytes?: number;
  keep?: number;
  /** Also print each line to the console (development runs). */
  echo?: boolean;
  now?: () => Date;
}): AppLog {
  const { dir, echo = false, now = () => new Date() } = options;
  const baseName = options.baseName ?? 'kopspeks';
  const maxBytes = options.maxBytes ?? defaultLogLimits.maxBytes;
  const keep = Math.max(1, options.keep ?? defaultLogLimits.keep);
  const fileAt = (index: number): string =>
    join(dir, index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`);

  instanceCount += 1;
  const logger = electronLog.create({ logId: `kopspeks-${instanceCount}` });
  const { file, console: consoleTransport, ipc, remote } = logger.transports;
  // Lines arrive formatted (time, level, redacted details); nothing is added.
  file.format = '{text}';
  file.level = 'info';
  file.maxSize = maxBytes;
  file.resolvePathFn = () => fileAt(0);
  file.archiveLogFn = (current) => {
    try {
      rmSync(fileAt(keep - 1), { force: true });
      for (let index = keep - 2; index >= 0; index -= 1) {
        try {
          renameSync(fileAt(index), fileAt(index + 1));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
    } catch {
      // Windows refuses to rename a file another program holds open (a
      // viewer, a virus scan): keep the newest quarter rather than grow.
      // (`crop` is electron-log's own fallback, missing from its types.)
      const file = current as typeof current & { crop?: (bytes: number) => void };
      if (file.crop) file.crop(Math.round(maxBytes / 4));
      else file.clear();
    }
  };
  consoleTransport.format = '{text}';
  consoleTransport.level = echo ? 'info' : false;
  consoleTransport.writeFn = ({ message }) => {
    const print =
      message.level === 'error'
        ? console.error
        : message.level === 'warn'
          ? console.warn
          : console.info;
    print(...(message.data as unknown[]));
  };
  if (ipc) ipc.level = false;
  remote.level = false;

  const write =
    (level: Level) =>
    (message: string, details?: Record<string, unknown>): void => {
      try {
        logger[level](formatLogLine(levelNames[level], message, details, now()));
      } catch {
        // Logging must never be the reason something fails.
      }
    };

  return {
    dir,
    file: fileAt(0),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
}
