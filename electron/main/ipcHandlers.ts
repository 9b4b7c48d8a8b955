import { AppError } from '../../shared/errors';
import type { IpcHandlers } from './ipc';
import { normalizeExternalUrl } from './security';
import type { BackupStore } from './backupStore';
import type { FileExporter } from './fileExport';
import type { PageLog } from './pageLog';
import type { SettingsStore } from './settingsStore';
import type { SyncAccountService } from './syncAccount';
import type { UpdateService } from './updater';

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
  /** Automatic workbook backups in the user data folder. */
  backups: BackupStore;
  /** The app's own updates (a stand-in that says "unavailable" in development). */
  updates: UpdateService;
  /** The page's warnings and errors, into the app log. */
  pageLog: PageLog;
}): IpcHandlers {
  const { version, platform, settings, openExternal, files, sync, backups, updates, pageLog } =
    deps;
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
    'backup:saveAuto': (input) => backups.save(input),
    'backup:listAuto': ({ communityId }) => backups.list(communityId),
    'backup:readAuto': (input) => backups.read(input),
    'update:getState': () => Promise.resolve(updates.getState()),
    'update:checkNow': () => Promise.resolve(updates.checkNow()),
    'update:install': () => Promise.resolve(updates.install()),
    'update:setBusy': ({ busy }) => {
      updates.setBusy(busy);
      return Promise.resolve(null);
    },
    'log:write': (entry) => {
      pageLog.write(entry);
      return Promise.resolve(null);
    },
  };
}
