import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** An append-only log file that rotates by size. */
export interface LogFile {
  /** The folder of the log files ("Help → Show logs" opens it). */
  readonly dir: string;
  /** Queues one line; never throws, never waits. */
  append(line: string): void;
  /** Resolves when every line queued so far is on disk (or given up). */
  flush(): Promise<void>;
}

export type LogFileOptions = {
  dir: string;
  /** `kopspeks.log`; older files are `kopspeks.1.log`, `kopspeks.2.log`, … */
  baseName?: string;
  /** The size at which the current file is rotated. */
  maxBytes?: number;
  /** How many files are kept, the current one included. */
  keep?: number;
  /** Told once when the file cannot be written (the console, by default). */
  onFailure?: (error: unknown) => void;
};

export const defaultLogLimits = { maxBytes: 1024 * 1024, keep: 5 } as const;

/**
 * A log file in `dir` that keeps at most `keep` files of about `maxBytes`
 * each. Appends run one after another on a promise chain, so lines from
 * concurrent callers never interleave and a rotation never races a write.
 * A failing disk loses log lines, never the app: nothing here throws.
 */
export function createLogFile(options: LogFileOptions): LogFile {
  const { dir } = options;
  const baseName = options.baseName ?? 'kopspeks';
  const maxBytes = options.maxBytes ?? defaultLogLimits.maxBytes;
  const keep = Math.max(1, options.keep ?? defaultLogLimits.keep);
  const fileAt = (index: number) =>
    join(dir, index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`);
  let size: number | null = null;
  let queue: Promise<void> = Promise.resolve();
  let failed = false;

  const currentSize = async (): Promise<number> => {
    if (size !== null) return size;
    await mkdir(dir, { recursive: true });
    try {
      size = (await stat(fileAt(0))).size;
    } catch {
      size = 0;
    }
    return size;
  };

  const rotate = async (): Promise<void> => {
    await rm(fileAt(keep - 1), { force: true });
    for (let index = keep - 2; index >= 0; index -= 1) {
      await rename(fileAt(index), fileAt(index + 1)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    size = 0;
  };

  const write = async (line: string): Promise<void> => {
    const text = line.endsWith('\n') ? line : `${line}\n`;
    const bytes = Buffer.byteLength(text);
    const current = await currentSize();
    if (current > 0 && current + bytes > maxBytes) await rotate();
    await appendFile(fileAt(0), text, 'utf8');
    size = (size ?? 0) + bytes;
  };

  return {
    dir,
    append(line) {
      queue = queue
        .then(() => write(line))
        .then(
          () => {
            failed = false;
          },
          (error: unknown) => {
            // Measured again next time: the file may have changed under us.
            size = null;
            if (failed) return;
            failed = true;
            try {
              (options.onFailure ?? ((e) => console.error('log file: cannot write', e)))(error);
            } catch {
              // The failure report itself must not throw either.
            }
          },
        );
    },
    flush: () => queue,
  };
}
