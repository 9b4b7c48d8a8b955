import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideElectronRun,
  electronEnvironment,
  findElectron,
  requireElectronVariable,
  type MachineView,
} from './electronLaunch';

const root = join('/', 'work', 'kopspeks');
const electronDir = join(root, 'node_modules', 'electron');

/** A machine whose files are `files` (path → text). */
function machine(files: Record<string, string>, overrides: Partial<MachineView> = {}): MachineView {
  return {
    root,
    env: { DISPLAY: ':99' },
    platform: 'linux',
    exists: (path) => Object.hasOwn(files, path),
    readText: (path) => (Object.hasOwn(files, path) ? files[path]! : null),
    ...overrides,
  };
}

const installed = (platformPath: string, version = '45.5.0') => ({
  [join(electronDir, 'package.json')]: JSON.stringify({ name: 'electron', version: '45.5.0' }),
  [join(electronDir, 'path.txt')]: platformPath,
  [join(electronDir, 'dist', platformPath)]: 'binary',
  [join(electronDir, 'dist', 'version')]: version,
});

describe('finding Electron', () => {
  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ] as const)('finds the downloaded binary on %s', (platform, platformPath) => {
    expect(findElectron(machine(installed(platformPath), { platform }))).toEqual({
      run: true,
      executablePath: join(electronDir, 'dist', platformPath),
      version: '45.5.0',
    });
  });

  it('says the binary is missing when the package was installed without it (as here)', () => {
    const packageOnly = {
      [join(electronDir, 'package.json')]: JSON.stringify({ version: '45.5.0' }),
    };
    const check = findElectron(machine(packageOnly));
    expect(check.run).toBe(false);
    expect(!check.run && check.reason).toMatch(
      /binary is not installed.*ELECTRON_SKIP_BINARY_DOWNLOAD/s,
    );
    // path.txt written but the download never finished.
    const files = installed('electron');
    delete files[join(electronDir, 'dist', 'electron')];
    expect(findElectron(machine(files)).run).toBe(false);
  });

  it('says when the electron package itself is missing', () => {
    const check = findElectron(machine({}));
    expect(!check.run && check.reason).toMatch(/electron package is not installed/);
  });

  it('refuses a binary of another version than the package', () => {
    const check = findElectron(machine(installed('electron', 'v44.0.0')));
    expect(!check.run && check.reason).toMatch(/version 44.0.0 but the package is 45.5.0/);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH as Electron does', () => {
    const custom = join('/', 'opt', 'electron');
    const files = {
      [join(electronDir, 'package.json')]: JSON.stringify({ version: '45.5.0' }),
      [join(custom, 'electron')]: 'binary',
    };
    expect(
      findElectron(machine(files, { env: { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: custom } })),
    ).toMatchObject({ run: true, executablePath: join(custom, 'electron') });
  });

  it('needs a display on Linux, not on Windows or macOS', () => {
    const check = findElectron(machine(installed('electron'), { env: {} }));
    expect(!check.run && check.reason).toMatch(/xvfb-run/);
    expect(
      findElectron(machine(installed('electron'), { env: { WAYLAND_DISPLAY: 'wayland-0' } })).run,
    ).toBe(true);
    expect(
      findElectron(machine(installed('electron.exe'), { env: {}, platform: 'win32' })).run,
    ).toBe(true);
  });
});

describe('deciding what the test command does', () => {
  const missing = { run: false as const, reason: "Electron's binary is not installed" };

  it('runs with the binary found', () => {
    expect(decideElectronRun({ run: true, executablePath: '/e', version: '45.5.0' }, {})).toEqual({
      action: 'run',
      executablePath: '/e',
    });
  });

  it('skips with one clear note saying what did not run and why', () => {
    const decision = decideElectronRun(missing, {});
    expect(decision.action).toBe('skip');
    const message = decision.action === 'skip' ? decision.message : '';
    expect(message).toMatch(
      /^NOTE: the Electron end-to-end tests \(electron\/e2e\) were NOT run: Electron's binary is not installed\./,
    );
    expect(message).toContain('CI runs them on Linux, Windows and macOS');
  });

  it('fails instead where the tests must run (CI)', () => {
    const decision = decideElectronRun(missing, { [requireElectronVariable]: '1' });
    expect(decision).toMatchObject({ action: 'fail' });
    expect(decision.action === 'fail' && decision.message).toContain('binary is not installed');
  });
});

describe('the environment the app starts with', () => {
  it('keeps the machine’s, without what would make it another app', () => {
    expect(
      electronEnvironment({
        PATH: '/usr/bin',
        DISPLAY: ':99',
        ELECTRON_RENDERER_URL: 'http://localhost:5173/',
        ELECTRON_RUN_AS_NODE: '1',
        NODE_OPTIONS: '--require evil.js',
        [requireElectronVariable]: '1',
        UNSET: undefined,
      }),
    ).toEqual({ PATH: '/usr/bin', DISPLAY: ':99' });
  });
});
