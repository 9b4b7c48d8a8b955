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
    'file:saveText': (input) => {
      const parsed = ipcContract['file:saveText'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      const { suggestedName, content, format } = parsed.data;
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
      const fileName = downloadName(suggestedName, format);
      download(new Blob([content], { type }), fileName);
      return Promise.resolve(ok({ saved: true, fileName }));
    },
    'file:savePdf': (input) => {
      const parsed = ipcContract['file:savePdf'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      // A browser has no PDF writer: the printable document opens in a tab
      // and the browser's print dialog saves it as PDF.
      const url = URL.createObjectURL(new Blob([parsed.data.html], { type: 'text/html' }));
      const printWindow = window.open(url, '_blank');
      printWindow?.addEventListener('load', () => printWindow.print(), { once: true });
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve(ok({ saved: printWindow !== null }));
    },
  };
}

function downloadName(name: string, extension: string): string {
  const base = name.replace(/[<>:"/\\|?*]/g, ' ').trim() || 'Kopspeks';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
