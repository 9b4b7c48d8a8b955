import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether the Electron end-to-end tests can run here, and with which binary. */
export type ElectronCheck =
  { run: true; executablePath: string; version: string } | { run: false; reason: string };

/** What `findElectron` reads of the machine; the real one by default. */
export type MachineView = {
  /** The project folder (holds node_modules/electron). */
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  exists?: (path: string) => boolean;
  /** A file's text, or null when it cannot be read. */
  readText?: (path: string) => string | null;
};

const readTextFile = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const noBinary =
  "Electron's binary is not installed (node_modules/electron was installed with " +
  'ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without internet access); `npx install-electron` ' +
  'downloads it where the internet can be reached';

/**
 * Finds the Electron binary the way `node_modules/electron/index.js` does
 * (`path.txt` under `dist/`, or `ELECTRON_OVERRIDE_DIST_PATH`) without
 * requiring that module: since Electron 45 requiring it starts a download
 * when the binary is missing, which hangs or fails offline. Says why the
 * tests cannot run when they cannot: no binary, a binary of another
 * version, or (Linux) no display to open windows on.
 */
export function findElectron(machine: MachineView): ElectronCheck {
  const { root, env, platform, exists = existsSync, readText = readTextFile } = machine;
  const packageDir = join(root, 'node_modules', 'electron');
  const packageText = readText(join(packageDir, 'package.json'));
  if (packageText === null) {
    return { run: false, reason: 'the electron package is not installed (run npm ci)' };
  }
  const { version } = JSON.parse(packageText) as { version: string };
  const pathInDist = readText(join(packageDir, 'path.txt'))?.trim();
  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!pathInDist && !overrideDir) return { run: false, reason: noBinary };

  const distDir = overrideDir ?? join(packageDir, 'dist');
  const executablePath = join(distDir, pathInDist || defaultExecutable(platform));
  if (!exists(executablePath)) return { run: false, reason: noBinary };
  if (!overrideDir) {
    const binaryVersion = readText(join(distDir, 'version'))?.trim().replace(/^v/, '');
    if (binaryVersion && binaryVersion !== version) {
      return {
        run: false,
        reason: `Electron's binary is version ${binaryVersion} but the package is ${version}; \`npx install-electron\` replaces it`,
      };
    }
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return {
      run: false,
      reason: 'there is no display to open windows on; run under `xvfb-run -a`',
    };
  }
  return { run: true, executablePath, version };
}

function defaultExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The binary the launcher found, for the test fixtures. */
export const electronPathVariable = 'KOPSPEKS_ELECTRON_PATH';

/**
 * The binary the fixtures start: the launcher's, or found again when
 * Playwright was started by hand. Throws the reason when there is none.
 */
export function electronForTests(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = env[electronPathVariable];
  if (given) return given;
  const check = findElectron({ root, env, platform: process.platform });
  if (!check.run) throw new Error(`Electron cannot start here: ${check.reason}`);
  return check.executablePath;
}

/** Set where the binary must be there (CI): a missing binary fails instead of skipping. */
export const requireElectronVariable = 'KOPSPEKS_REQUIRE_ELECTRON_E2E';

/** What the launcher does with a check: run, fail, or say once why it did not run. */
export function decideElectronRun(
  check: ElectronCheck,
  env: Readonly<Record<string, string | undefined>>,
):
  | { action: 'run'; executablePath: string }
  | { action: 'skip'; message: string }
  | { action: 'fail'; message: string } {
  if (check.run) return { action: 'run', executablePath: check.executablePath };
  if (env[requireElectronVariable] === '1') {
    return {
      action: 'fail',
      message: `The Electron end-to-end tests must run here (${requireElectronVariable}=1) but cannot: ${check.reason}.`,
    };
  }
  return {
    action: 'skip',
    message: [
      `NOTE: the Electron end-to-end tests (electron/e2e) were NOT run: ${check.reason}.`,
      'They start the real app in Electron; CI runs them on Linux, Windows and macOS',
      '(.github/workflows/ci.yml and release.yml). Everything else in `npm test` did run.',
    ].join('\n'),
  };
}

/**
 * The environment the app is started with: this one without the variables
 * that would make it something else than the packaged app (a dev server
 * page, Node instead of Electron, extra Node options).
 */
export function electronEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const dropped = new Set([
    'ELECTRON_RENDERER_URL',
    'ELECTRON_RUN_AS_NODE',
    'NODE_OPTIONS',
    requireElectronVariable,
    electronPathVariable,
  ]);
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !dropped.has(name)) result[name] = value;
  }
  return result;
}
