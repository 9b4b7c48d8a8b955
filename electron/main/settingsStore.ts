import { AppError } from '../../shared/errors';
import { appSettingsSchema, defaultAppSettings, type AppSettings } from '../../shared/ipc/contract';
import {
  backupCorruptFile,
  createSerialQueue,
  nodeFileSystem,
  readJsonFile,
  writeJsonAtomic,
  type JsonFileSystem,
} from './jsonFile';
import { describeError, type Logger } from './logger';

const settingsPatchSchema = appSettingsSchema.partial().strict();

export interface SettingsStore {
  /** The settings in effect now. */
  get(): AppSettings;
  /**
   * Checks and applies `patch`, saves, and returns all settings. When saving
   * fails the change still holds until the app closes, and this throws
   * `settings.saveFailed`.
   */
  update(patch: Partial<AppSettings>): Promise<AppSettings>;
  /** Calls `listener` whenever the settings change; returns the unsubscribe. */
  onChange(listener: (settings: AppSettings) => void): () => void;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Keys a newer file lacks take their default, so adding a setting is no migration.
function parseStored(raw: unknown) {
  if (!isPlainObject(raw)) return { success: false } as const;
  return appSettingsSchema.safeParse({ ...defaultAppSettings, ...raw });
}

/**
 * Opens the settings in `file` (JSON in userData). Missing: defaults. Not
 * JSON or invalid: the file is renamed to `settings.corrupt-<timestamp>.json`
 * so nothing is lost, and defaults are used.
 */
export async function openSettingsStore(options: {
  file: string;
  fs?: JsonFileSystem;
  now?: () => Date;
  log?: Logger;
}): Promise<SettingsStore> {
  const { file, fs = nodeFileSystem, now = () => new Date(), log } = options;
  const enqueue = createSerialQueue();
  const listeners = new Set<(settings: AppSettings) => void>();
  let current: AppSettings = { ...defaultAppSettings };

  try {
    const result = await readJsonFile(fs, file, parseStored);
    if (result.status === 'ok') current = result.value;
    if (result.status === 'corrupt') {
      const backup = await backupCorruptFile(fs, file, now());
      log?.warn('settings: corrupt file backed up, using defaults', {
        backup,
        reason: result.reason,
      });
    }
  } catch (error) {
    log?.error('settings: could not read, using defaults', { error: describeError(error) });
  }

  return {
    get: () => ({ ...current }),

    async update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) throw new AppError('validation.invalid');
      const next = appSettingsSchema.parse({ ...current, ...parsed.data });
      const changed = JSON.stringify(next) !== JSON.stringify(current);
      current = next;
      if (changed) {
        for (const listener of listeners) {
          try {
            listener({ ...next });
          } catch (error) {
            log?.error('settings: change listener failed', { error: describeError(error) });
          }
        }
      }
      try {
        await enqueue(() => writeJsonAtomic(fs, file, current));
      } catch (error) {
        log?.error('settings: could not save', { error: describeError(error) });
        throw new AppError('settings.saveFailed', { cause: error });
      }
      return { ...next };
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
