import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// index.ts cannot run without Electron; these checks keep it from bypassing
// the tested modules (e.g. by building its own webPreferences).
describe('the main process composition root', () => {
  it('opens windows only with the tested options', async () => {
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/new BrowserWindow\(\s*mainWindowOptions\(/);
    // The only other window is the PDF printer, built from pdfWindowOptions().
    expect(source).toContain('createPdfRenderer((options) => new BrowserWindow(options))');
    expect(source.match(/new BrowserWindow\(/g)).toHaveLength(2);
    expect(source).not.toMatch(/webPreferences|nodeIntegration|contextIsolation|sandbox:/);
  });

  it('installs the security handlers and registers IPC through the contract', async () => {
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).toContain('installSessionSecurity(session.defaultSession');
    expect(source).toContain('installWindowSecurity(contents');
    expect(source).toContain('registerIpcHandlers(ipcMain');
    expect(source).toContain('app.requestSingleInstanceLock()');
    expect(source).not.toMatch(/ipcMain\.(handle|on)\(/);
  });
});
