import { AppError } from '../../shared/errors';
import type { IpcHandlers } from './ipc';
import { normalizeExternalUrl } from './security';
import type { FileExporter } from './fileExport';
import type { SettingsStore } from './settingsStore';
import type { SyncAccountService } from './syncAccount';

/**
 * The desktop's answers to the IPC contract. Inputs arrive already parsed
 * by `handleIpcCall`; what could still be dangerous (a link) is checked here.
 */
export function createIpcHandlers(deps: {
  version: string;
  platform: NodeJS.Platform;
  settings: SettingsStore;
  openExternal: (url: string) => Promise<void>;
  files: FileExporter;
  sync: SyncAccountService;
}): IpcHandlers {
  const { version, platform, settings, openExternal, files, sync } = deps;
  return {
    'app:getInfo': () => Promise.resolve({ version, runtime: 'electron', platform }),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (patch) => settings.update(patch),
    'shell:openExternal': async ({ url }) => {
      const external = normalizeExternalUrl(url);
      if (external === null) throw new AppError('shell.urlNotAllowed');
      await openExternal(external);
      return null;
    },
    'file:saveText': (input) => files.saveText(input),
    'file:savePdf': (input) => files.savePdf(input),
    'sync:getAccount': () => Promise.resolve(sync.getAccount()),
    'sync:signIn': (input) => sync.signIn(input),
    'sync:signOut': async () => {
      await sync.signOut();
      return null;
    },
    'sync:testConnection': (input) => sync.testConnection(input),
    'sync:fetch': (request) => sync.fetch(request),
  };
}
