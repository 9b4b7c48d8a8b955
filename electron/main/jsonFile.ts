import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** The parts of `node:fs/promises` the JSON files need; tests may pass a wrapper. */
export interface JsonFileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(
    path: string,
    data: string,
    options: { encoding: 'utf8'; flush: boolean },
  ): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export const nodeFileSystem: JsonFileSystem = nodeFs;

export type JsonReadResult<T> =
  | { status: 'missing' }
  | { status: 'ok'; value: T }
  | { status: 'corrupt'; reason: 'unparseable' | 'invalid' };

/**
 * Reads and checks a JSON file. A missing file is normal (first run); a
 * file that is not JSON or fails `parse` is reported as corrupt so the
 * caller can back it up.
 */
export async function readJsonFile<T>(
  fs: JsonFileSystem,
  file: string,
  parse: (raw: unknown) => { success: true; data: T } | { success: false },
): Promise<JsonReadResult<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'corrupt', reason: 'unparseable' };
  }
  const parsed = parse(raw);
  return parsed.success
    ? { status: 'ok', value: parsed.data }
    : { status: 'corrupt', reason: 'invalid' };
}

/** `settings.json` → `settings.corrupt-2025-01-31T10-00-00-000Z.json`, safe on Windows. */
export function corruptBackupPath(file: string, at: Date): string {
  const ext = extname(file);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${basename(file, ext)}.corrupt-${stamp}${ext}`);
}

/** Moves a corrupt file aside, so the user's data is kept for recovery, and returns its new path. */
export async function backupCorruptFile(
  fs: JsonFileSystem,
  file: string,
  at: Date,
): Promise<string> {
  const backup = corruptBackupPath(file, at);
  await fs.rename(file, backup);
  return backup;
}

// Windows refuses a rename while an antivirus or indexer holds the target open.
const retriableRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);
const renameAttempts = 5;

/**
 * Writes `value` as JSON so that a crash leaves either the old file or the
 * new one, never half of one: a flushed temp file beside it, then a rename.
 */
export async function writeJsonAtomic(
  fs: JsonFileSystem,
  file: string,
  value: unknown,
  options: { retryDelayMs?: number } = {},
): Promise<void> {
  const { retryDelayMs = 50 } = options;
  await fs.mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID().slice(0, 8)}.tmp`;
  try {
    await fs.writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, {
      encoding: 'utf8',
      flush: true,
    });
    for (let attempt = 1; ; attempt++) {
      try {
        await fs.rename(temp, file);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (attempt >= renameAttempts || !retriableRenameCodes.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
      }
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Runs tasks one after another, so an older write never lands after a newer one. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
