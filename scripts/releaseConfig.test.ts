import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const readYaml = async (path: string) => {
  const text = await readFile(resolve(root, path), 'utf8');
  return { text, data: parse(text) as Record<string, unknown> };
};

type Step = {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
};
type Job = {
  needs?: string | string[];
  'runs-on'?: string;
  container?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  /** A reusable workflow this job calls instead of having steps. */
  uses?: string;
  steps?: Step[];
  strategy?: { matrix: { os?: string[]; include?: { os: string; targets: string }[] } };
};
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const workflow = async (name: string) =>
  (await readYaml(`.github/workflows/${name}`)).data as unknown as Workflow;
const runs = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run?.trim() ?? '');

const signingSecrets = [
  'CSC_LINK',
  'CSC_KEY_PASSWORD',
  'WIN_CSC_LINK',
  'WIN_CSC_KEY_PASSWORD',
  'APPLE_ID',
  'APPLE_APP_SPECIFIC_PASSWORD',
  'APPLE_TEAM_ID',
];

/** Every `key: value` pair anywhere in a parsed YAML document. */
function* entries(value: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* entries(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [key, item];
      yield* entries(item, `${path}.${key}`);
    }
  }
}

describe('the release workflow', () => {
  it('runs on version tags only', async () => {
    const { data } = await readYaml('.github/workflows/release.yml');
    const workflow = data as unknown as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on.push).toEqual({ tags: ['v*'] });
    // Creating the release needs write access to the repository's contents.
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('checks the tag and runs every test first, then builds only if both passed', async () => {
    const { jobs } = await workflow('release.yml');
    expect(runs(jobs.tag).some((run) => run.includes('GITHUB_REF_NAME'))).toBe(true);
    expect(jobs.test?.uses).toBe('./.github/workflows/tests.yml');
    // The tests need to read the repository only, whatever the release may write.
    expect(jobs.test?.permissions).toEqual({ contents: 'read' });
    const builds = Object.entries(jobs).filter(([name]) => !['tag', 'test'].includes(name));
    expect(builds.length).toBeGreaterThan(0);
    for (const [, job] of builds) expect([job.needs].flat().sort()).toEqual(['tag', 'test']);
  });

  it('builds every installer on its own OS and publishes it with the update metadata', async () => {
    const { jobs } = await workflow('release.yml');
    const build = jobs.build!;
    const matrix = build.strategy!.matrix.include!;
    const targetsOn = (os: string) =>
      matrix.find((entry) => entry.os.startsWith(os))?.targets ?? '';
    expect(matrix.map((entry) => entry.os.split('-')[0]).sort()).toEqual([
      'macos',
      'ubuntu',
      'windows',
    ]);
    expect(targetsOn('ubuntu')).toMatch(/--linux\b.*\bAppImage\b.*\bdeb\b/);
    expect(targetsOn('windows')).toMatch(/--win\b.*\bnsis\b/);
    // electron-updater updates a Mac from the zip; both architectures.
    expect(targetsOn('macos')).toMatch(/--mac\b.*\bdmg\b.*\bzip\b/);
    expect(targetsOn('macos')).toContain('--x64');
    expect(targetsOn('macos')).toContain('--arm64');
    const publish = build.steps?.find((step) => step.run?.includes('electron-builder'));
    expect(publish?.run).toContain('--publish always');
    expect(runs(build).some((run) => run.includes('electron-vite build'))).toBe(true);
    expect(build.env!.KOPSPEKS_REQUIRE_FUSES).toBe('1');
  });

  it('takes every credential from secrets, named, and builds unsigned without them', async () => {
    const { data, text } = await readYaml('.github/workflows/release.yml');
    const build = (data as unknown as Workflow).jobs.build!;
    expect(build.env!.GH_TOKEN).toBe('${{ secrets.GITHUB_TOKEN }}');
    for (const name of signingSecrets) expect(build.env![name]).toBe(`\${{ secrets.${name} }}`);
    for (const [key, value] of entries(data)) {
      if (/TOKEN|PASSWORD|SECRET|CSC_LINK|APPLE_ID|KEY/i.test(key) && typeof value === 'string') {
        expect(value, key).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
      }
    }
    // Nothing that looks like a credential written into the file.
    expect(text).not.toMatch(/gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|-----BEGIN|AKIA[0-9A-Z]{16}/);
    expect(text).not.toMatch(/[A-Za-z0-9+/]{60,}/);
    const unsigned = build.steps?.find((step) => step.run?.includes('CSC_IDENTITY_AUTO_DISCOVERY'));
    expect(unsigned?.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    expect(unsigned?.run).toMatch(/-z "\$CSC_LINK"/);
    expect(unsigned?.run).toMatch(/-z "\$WIN_CSC_LINK"/);
  });

  it('uses only released versions of the GitHub actions, and only our own workflows', async () => {
    for (const name of ['release.yml', 'ci.yml', 'tests.yml']) {
      for (const job of Object.values((await workflow(name)).jobs)) {
        if (job.uses) expect(job.uses).toMatch(/^\.\/\.github\/workflows\/[a-z-]+\.yml$/);
        for (const step of job.steps ?? []) {
          if (step.uses) expect(step.uses, name).toMatch(/^actions\/[a-z-]+@v\d+$/);
        }
      }
    }
  });
});

describe('the test workflows', () => {
  it('run on every push to main, with every test', async () => {
    const ci = await workflow('ci.yml');
    expect(ci.on.push).toEqual({ branches: ['main'] });
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.values(ci.jobs).map((job) => job.uses)).toEqual([
      './.github/workflows/tests.yml',
    ]);
    const tests = await workflow('tests.yml');
    expect(Object.keys(tests.on)).toEqual(['workflow_call']);
    expect(tests.permissions).toEqual({ contents: 'read' });
  });

  it('run the project CI on Debian', async () => {
    const { jobs } = await workflow('tests.yml');
    expect(jobs.debian?.container).toMatch(/^node:22-bookworm$/);
    expect(runs(jobs.debian)).toContain('bash .ci/run');
  });

  it('run the unit tests on Windows and macOS too', async () => {
    const { jobs } = await workflow('tests.yml');
    expect(jobs.unit?.strategy?.matrix.os?.toSorted()).toEqual(['macos-latest', 'windows-latest']);
    expect(jobs.unit?.['runs-on']).toBe('${{ matrix.os }}');
    expect(runs(jobs.unit)).toEqual(
      expect.arrayContaining(['npm run typecheck', 'npm run lint', 'npm run test:unit']),
    );
  });

  it('run the app in real Electron on Linux under xvfb, on Windows and on macOS', async () => {
    const { jobs } = await workflow('tests.yml');
    const electron = jobs.electron!;
    expect(electron.strategy?.matrix.os?.toSorted()).toEqual([
      'macos-latest',
      'ubuntu-latest',
      'windows-latest',
    ]);
    // A missing binary fails there instead of skipping.
    expect(electron.env?.KOPSPEKS_REQUIRE_ELECTRON_E2E).toBe('1');
    expect(runs(electron)).toContain('npx --no install-electron');
    const linux = electron.steps?.find((step) => step.run?.includes('xvfb-run'));
    expect(linux).toMatchObject({
      if: "runner.os == 'Linux'",
      run: 'xvfb-run -a npm run test:electron',
    });
    const others = electron.steps?.find((step) => step.run === 'npm run test:electron');
    expect(others?.if).toBe("runner.os != 'Linux'");
  });
});

describe('electron-builder.yml', () => {
  type Target = string | { target: string; arch?: string[] };
  type BuilderConfig = {
    files: string[];
    asar: boolean;
    afterPack: string;
    publish: { provider: string; releaseType: string };
    directories: { buildResources: string; output: string };
    linux: { target: Target[] };
    win: { target: Target[] };
    mac: { target: Target[] };
  };
  const load = async () =>
    (await readYaml('electron-builder.yml')).data as unknown as BuilderConfig;
  const names = (targets: Target[]) =>
    targets.map((target) => (typeof target === 'string' ? target : target.target));

  it('packs only the built app into the asar, with the fuse hook', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ]);
    expect(config.files).toContain('!**/*.map');
    expect(config.afterPack).toBe('scripts/afterPack.mjs');
    expect(config.directories.buildResources).toBe('resources');
    expect(config.directories.output).toMatch(/^release\//);
  });

  it('publishes to a draft GitHub release, with every installer the issue asks for', async () => {
    const config = await load();
    expect(config.publish).toEqual({ provider: 'github', releaseType: 'draft' });
    expect(names(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(names(config.win.target)).toEqual(['nsis']);
    expect(names(config.mac.target).sort()).toEqual(['dmg', 'zip']);
    for (const target of config.mac.target) {
      expect(typeof target === 'string' ? [] : target.arch).toEqual(['x64', 'arm64']);
    }
  });
});
