import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandInElectron } from './test-support/standInElectron';

const execFileAsync = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
// The tools' own scripts run by this Node: node_modules/.bin holds shell and
// .cmd shims that execFile cannot start on Windows.
const tools = {
  'electron-vite': join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  'electron-builder': join(root, 'node_modules', 'electron-builder', 'cli.js'),
};
const run = (
  tool: keyof typeof tools,
  args: string[],
  options: Parameters<typeof execFileAsync>[2],
) => execFileAsync(process.execPath, [tools[tool], ...args], options);

type PackageJson = { dependencies?: Record<string, string> };

async function readPackage(dir: string): Promise<PackageJson> {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** Every package the app's runtime `dependencies` pull in, resolved as Node does. */
async function runtimeClosure(): Promise<Set<string>> {
  const names = new Set<string>();
  const visit = async (name: string, from: string): Promise<void> => {
    let dir = from;
    while (!existsSync(join(dir, 'node_modules', name, 'package.json'))) {
      if (dir === root) throw new Error(`cannot resolve ${name}`);
      dir = resolve(dir, '..', '..');
    }
    const home = join(dir, 'node_modules', name);
    if (names.has(name)) return;
    names.add(name);
    for (const dep of Object.keys((await readPackage(home)).dependencies ?? {})) {
      await visit(dep, home);
    }
  };
  for (const dep of Object.keys((await readPackage(root)).dependencies ?? {})) {
    await visit(dep, root);
  }
  return names;
}

/** `/node_modules/a/...` and `/node_modules/@s/b/...` → `a`, `@s/b`, at any depth. */
function packagesIn(entries: string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    for (const match of entry.matchAll(/\/node_modules\/((?:@[^/]+\/)?[^/]+)/g)) {
      names.add(match[1]!);
    }
  }
  return names;
}

// Packages the real app with electron-builder, against a stand-in Electron
// (the real download is not reachable here), and checks what ships.
describe('the packaged app', { timeout: 240_000 }, () => {
  let dir: string;
  let unpacked: string;
  let entries: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kopspeks-package-'));
    const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
    if (!built.every((file) => existsSync(join(root, file)))) {
      const env = { ...process.env };
      // The default renderer folder, out/renderer, is the one that is packaged.
      delete env.KOPSPEKS_RENDERER_OUT;
      await run('electron-vite', ['build'], { cwd: root, env });
    }
    const electronDist = await createStandInElectron(join(dir, 'electron'));
    const env = { ...process.env };
    delete env.KOPSPEKS_REQUIRE_FUSES;
    await run(
      'electron-builder',
      [
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(dir, 'release')}`,
        '-c.electronVersion=45.5.0',
        // In CI electron-builder reads these from the git remote.
        '-c.publish.owner=kopspeks-test',
        '-c.publish.repo=kopspeks',
      ],
      { cwd: root, env, maxBuffer: 16 * 1024 * 1024 },
    );
    unpacked = join(dir, 'release', 'linux-unpacked');
    entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((entry) =>
      entry.replaceAll('\\', '/'),
    );
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds the built main, preload and renderer and package.json, nothing else of ours', () => {
    expect(entries).toContain('/out/main/index.js');
    expect(entries).toContain('/out/preload/index.cjs');
    expect(entries).toContain('/out/renderer/index.html');
    expect(entries).toContain('/package.json');
    const topLevel = new Set(entries.map((entry) => entry.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const outFolders = new Set(
      entries.filter((entry) => entry.startsWith('/out/')).map((entry) => entry.split('/')[2]),
    );
    expect([...outFolders].sort()).toEqual(['main', 'preload', 'renderer']);
  });

  it('leaves out sources, tests and source maps', () => {
    const ours = entries.filter((entry) => !entry.startsWith('/node_modules/'));
    expect(ours.filter((entry) => /\.(ts|tsx|map)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\.test\.|\.map$/.test(entry))).toEqual([]);
    for (const folder of ['electron', 'renderer', 'shared', 'scripts', 'src', 'resources']) {
      expect(entries.some((entry) => entry.startsWith(`/${folder}/`))).toBe(false);
    }
  });

  it('carries only the runtime dependencies, not the libraries Vite bundled', async () => {
    const shipped = packagesIn(entries);
    expect(shipped).toContain('zod');
    expect(shipped).toContain('electron-updater');
    expect([...shipped].sort()).toEqual([...(await runtimeClosure())].sort());
    for (const bundled of ['react', 'react-dom', 'rxdb', 'dexie', 'rxjs', 'i18next', 'electron']) {
      expect(shipped).not.toContain(bundled);
    }
  });

  it('has its fuses set by the afterPack hook', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'kopspeks'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });

  it('tells electron-updater where releases are published', async () => {
    const updateConfig = await readFile(join(unpacked, 'resources', 'app-update.yml'), 'utf8');
    expect(updateConfig).toMatch(/^provider: github$/m);
    expect(updateConfig).toMatch(/^owner: kopspeks-test$/m);
    expect(updateConfig).toMatch(/^repo: kopspeks$/m);
  });

  it('stays small', async () => {
    const { size } = await stat(join(unpacked, 'resources', 'app.asar'));
    console.info(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
    // About 5.5 MB at the time of writing, most of it the renderer bundle;
    // a renderer library slipping into `dependencies` adds tens of MB.
    expect(size).toBeLessThan(20 * 1024 * 1024);
  });
});
