import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { fakeSafeStorage } from '../main/syncTesting';
import type { MainElectron, MainProcessOptions, MainWindow } from '../main/mainProcess';
import type { NavigationEvent } from '../main/security';

type Listener = (...args: never[]) => unknown;

/** Node's EventEmitter, as far as Electron's objects use it. */
class Emitter {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: false }]);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: true }]);
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const entries = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      entries.filter((entry) => !entry.once),
    );
    for (const { listener } of entries) (listener as (...values: unknown[]) => unknown)(...args);
    return entries.length > 0;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event whose default a listener may prevent, as Electron passes them. */
export function preventable<T extends object>(
  fields: T,
): T & NavigationEvent & { prevented: boolean } {
  const event = {
    url: '',
    ...fields,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'deny' | 'allow' };

/** A page's `webContents`: what it does when the page navigates or opens a window. */
export class StandInWebContents extends Emitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly printed: { options: unknown; url: string | null }[] = [];
  url: string | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** The page follows a link or sets `location`: true when Electron would go ahead. */
  navigate(url: string): boolean {
    const event = preventable({ url });
    this.emit('will-navigate', event);
    return !event.prevented;
  }

  /** The server redirects the page: true when Electron would follow. */
  redirect(url: string): boolean {
    const event = preventable({ url });
    this.emit('will-redirect', event);
    return !event.prevented;
  }

  /** The page adds a `<webview>`: true when Electron would attach it. */
  attachWebview(): boolean {
    const event = preventable({});
    this.emit('will-attach-webview', event, {}, {});
    return !event.prevented;
  }

  /** `window.open(url)`: Electron opens the window unless a handler denies it. */
  openWindow(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }

  printToPDF(options: unknown): Promise<Buffer> {
    this.printed.push({ options, url: this.url });
    return Promise.resolve(Buffer.from('%PDF-1.4\n% stand-in\n%%EOF\n'));
  }
}

/** A `BrowserWindow` that records how it was made and what it loaded. */
export class StandInWindow extends Emitter implements MainWindow {
  readonly webContents = new StandInWebContents();
  destroyed = false;
  shown = false;
  maximized = false;
  minimized = false;
  focused = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    // Electron paints the page later; ready-to-show follows the load.
    setTimeout(() => this.emit('ready-to-show'), 0);
    return Promise.resolve();
  }

  getNormalBounds(): Rectangle {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options;
    return { x, y, width, height };
  }

  isMaximized = (): boolean => this.maximized;
  isMinimized = (): boolean => this.minimized;
  isDestroyed = (): boolean => this.destroyed;
  maximize = (): void => {
    this.maximized = true;
  };
  restore = (): void => {
    this.minimized = false;
  };
  show = (): void => {
    this.shown = true;
  };
  focus = (): void => {
    this.focused = true;
  };
  destroy = (): void => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  };
}

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

export type StandInOptions = {
  /** `app.getPath('userData')` (and `documents` beside it). */
  userData: string;
  isPackaged?: boolean;
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  /** Whether this is the first instance (`requestSingleInstanceLock`). */
  singleInstance?: boolean;
  /** Whether the OS offers secure storage, and Linux's backend. */
  secureStorage?: { available: boolean; backend?: string };
};

/**
 * A stand-in for Electron's main-process objects, faithful where the app's
 * safety depends on it: Electron's defaults are the permissive ones (a
 * window opens and a permission is granted unless a handler says no), the
 * schemes must be registered before `ready` and handled after it, a second
 * handler for an IPC channel throws, and every new page's `webContents` is
 * announced with `web-contents-created`.
 */
export function createElectronStandIn(options: StandInOptions) {
  const platform = options.platform ?? 'linux';
  let ready = false;
  const calls: string[] = [];
  const windows: StandInWindow[] = [];

  class StandInApp extends Emitter {
    readonly isPackaged = options.isPackaged ?? false;
    exitCode: number | null = null;
    quitting = false;
    aboutPanel: unknown = null;
    // Electron is ready after the entry script's synchronous part.
    private readonly ready = new Promise<void>((resolve) =>
      setTimeout(() => {
        ready = true;
        resolve();
      }, 0),
    );

    getPath(name: 'userData' | 'documents'): string {
      return name === 'userData' ? options.userData : `${options.userData}-documents`;
    }
    getVersion = (): string => '0.1.0';
    getName = (): string => 'Kopspēks';
    requestSingleInstanceLock = (): boolean => options.singleInstance ?? true;
    whenReady = (): Promise<void> => this.ready;
    enableSandbox(): void {
      if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
      calls.push('app.enableSandbox');
    }
    quit(): void {
      calls.push('app.quit');
      const event = preventable({});
      this.emit('before-quit', event);
      if (event.prevented) return;
      const willQuit = preventable({});
      this.emit('will-quit', willQuit);
      if (!willQuit.prevented) this.quitting = true;
    }
    exit(exitCode = 0): void {
      this.exitCode = exitCode;
    }
    setAboutPanelOptions(panel: unknown): void {
      this.aboutPanel = panel;
    }
    showAboutPanel(): void {
      calls.push('app.showAboutPanel');
    }
  }
  const app = new StandInApp();

  class BrowserWindow extends StandInWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      super(windowOptions);
      windows.push(this);
      app.emit('web-contents-created', preventable({}), this.webContents);
    }

    static getAllWindows(): BrowserWindow[] {
      return windows.filter((window) => !window.destroyed);
    }
  }

  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle(channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) {
      if (handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      handlers.set(channel, handler);
    },
  };

  let requestHandler: PermissionRequestHandler | null = null;
  let checkHandler: (() => boolean) | null = null;
  let headersListener: HeadersListener | null = null;
  const defaultSession = {
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      requestHandler = handler;
    },
    setPermissionCheckHandler(handler: () => boolean) {
      checkHandler = handler;
    },
    webRequest: {
      onHeadersReceived(listener: HeadersListener) {
        headersListener = listener;
      },
    },
  };

  const privileged: CustomScheme[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(schemes: CustomScheme[]) {
      if (ready) throw new Error('registerSchemesAsPrivileged must be called before app is ready');
      privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      if (!ready) throw new Error('protocol.handle must be called after app is ready');
      protocolHandlers.set(scheme, handler);
    },
  };

  const secureStorage = options.secureStorage ?? { available: true, backend: 'gnome_libsecret' };
  const safeStorage = Object.assign(fakeSafeStorage({ available: secureStorage.available }), {
    getSelectedStorageBackend: () => secureStorage.backend ?? 'unknown',
  });

  const saveDialogs: { parent: unknown; options: SaveDialogOptions }[] = [];
  let nextSavePath: string | null = null;
  function showSaveDialog(
    parentOrOptions: StandInWindow | SaveDialogOptions,
    maybeOptions?: SaveDialogOptions,
  ): Promise<SaveDialogReturnValue> {
    const parent = parentOrOptions instanceof StandInWindow ? parentOrOptions : null;
    const dialogOptions = maybeOptions ?? (parentOrOptions as SaveDialogOptions);
    saveDialogs.push({ parent, options: dialogOptions });
    const filePath = nextSavePath;
    nextSavePath = null;
    return Promise.resolve(
      filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' },
    );
  }

  let menu: { template: MenuItemConstructorOptions[] } | null = null;
  const opened: { external: string[]; paths: string[] } = { external: [], paths: [] };

  const electron: MainElectron<BrowserWindow, { template: MenuItemConstructorOptions[] }> = {
    app,
    BrowserWindow,
    dialog: { showSaveDialog },
    ipcMain: ipcMain as unknown as MainElectron['ipcMain'],
    Menu: {
      buildFromTemplate: (template) => ({ template }),
      setApplicationMenu: (next) => {
        menu = next;
      },
    },
    net: { isOnline: () => true },
    protocol,
    safeStorage,
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: { defaultSession },
    shell: {
      openExternal: (url) => {
        opened.external.push(url);
        return Promise.resolve();
      },
      openPath: (path) => {
        opened.paths.push(path);
        return Promise.resolve('');
      },
    },
  };

  const process = Object.assign(new Emitter(), {
    platform,
    env: options.env ?? {},
  }) as Emitter & MainProcessOptions['process'];

  const findMenuItem = (
    items: MenuItemConstructorOptions[],
    label: string,
  ): MenuItemConstructorOptions | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const found = Array.isArray(item.submenu) ? findMenuItem(item.submenu, label) : undefined;
      if (found) return found;
    }
    return undefined;
  };

  return {
    electron,
    process,
    app,
    calls,
    safeStorage,
    /** Every window made, the app's and the PDF printer's, in order. */
    windows,
    /** The links and folders handed to the OS. */
    opened,
    /** Schemes registered as privileged before `ready`. */
    privileged,
    saveDialogs,
    /** The path the next save dialog answers with (null: the user cancels). */
    answerNextSaveDialog(path: string | null) {
      nextSavePath = path;
    },
    /** The channels main answers. */
    channels: () => [...handlers.keys()],
    /** A call from a page, as `ipcRenderer.invoke` makes it, from `senderFrame`. */
    async invoke(
      channel: string,
      input: unknown,
      senderFrame: { url: string; parent: object | null } | null,
    ): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler({ senderFrame }, input);
    },
    /** What Electron answers a page asking for `permission` (granted unless a handler refuses). */
    requestPermission(permission: string): Promise<boolean> {
      if (!requestHandler) return Promise.resolve(true);
      const handler = requestHandler;
      return new Promise((resolve) => handler({}, permission, resolve));
    },
    checkPermission(): boolean {
      return checkHandler ? checkHandler() : true;
    },
    /** The headers a response reaches the page with. */
    responseHeaders(headers: Record<string, string[]>): Record<string, string | string[]> {
      if (!headersListener) return headers;
      let result: Record<string, string | string[]> | undefined;
      headersListener({ responseHeaders: headers }, (response) => {
        result = response.responseHeaders ?? headers;
      });
      return result ?? headers;
    },
    /** A request to a custom scheme, answered by its `protocol.handle` handler. */
    fetchScheme(url: string): Promise<Response> {
      const scheme = new URL(url).protocol.slice(0, -1);
      const handler = protocolHandlers.get(scheme);
      if (!handler) return Promise.reject(new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`));
      return handler(new Request(url));
    },
    /** The application menu's item labelled `label`, if any. */
    menuItem: (label: string) => (menu ? findMenuItem(menu.template, label) : undefined),
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
