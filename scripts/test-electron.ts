/**
 * `npm run test:electron`: the end-to-end tests of the real app in Electron
 * (electron/e2e). Where Electron's binary is missing (installed with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on our machines) it says so once and
 * succeeds; with KOPSPEKS_REQUIRE_ELECTRON_E2E=1 (CI) it fails instead.
 * Arguments after `--` go to Playwright; `--no-build` skips the build.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import {
  decideElectronRun,
  electronPathVariable,
  findElectron,
} from '../electron/e2e/electronLaunch';

const root = resolve(import.meta.dirname, '..');

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    // Node runs the tools' scripts directly: no shell, no `.cmd` shims on Windows.
    const child = spawn(process.execPath, [resolve(root, script), ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const decision = decideElectronRun(
    findElectron({ root, env: process.env, platform: process.platform }),
    process.env,
  );
  if (decision.action === 'skip') {
    console.info(`\n${decision.message}\n`);
    return 0;
  }
  if (decision.action === 'fail') {
    console.error(decision.message);
    return 1;
  }

  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) {
    // The app loads out/renderer: build there, whatever KOPSPEKS_RENDERER_OUT says.
    const env = { ...process.env };
    delete env.KOPSPEKS_RENDERER_OUT;
    const built = await run('node_modules/electron-vite/bin/electron-vite.js', ['build'], env);
    if (built !== 0) return built;
  }
  return run(
    'node_modules/@playwright/test/cli.js',
    [
      'test',
      '--config',
      'electron/e2e/playwright.config.ts',
      ...args.filter((arg) => arg !== '--no-build'),
    ],
    { ...process.env, [electronPathVariable]: decision.executablePath },
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
