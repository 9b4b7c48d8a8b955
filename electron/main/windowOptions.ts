import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The page's own background (theme.css `--color-bg`), so no white flash before it paints. */
export const windowBackgroundColor = '#f5f6f3';

export const minWindowSize = { width: 900, height: 600 } as const;

/**
 * Options of the app's main window. Every renderer is sandboxed and
 * isolated: the page reaches the desktop only through the preload's
 * `window.api`. The window is created hidden and shown on `ready-to-show`.
 */
export function mainWindowOptions(options: {
  bounds: Rectangle;
  preloadPath: string;
  title: string;
}): BrowserWindowConstructorOptions {
  const { bounds, preloadPath, title } = options;
  return {
    ...bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title,
    show: false,
    backgroundColor: windowBackgroundColor,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  };
}
