import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { updateTiming } from './updatePolicy';
import { createAppUpdates, createNoUpdates, createUpdater, type AutoUpdaterLike } from './updater';

class FakeAutoUpdater extends EventEmitter implements AutoUpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: AutoUpdaterLike['logger'] = null;
  checks = 0;
  result: () => Promise<unknown> = () => Promise.resolve(null);
  checkForUpdates = vi.fn(() => {
    this.checks += 1;
    return this.result();
  });
  quitAndInstall = vi.fn();
}

function setUp(options: { online?: boolean } = {}) {
  const updater = new FakeAutoUpdater();
  let online = options.online ?? true;
  let clock = new Date('2026-11-26T08:00:00.000Z');
  const timers: { run: () => void; ms: number }[] = [];
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const service = createUpdater({
    updater,
    currentVersion: '1.0.0',
    isOnline: () => online,
    log,
    now: () => clock,
    setTimer: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  });
  const fire = () => {
    const timer = timers.shift()!;
    clock = new Date(clock.getTime() + timer.ms);
    timer.run();
  };
  return {
    updater,
    service,
    log,
    timers,
    fire,
    setOnline: (value: boolean) => (online = value),
    advance: (ms: number) => (clock = new Date(clock.getTime() + ms)),
  };
}

describe('the updater', () => {
  it('downloads in the background and installs on quit', () => {
    const { updater } = setUp();
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.logger).not.toBeNull();
  });

  it('checks shortly after start and then every few hours, only when online', () => {
    const { updater, service, timers, fire, setOnline } = setUp({ online: false });
    service.start();
    expect(timers[0]!.ms).toBe(updateTiming.firstCheckDelayMs);
    fire();
    expect(updater.checks).toBe(0);
    expect(service.getState().offline).toBe(true);
    setOnline(true);
    fire();
    expect(updater.checks).toBe(1);
    updater.emit('update-not-available');
    expect(service.getState().status).toBe('upToDate');
    // Ticks inside the interval do not check again.
    const ticksPerInterval = updateTiming.checkIntervalMs / updateTiming.tickMs;
    for (let tick = 1; tick < ticksPerInterval; tick += 1) fire();
    expect(updater.checks).toBe(1);
    fire();
    expect(updater.checks).toBe(2);
    service.stop();
    expect(timers).toHaveLength(0);
  });

  it('shows a downloaded update as ready and restarts only when asked and idle', () => {
    const { updater, service } = setUp();
    service.checkNow();
    updater.emit('update-available', { version: '1.1.0' });
    updater.emit('download-progress', { percent: 30 });
    expect(service.getState()).toMatchObject({ status: 'downloading', downloadPercent: 30 });
    updater.emit('update-downloaded', { version: '1.1.0' });
    expect(service.getState()).toMatchObject({ status: 'ready', availableVersion: '1.1.0' });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    service.setBusy(true);
    expect(service.install().installWhenIdle).toBe(true);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    service.setBusy(false);
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(false, true);
  });

  it('keeps a failed check quiet: logged, shown as failed, never thrown', async () => {
    const { updater, service, log } = setUp();
    updater.result = () => Promise.reject(new Error('getaddrinfo ENOTFOUND github.com'));
    expect(() => service.checkNow()).not.toThrow();
    await vi.waitFor(() => expect(service.getState().status).toBe('failed'));
    updater.emit('error', new Error('net::ERR_INTERNET_DISCONNECTED'));
    expect(service.getState().status).toBe('failed');
    expect(log.warn).toHaveBeenCalledWith('update: check failed', expect.any(Object));
    expect(log.warn).toHaveBeenCalledWith('update: check or download failed', expect.any(Object));
  });

  it('logs a restart that fails instead of throwing', () => {
    const { updater, service, log } = setUp();
    updater.quitAndInstall.mockImplementation(() => {
      throw new Error('cannot spawn installer');
    });
    service.checkNow();
    updater.emit('update-downloaded', { version: '1.1.0' });
    expect(() => service.install()).not.toThrow();
    expect(log.error).toHaveBeenCalledWith(
      'update: could not restart to install',
      expect.any(Object),
    );
  });

  it("sends electron-updater's own log lines to the app log", () => {
    const { updater, log } = setUp();
    updater.logger!.info('Checking for update');
    expect(log.info).toHaveBeenCalledWith('update: Checking for update');
  });
});

describe('a build that cannot update itself', () => {
  it('says so and does nothing', () => {
    const service = createNoUpdates('1.0.0-dev');
    expect(service.checkNow()).toMatchObject({
      status: 'unavailable',
      currentVersion: '1.0.0-dev',
    });
    expect(service.install().status).toBe('unavailable');
  });
});

describe('the update service of a run', () => {
  const log = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

  it('is off in development without loading electron-updater', async () => {
    const load = vi.fn(() => Promise.resolve(new FakeAutoUpdater()));
    const service = await createAppUpdates({
      isPackaged: false,
      currentVersion: '1.0.0',
      isOnline: () => true,
      log: log(),
      load,
    });
    expect(service.getState().status).toBe('unavailable');
    expect(load).not.toHaveBeenCalled();
  });

  it('uses electron-updater in a packaged app', async () => {
    const updater = new FakeAutoUpdater();
    const service = await createAppUpdates({
      isPackaged: true,
      currentVersion: '1.0.0',
      isOnline: () => true,
      log: log(),
      load: () => Promise.resolve(updater),
    });
    expect(service.getState().status).toBe('idle');
    service.checkNow();
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
  });

  it('starts without updates, logged, when electron-updater cannot be loaded', async () => {
    const logger = log();
    const service = await createAppUpdates({
      isPackaged: true,
      currentVersion: '1.0.0',
      isOnline: () => true,
      log: logger,
      load: () => Promise.reject(new Error('Cannot find module')),
    });
    expect(service.getState().status).toBe('unavailable');
    expect(logger.error).toHaveBeenCalledWith(
      'update: updates are off for this run',
      expect.any(Object),
    );
  });
});
