import type {
  AboutPanelOptionsOptions,
  BrowserWindowConstructorOptions,
  CustomScheme,
  IpcMain,
  MenuItemConstructorOptions,
  PrintToPDFOptions,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { writeFile as nodeWriteFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../../shared/i18n/locales';
import type { HttpFetch } from '../../shared/sync/syncServer';
import { createAppLog, type AppLog } from './appLog';
import {
  appEntryUrl,
  appOrigin,
  appScheme,
  appSchemePrivileges,
  createAppProtocolHandler,
} from './appProtocol';
import { createBackupStore } from './backupStore';
import { installCrashLogging, type AppEvents, type ProcessEvents } from './crashLog';
import { createFileExporter } from './fileExport';
import { isTrustedSender, registerIpcHandlers } from './ipc';
import { createIpcHandlers } from './ipcHandlers';
import { describeError } from './logger';
import { buildMenuTemplate } from './menu';
import { createPageLog } from './pageLog';
import { createPdfRenderer } from './pdfRenderer';
import {
  installSessionSecurity,
  installWindowSecurity,
  originOf,
  productionContentSecurityPolicy,
  type SecurableSession,
  type SecurableWebContents,
} from './security';
import { openSettingsStore } from './settingsStore';
import { openSyncAccount } from './syncAccount';
import type { SecretStorage } from './syncCredentials';
import { createAppUpdates, type AutoUpdaterLike } from './updater';
import { mainWindowOptions } from './windowOptions';
import { createWindowStateKeeper, restoreBounds, type TrackedWindow } from './windowState';

/** The parts of a `BrowserWindow` the main process uses (the app's window and the PDF printer). */
export type MainWindow = TrackedWindow & {
  readonly webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
  };
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  maximize(): void;
  loadURL(url: string): Promise<void>;
  destroy(): void;
};

/** The parts of Electron's `app` the main process uses. */
export type MainApp = AppEvents & {
  readonly isPackaged: boolean;
  getPath(name: 'userData' | 'documents'): string;
  getVersion(): string;
  getName(): string;
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(exitCode?: number): void;
  setAboutPanelOptions(options: AboutPanelOptionsOptions): void;
  showAboutPanel(): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: SecurableWebContents) => void,
  ): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
};

/**
 * Electron's main-process objects, as far as the app uses them. `index.ts`
 * passes the real ones; tests pass a stand-in (electron/test-support).
 */
export interface MainElectron<W extends MainWindow = MainWindow, M = unknown> {
  app: MainApp;
  BrowserWindow: {
    new (options: BrowserWindowConstructorOptions): W;
    getAllWindows(): W[];
  };
  dialog: {
    showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  };
  ipcMain: Pick<IpcMain, 'handle'>;
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): M;
    setApplicationMenu(menu: M | null): void;
  };
  net: { isOnline(): boolean };
  protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  safeStorage: SecretStorage & { getSelectedStorageBackend(): string };
  screen: {
    getPrimaryDisplay(): { workArea: Rectangle };
    getAllDisplays(): { workArea: Rectangle }[];
  };
  session: { defaultSession: SecurableSession };
  shell: {
    openExternal(url: string): Promise<void>;
    openPath(path: string): Promise<string>;
  };
}

/** What the main process needs besides Electron. */
export interface MainProcessOptions {
  /** Node's `process` (crash logging, platform, the dev server's address). */
  process: ProcessEvents & {
    readonly platform: NodeJS.Platform;
    readonly env: Readonly<Record<string, string | undefined>>;
  };
  /** The built renderer (`out/renderer`), served as `app://kopspeks/`. */
  rendererDir: string;
  /** The built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  /** HTTP for the sync account (the sync server). */
  fetch: HttpFetch;
  /** electron-updater's `autoUpdater`; loaded only in a packaged app. */
  loadAutoUpdater?: () => Promise<AutoUpdaterLike>;
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
}

export interface MainProcess {
  /** The app log (`<userData>/logs`). */
  readonly log: AppLog;
  /** Settles once the window is open, or at once when another instance runs. */
  readonly started: Promise<void>;
}

const defaultWindowSize = { width: 1280, height: 820 };

/**
 * The whole main process: hardening, the `app://` protocol, IPC, menus,
 * windows, credentials, logs and updates, wired from Electron's objects.
 * Every rule lives in a module tested on its own; this function only
 * connects them, and electron/main/mainProcess.test.ts runs it against a
 * stand-in of Electron.
 */
export function runMainProcess<W extends MainWindow, M>(
  electron: MainElectron<W, M>,
  options: MainProcessOptions,
): MainProcess {
  const { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol } = electron;
  const { safeStorage, screen, session, shell } = electron;
  const { process, rendererDir, preloadPath, writeFile = nodeWriteFile } = options;
  // Never honoured in a packaged app, where the variable could point the window anywhere.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  const appOrigins = devOrigin ? [appOrigin, devOrigin] : [appOrigin];

  let mainWindow: W | null = null;

  // From the first line on, logs go to <userData>/logs (Help → Show logs), redacted.
  const log = createAppLog({
    dir: join(app.getPath('userData'), 'logs'),
    echo: !app.isPackaged,
  });
  installCrashLogging({ process, app, log });

  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  async function start(): Promise<void> {
    await app.whenReady();
    log.info('app: started', { version: app.getVersion(), platform: process.platform });
    const userData = app.getPath('userData');
    const settings = await openSettingsStore({ file: join(userData, 'settings.json'), log });
    const windowState = createWindowStateKeeper({
      file: join(userData, 'window-state.json'),
      log,
    });
    const sync = await openSyncAccount({
      file: join(userData, 'sync-account.json'),
      secrets: safeStorage,
      storageBackend:
        process.platform === 'linux' ? () => safeStorage.getSelectedStorageBackend() : undefined,
      fetch: options.fetch,
      log,
    });

    // The dev server's pages need inline scripts; packaged pages get the strict policy.
    installSessionSecurity(session.defaultSession, {
      csp: devServerUrl ? null : productionContentSecurityPolicy,
    });
    protocol.handle(
      appScheme,
      createAppProtocolHandler({ rootDir: rendererDir, csp: productionContentSecurityPolicy }),
    );

    app.setAboutPanelOptions({
      applicationName: app.getName(),
      applicationVersion: app.getVersion(),
    });
    const applyMenu = (locale: Locale): void => {
      const template = buildMenuTemplate({
        locale,
        platform: process.platform,
        isDev: !app.isPackaged,
        appName: app.getName(),
        actions: {
          showAbout: () => app.showAboutPanel(),
          openLogsFolder: () => void shell.openPath(log.dir),
        },
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    applyMenu(settings.get().locale);
    settings.onChange((next) => applyMenu(next.locale));

    // Only a packaged app updates itself; electron-updater is not even loaded otherwise.
    const updates = await createAppUpdates({
      isPackaged: app.isPackaged,
      currentVersion: app.getVersion(),
      isOnline: () => net.isOnline(),
      log,
      ...(options.loadAutoUpdater ? { load: options.loadAutoUpdater } : {}),
    });

    registerIpcHandlers(ipcMain, {
      handlers: createIpcHandlers({
        version: app.getVersion(),
        platform: process.platform,
        settings,
        openExternal: (url) => shell.openExternal(url),
        files: createFileExporter({
          showSaveDialog: async (dialogOptions) => {
            const result = mainWindow
              ? await dialog.showSaveDialog(mainWindow, dialogOptions)
              : await dialog.showSaveDialog(dialogOptions);
            return result.canceled || !result.filePath ? null : result.filePath;
          },
          writeFile: (path, data) => writeFile(path, data),
          renderPdf: createPdfRenderer((windowOptions) => new BrowserWindow(windowOptions)),
          defaultDir: app.getPath('documents'),
        }),
        sync,
        backups: createBackupStore({ dir: join(userData, 'backups'), log }),
        updates,
        pageLog: createPageLog({ log }),
      }),
      isTrustedSender: (frame) => isTrustedSender(frame, appOrigins),
      log,
    });

    const createWindow = async (): Promise<void> => {
      const saved = await windowState.load();
      const displays = {
        primary: screen.getPrimaryDisplay().workArea,
        all: screen.getAllDisplays().map((display) => display.workArea),
      };
      const window = new BrowserWindow(
        mainWindowOptions({
          bounds: restoreBounds(saved?.bounds, displays, defaultWindowSize),
          preloadPath,
          title: app.getName(),
        }),
      );
      mainWindow = window;
      windowState.track(window);
      window.once('ready-to-show', () => {
        // Maximizing shows the window on Windows, so it waits until the page is painted.
        if (saved?.isMaximized) window.maximize();
        window.show();
      });
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      await window.loadURL(devServerUrl ?? appEntryUrl);
    };

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        createWindow().catch((error: unknown) =>
          log.error('main: could not open the window', { error: describeError(error) }),
        );
      }
    });

    // Quitting does not wait for pending writes: hold it until the window state is on disk.
    let stateSaved = false;
    app.on('will-quit', (event) => {
      if (stateSaved) return;
      event.preventDefault();
      void windowState.flush().finally(() => {
        stateSaved = true;
        app.quit();
      });
    });

    await createWindow();
    updates.start();
  }

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { log, started: Promise.resolve() };
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // Every renderer, including any created later, stays on our pages.
  app.on('web-contents-created', (_event, contents) => {
    installWindowSecurity(contents, {
      appOrigins,
      openExternal: (url) => shell.openExternal(url),
      log,
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  const started = start().catch((error: unknown) => {
    log.error('main: start-up failed', { error: describeError(error) });
    app.exit(1);
  });
  return { log, started };
}
