import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// index.ts cannot run without Electron; these checks keep its distribution
// wiring (issue #9) going through the tested modules.
const source = () => readFile(new URL('./index.ts', import.meta.url), 'utf8');

describe('the composition root wires distribution through the tested modules', () => {
  it('logs to a rotating file in userData/logs from the start, with crashes', async () => {
    const text = await source();
    expect(text).toContain("createLogFile({ dir: join(app.getPath('userData'), 'logs') })");
    expect(text).toMatch(/const log = createFileLogger\(\{ file: logFile/);
    expect(text).toContain('installCrashLogging({ process, app, log })');
    expect(text).not.toMatch(/consoleLogger as log/);
    // Quitting waits for the last log lines.
    expect(text).toContain('logFile.flush()');
  });

  it('opens the log folder from Help → Show logs', async () => {
    expect(await source()).toContain('openLogsFolder: () => void shell.openPath(logFile.dir)');
  });

  it('updates only a packaged app, through the updater module', async () => {
    const text = await source();
    expect(text).toMatch(/createAppUpdates\(\{\s*isPackaged: app\.isPackaged,/);
    expect(text).toContain('isOnline: () => net.isOnline()');
    expect(text).toContain('updates.start()');
    expect(text).not.toMatch(/autoUpdater|'electron-updater'|quitAndInstall/);
  });
});
