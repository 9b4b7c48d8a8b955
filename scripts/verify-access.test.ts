import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize, verifyAccess } from '../shared/provision/verifyAccess';
import { startCouchServer, type CouchServer } from './test-support/couchServer';
import { runScript } from './test-support/runScript';

// The coordinator's check of their server (`npm run verify-access -- …` is
// `jiti scripts/verify-access.ts …`), against PouchDB Server.

let server: CouchServer;

const verify = (args: string[]) =>
  runScript(
    'scripts/verify-access.ts',
    args,
    { KOPSPEKS_ADMIN_PASSWORD: server.admin.password },
    120_000,
  );

beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

describe('npm run verify-access', () => {
  it('tries every attack, says each was refused, cleans up and exits with 0', async () => {
    const run = await verify(['--server', server.url, '--admin-user', 'admin']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^refused +A01 +a mentor's comment on a need's id/m);
    expect(run.stdout).toMatch(/^allowed +V11 +the mentor marks the session reviewed/m);
    expect(run.stdout).toMatch(/^\d+ attacks tried: \d+ refused, 0 ACCEPTED\.$/m);
    expect(run.stdout).toContain('The access rules hold.');
    expect(run.stdout).toContain('Cleaned up: the throw-away communities and users are gone.');
    expect(run.stdout).not.toContain(server.admin.password);
    const dbs = (await (await server.adminFetch('_all_dbs')).json()) as string[];
    expect(dbs.filter((db) => db.startsWith('kopspeks-verify-'))).toEqual([]);
  }, 120_000);

  it('explains itself, and refuses to run without a server', async () => {
    const help = await verify(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run verify-access -- --server <url>');
    const missing = await verify([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--server is required.');
  }, 60_000);

  it('reports attacks a server accepts, and still cleans up', async () => {
    // A server whose rules let everything through: the tool installs these instead of ours.
    const permissive = 'function (newDoc, oldDoc, userCtx) {}';
    const tampering = (url: string, init: RequestInit) => {
      if (init.method === 'PUT' && url.includes('/_design/kopspeks-access')) {
        const doc = JSON.parse(init.body as string) as Record<string, unknown>;
        return fetch(url, {
          ...init,
          body: JSON.stringify({ ...doc, validate_doc_update: permissive }),
        });
      }
      return fetch(url, init);
    };
    const result = await verifyAccess({
      serverUrl: server.url,
      admin: server.admin,
      runId: 'weak',
      fetch: tampering,
    });
    const accepted = result.failures.map((outcome) => outcome.id);
    expect(accepted).toEqual(expect.arrayContaining(['B01', 'B03', 'B20', 'T02', 'F01', 'E04']));
    expect(summarize(result).at(-1)).toBe(
      'The access rules do NOT hold: see the lines marked ACCEPTED! or REFUSED! above.',
    );
    expect(result.leftOver).toEqual([]);
    expect((await server.adminFetch('kopspeks-verify-weak')).status).toBe(404);
  }, 120_000);
});
