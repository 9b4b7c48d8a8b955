import { readdir, readFile } from 'node:fs/promises';
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

  it('keeps the sync password with safeStorage in userData, through the tested module', async () => {
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/openSyncAccount\(\{\s*file: join\(userData, 'sync-account\.json'\)/);
    expect(source).toContain('secrets: safeStorage');
    expect(source).toContain('safeStorage.getSelectedStorageBackend()');
    expect(source).not.toMatch(/encryptString|decryptString|isEncryptionAvailable/);
  });

  it('keeps automatic backups in userData/backups through the tested store', async () => {
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).toContain("backups: createBackupStore({ dir: join(userData, 'backups'), log })");
  });

  it('is the only main-process module that imports Electron values', async () => {
    const dir = new URL('./', import.meta.url);
    const modules = (await readdir(dir)).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts',
    );
    expect(modules).toContain('syncAccount.ts');
    for (const name of modules) {
      const source = await readFile(new URL(name, dir), 'utf8');
      const electronImports = source.match(/^import\s[^;]*?from 'electron';/gm) ?? [];
      for (const statement of electronImports) expect(statement, name).toMatch(/^import type /);
    }
  });
});
