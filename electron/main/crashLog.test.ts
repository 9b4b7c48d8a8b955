import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installCrashLogging } from './crashLog';

function setUp() {
  const proc = new EventEmitter();
  const app = new EventEmitter();
  const log = { warn: vi.fn(), error: vi.fn() };
  installCrashLogging({
    process: proc,
    app,
    log,
  });
  return { proc, app, log };
}

describe('crash logging', () => {
  it('logs uncaught exceptions and unhandled rejections of the main process', () => {
    const { proc, log } = setUp();
    proc.emit('uncaughtException', new TypeError('cannot read properties of undefined'));
    proc.emit('unhandledRejection', new Error('backup folder gone'));
    proc.emit('unhandledRejection', 'a string');
    expect(log.error).toHaveBeenCalledWith('crash: uncaught exception in the main process', {
      error: expect.stringContaining('TypeError: cannot read properties of undefined') as unknown,
    });
    expect(log.error).toHaveBeenCalledWith(
      'crash: unhandled promise rejection in the main process',
      {
        error: expect.stringContaining('backup folder gone') as unknown,
      },
    );
    expect(log.error).toHaveBeenCalledWith(
      'crash: unhandled promise rejection in the main process',
      {
        error: 'non-Error thrown (string)',
      },
    );
  });

  it('logs a renderer that died, with the page but not its query', () => {
    const { app, log } = setUp();
    const webContents = { getURL: () => 'app://kopspeks/index.html?draft=secret#/w/olaine' };
    app.emit('render-process-gone', {}, webContents, { reason: 'oom', exitCode: 133 });
    expect(log.error).toHaveBeenCalledWith('crash: a page process is gone', {
      reason: 'oom',
      exitCode: 133,
      page: 'app://kopspeks/index.html',
    });
  });

  it('survives a destroyed webContents', () => {
    const { app, log } = setUp();
    const webContents = {
      getURL: () => {
        throw new Error('Object has been destroyed');
      },
    };
    expect(() =>
      app.emit('render-process-gone', {}, webContents, { reason: 'crashed', exitCode: 1 }),
    ).not.toThrow();
    expect(log.error).toHaveBeenCalledWith('crash: a page process is gone', {
      reason: 'crashed',
      exitCode: 1,
      page: 'unknown',
    });
  });

  it('logs a helper process that died', () => {
    const { app, log } = setUp();
    app.emit(
      'child-process-gone',
      {},
      {
        type: 'GPU',
        reason: 'crashed',
        exitCode: 9,
        name: 'GPU',
      },
    );
    expect(log.error).toHaveBeenCalledWith('crash: a helper process is gone', {
      type: 'GPU',
      reason: 'crashed',
      exitCode: 9,
      name: 'GPU',
    });
  });
});
