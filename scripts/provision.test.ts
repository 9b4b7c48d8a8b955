import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../shared/provision/loadConfig';
import { startCouchServer, type CouchServer } from './test-support/couchServer';

// The command as a coordinator runs it (`npm run provision -- …` is
// `jiti scripts/provision.ts …`), against PouchDB Server.

const root = resolve(import.meta.dirname, '..');
const jiti = join(root, 'node_modules/jiti/lib/jiti-cli.mjs');
const userPasswords = {
  KOPSPEKS_PASSWORD_LIGA: 'liga-Cli-Pa55',
  KOPSPEKS_PASSWORD_MARIS: 'maris-Cli-Pa55',
};

const config = `communities:
  - id: olaine
    name: Olaines kopiena
users:
  - name: liga
    displayName: Līga Ozola
    role: leader
    passwordEnv: KOPSPEKS_PASSWORD_LIGA
  - name: maris
    displayName: Māris Kalniņš
    role: mentor
    passwordEnv: KOPSPEKS_PASSWORD_MARIS
assignments:
  - community: olaine
    leaders: [liga]
    mentors: [maris]
`;

let server: CouchServer;
let dir: string;
const printed: string[] = [];

type Run = { code: number; stdout: string; stderr: string };

async function provision(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [jiti, 'scripts/provision.ts', ...args],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          // Windows' sockets do not start without it.
          ...(process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
          KOPSPEKS_ADMIN_PASSWORD: server.admin.password,
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        printed.push(stdout, stderr);
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

async function configFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

beforeAll(async () => {
  server = await startCouchServer();
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-provision-'));
}, 30_000);

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
  const all = printed.join('\n');
  expect(all).toContain('create user liga');
  for (const secret of [...Object.values(userPasswords), server.admin.password]) {
    expect(all).not.toContain(secret);
  }
});

describe('npm run provision', () => {
  it('comes with an example config that it accepts', async () => {
    const text = await readFile(join(root, 'scripts/provision.example.yml'), 'utf8');
    const loaded = loadConfig(text, 'provision.example.yml');
    expect(loaded.ok ? [] : loaded.errors.map((error) => error.text)).toEqual([]);
  });

  it('applies a config, then finds nothing to do, and lists who can see what', async () => {
    const path = await configFile('kopspeks.yml', config);
    const base = ['--server', server.url, '--admin-user', 'admin', '--config', path];
    const dry = await provision([...base, '--dry-run'], userPasswords);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'create user liga (Līga Ozola) with kopspeks:leader:olaine; password from $KOPSPEKS_PASSWORD_LIGA',
    );
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect((await server.adminFetch('kopspeks-olaine')).status).toBe(404);

    const applied = await provision(base, userPasswords);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('  done: create database kopspeks-olaine');
    expect(applied.stdout).toMatch(/Done: \d+ changes made\./);
    const signIn = await fetch(new URL('_session', server.url), {
      headers: {
        authorization: `Basic ${Buffer.from(`liga:${userPasswords.KOPSPEKS_PASSWORD_LIGA}`).toString('base64')}`,
      },
    });
    expect(((await signIn.json()) as { userCtx: { roles: string[] } }).userCtx.roles).toEqual([
      'kopspeks:leader:olaine',
    ]);

    const again = await provision([...base, '--list-access'], userPasswords);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
    expect(again.stdout).toMatch(/leaders, read and write: +liga \(Līga Ozola\)/);

    const listOnly = await provision(['--server', server.url, '--list-access']);
    expect(listOnly.code).toBe(0);
    expect(listOnly.stdout).toContain('maris (Māris Kalniņš): mentors olaine');
  }, 60_000);

  it('names the line and field of a mistake in the config, and changes nothing', async () => {
    const path = await configFile('broken.yml', config.replace('role: mentor', 'role: teacher'));
    const run = await provision(['--server', server.url, '--config', path]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'broken.yml:11: users[1].role: must be leader, mentor or coordinator',
    );
  }, 30_000);

  it('refuses to create a user without a password when it cannot ask, before changing anything', async () => {
    const path = await configFile(
      'new.yml',
      `${config}  - community: kekava\n    leaders: [zane]\n`
        .replace('communities:\n', 'communities:\n  - id: kekava\n    name: Ķekava\n')
        .replace(
          'assignments:\n',
          '  - name: zane\n    displayName: Zane\n    role: leader\nassignments:\n',
        ),
    );
    const run = await provision(['--server', server.url, '--config', path], userPasswords);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: zane is a new user and needs a password');
    expect((await server.adminFetch('kopspeks-kekava')).status).toBe(404);
  }, 30_000);

  it('says so when the admin password is wrong, without printing it', async () => {
    const path = await configFile('kopspeks.yml', config);
    const run = await provision(['--server', server.url, '--config', path], {
      KOPSPEKS_ADMIN_PASSWORD: 'not-the-Admin-Pa55',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: the admin user name or password is not accepted');
    expect(run.stdout + run.stderr).not.toContain('not-the-Admin-Pa55');
  }, 30_000);
});
