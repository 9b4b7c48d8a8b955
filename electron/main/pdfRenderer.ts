import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/**
 * A hidden window that only prints: no preload, no JavaScript, sandboxed,
 * so even a document with hostile content cannot run anything.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: true,
      spellcheck: false,
    },
  };
}

type WindowLike = Pick<BrowserWindow, 'loadURL' | 'destroy'> & {
  webContents: Pick<BrowserWindow['webContents'], 'printToPDF'>;
};

/** Renders HTML to A4 PDF bytes in a throwaway window. */
export function createPdfRenderer(
  createWindow: (options: BrowserWindowConstructorOptions) => WindowLike,
) {
  return async (html: string): Promise<Uint8Array> => {
    const window = createWindow(pdfWindowOptions());
    try {
      await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
    } finally {
      window.destroy();
    }
  };
}
