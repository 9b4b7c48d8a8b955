import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../shared/i18n/locales';
import {
  appEntryUrl,
  appOrigin,
  appScheme,
  appSchemePrivileges,
  createAppProtocolHandler,
} from './appProtocol';
import { createBackupStore } from './backupStore';
import { installCrashLogging } from './crashLog';
import { createFileExporter } from './fileExport';
import { isTrustedSender, registerIpcHandlers } from './ipc';
import { createIpcHandlers } from './ipcHandlers';
import { createLogFile } from './logFile';
import { consoleLogger, createFileLogger, describeError } from './logger';
import { buildMenuTemplate } from './menu';
import {
  installSessionSecurity,
  installWindowSecurity,
  originOf,
  productionContentSecurityPolicy,
} from './security';
import { createPdfRenderer } from './pdfRenderer';
import { openSettingsStore } from './settingsStore';
import { openSyncAccount } from './syncAccount';
import { createAppUpdates } from './updater';
import { mainWindowOptions } from './windowOptions';
import { createWindowStateKeeper, restoreBounds } from './windowState';

// Built as ESM (out/main/index.js): no __dirname.
const here = dirname(fileURLToPath(import.meta.url));
// Never honoured in a packaged app, where the variable could point the window anywhere.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
const appOrigins = devOrigin ? [appOrigin, devOrigin] : [appOrigin];
const defaultWindowSize = { width: 1280, height: 820 };

let mainWindow: BrowserWindow | null = null;

// From the first line on, logs go to <userData>/logs (Help → Show logs), redacted.
const logFile = createLogFile({ dir: join(app.getPath('userData'), 'logs') });
const log = createFileLogger({ file: logFile, echo: app.isPackaged ? undefined : consoleLogger });
installCrashLogging({ process, app, log });

app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
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
  start().catch((error: unknown) => {
    log.error('main: start-up failed', { error: describeError(error) });
    void logFile.flush().finally(() => app.exit(1));
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  log.info('app: started', { version: app.getVersion(), platform: process.platform });
  const userData = app.getPath('userData');
  const settings = await openSettingsStore({ file: join(userData, 'settings.json'), log });
  const windowState = createWindowStateKeeper({ file: join(userData, 'window-state.json'), log });
  const sync = await openSyncAccount({
    file: join(userData, 'sync-account.json'),
    secrets: safeStorage,
    storageBackend:
      process.platform === 'linux' ? () => safeStorage.getSelectedStorageBackend() : undefined,
    fetch: (url, init) => fetch(url, init),
    log,
  });

  // The dev server's pages need inline scripts; packaged pages get the strict policy.
  installSessionSecurity(session.defaultSession, {
    csp: devServerUrl ? null : productionContentSecurityPolicy,
  });
  protocol.handle(
    appScheme,
    createAppProtocolHandler({
      rootDir: join(here, '../renderer'),
      csp: productionContentSecurityPolicy,
    }),
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
        openLogsFolder: () => void shell.openPath(logFile.dir),
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
  });

  registerIpcHandlers(ipcMain, {
    handlers: createIpcHandlers({
      version: app.getVersion(),
      platform: process.platform,
      settings,
      openExternal: (url) => shell.openExternal(url),
      files: createFileExporter({
        showSaveDialog: async (options) => {
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        writeFile: (path, data) => writeFile(path, data),
        renderPdf: createPdfRenderer((options) => new BrowserWindow(options)),
        defaultDir: app.getPath('documents'),
      }),
      sync,
      backups: createBackupStore({ dir: join(userData, 'backups'), log }),
      updates,
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
        preloadPath: join(here, '../preload/index.cjs'),
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
    void Promise.all([windowState.flush(), logFile.flush()]).finally(() => {
      stateSaved = true;
      app.quit();
    });
  });

  await createWindow();
  updates.start();
}
