import {
  appSettingsSchema,
  defaultAppSettings,
  ipcContract,
  type AppSettings,
  type DesktopApi,
  type IpcResult,
} from '../../../shared/ipc/contract';
import { isAllowedExternalLink } from '../../../shared/security/links';

const settingsKey = 'kopspeks.settings';

function readSettings(storage: Storage): AppSettings {
  try {
    const parsed = appSettingsSchema.safeParse(JSON.parse(storage.getItem(settingsKey) ?? 'null'));
    return parsed.success ? parsed.data : defaultAppSettings;
  } catch {
    return defaultAppSettings;
  }
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

/**
 * The desktop API for a plain browser: the same contract, the same input
 * checks, with the browser's own storage. Lets the whole renderer run in
 * Chromium for end-to-end tests and `npm run web`.
 */
export function createWebApi(storage: Storage = window.localStorage): DesktopApi {
  return {
    'app:getInfo': () =>
      Promise.resolve(ok({ version: __APP_VERSION__, runtime: 'web' as const, platform: 'web' })),
    'settings:get': () => Promise.resolve(ok(readSettings(storage))),
    'settings:update': (input) => {
      const patch = ipcContract['settings:update'].input.safeParse(input);
      if (!patch.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      const next = { ...readSettings(storage), ...patch.data };
      try {
        storage.setItem(settingsKey, JSON.stringify(next));
      } catch {
        return Promise.resolve({ ok: false, code: 'settings.saveFailed' });
      }
      return Promise.resolve(ok(next));
    },
    'shell:openExternal': (input) => {
      const parsed = ipcContract['shell:openExternal'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      if (!isAllowedExternalLink(parsed.data.url)) {
        return Promise.resolve({ ok: false, code: 'shell.urlNotAllowed' });
      }
      window.open(parsed.data.url, '_blank', 'noopener,noreferrer');
      return Promise.resolve(ok(null));
    },
  };
}
