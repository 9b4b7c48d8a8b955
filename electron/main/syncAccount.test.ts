import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCommunityDatabase,
  freePort,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { AppError } from '../../shared/errors';
import { communityDatabase } from '../../shared/sync/communities';
import { createSyncAccountService, openSyncAccount } from './syncAccount';
import { openSyncCredentials } from './syncCredentials';
import { fakeSafeStorage, recordingFetch } from './syncTesting';

const community = 'olaine';
const db = communityDatabase(community);
const users = {
  liga: { username: 'liga', password: 'liga-Parole-1', roles: ['kopspeks:leader:olaine'] },
  maris: { username: 'māris', password: 'māra-parolē', roles: ['kopspeks:mentor:olaine'] },
  outsider: { username: 'outsider', password: 'out-pw-123', roles: ['kopspeks:leader:marupe'] },
};

let server: CouchServer;
// Answers every request with 200 and a web page, as a wrong address might.
let notCouch: Server;
let notCouchUrl: string;
// Accepts connections and never answers.
let silent: Server;
let silentUrl: string;
// CouchDB under a path, as behind a reverse proxy: `<proxy>/couch/…`.
let proxy: Server;
let proxiedUrl: string;
const outsidePrefix: string[] = [];
let closedUrl: string;

async function listen(httpServer: Server): Promise<string> {
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/`;
}

function startPrefixProxy(target: string, prefix: string): Server {
  const upstreamUrl = new URL(target);
  return createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(prefix)) {
      outsidePrefix.push(path);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not_found"}');
      return;
    }
    const upstream = request(
      {
        host: upstreamUrl.hostname,
        port: upstreamUrl.port,
        method: req.method,
        path: `/${path.slice(prefix.length)}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
}

beforeAll(async () => {
  server = await startCouchServer();
  await createCommunityDatabase(server, community, Object.values(users));
  notCouch = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body>Sveiki!</body></html>');
  });
  notCouchUrl = await listen(notCouch);
  silent = createServer(() => undefined);
  silentUrl = await listen(silent);
  proxy = startPrefixProxy(server.url, '/couch/');
  proxiedUrl = `${await listen(proxy)}couch/`;
  closedUrl = `http://127.0.0.1:${await freePort()}/`;
}, 30_000);

afterAll(async () => {
  for (const httpServer of [notCouch, silent, proxy]) {
    httpServer.closeAllConnections();
    await new Promise((done) => httpServer.close(done));
  }
  await server.stop();
});

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-sync-account-'));
  file = join(dir, 'sync-account.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(options: Partial<Parameters<typeof openSyncAccount>[0]> = {}) {
  const http = recordingFetch();
  const log = { warn: vi.fn(), error: vi.fn() };
  const secrets = fakeSafeStorage();
  const service = await openSyncAccount({ file, secrets, fetch: http, log, ...options });
  return { service, http, log, secrets };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

async function createUser(username: string, password: string, roles: string[] = []) {
  const response = await server.adminFetch(`_users/org.couchdb.user:${username}`, {
    method: 'PUT',
    body: JSON.stringify({
      _id: `org.couchdb.user:${username}`,
      name: username,
      password,
      roles,
      type: 'user',
    }),
  });
  expect(response.ok).toBe(true);
}

async function changePassword(username: string, password: string) {
  const path = `_users/org.couchdb.user:${username}`;
  const doc = (await (await server.adminFetch(path)).json()) as Record<string, unknown>;
  const response = await server.adminFetch(path, {
    method: 'PUT',
    body: JSON.stringify({ ...doc, password }),
  });
  expect(response.ok).toBe(true);
}

const sessionRequests = (requests: { url: string }[]) =>
  requests.filter((r) => new URL(r.url).pathname.endsWith('/_session'));

describe('the sync account against a real CouchDB-compatible server', { timeout: 30_000 }, () => {
  describe('sync:signIn', () => {
    it('checks the credentials once and keeps the password encrypted', async () => {
      const { service, http } = await open();
      expect(service.getAccount()).toBeNull();
      const account = await service.signIn({ serverUrl: server.url, ...users.liga });
      expect(account).toEqual({ serverUrl: server.url, username: 'liga' });
      expect(service.getAccount()).toEqual(account);
      expect(http.requests).toHaveLength(1);
      expect(http.requests[0]).toMatchObject({ url: `${server.url}_session`, method: 'GET' });
      expect(http.requests[0]?.headers.authorization).toMatch(/^Basic /);

      const text = await readFile(file, 'utf8');
      expect(text).not.toContain(users.liga.password);
      expect(text).not.toContain(btoa(users.liga.password));
      expect(await readdir(dir)).toEqual(['sync-account.json']);

      // After a restart the kept password still works.
      const { service: restarted } = await open();
      expect(restarted.getAccount()).toEqual(account);
      expect((await restarted.fetch({ path: db, method: 'GET' })).status).toBe(200);
    });

    it('signs in with a user name and password outside ASCII', async () => {
      const { service } = await open();
      expect(await service.signIn({ serverUrl: server.url, ...users.maris })).toEqual({
        serverUrl: server.url,
        username: 'māris',
      });
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(200);
    });

    it('refuses a wrong password after exactly one request and keeps nothing', async () => {
      const { service, http, log } = await open();
      const code = await codeOf(
        service.signIn({ serverUrl: server.url, username: 'liga', password: 'wrong-password' }),
      );
      expect(code).toBe('sync.unauthorized');
      expect(http.requests).toHaveLength(1);
      expect(sessionRequests(http.requests)).toHaveLength(1);
      expect(service.getAccount()).toBeNull();
      expect(await readdir(dir)).toEqual([]);
      expect(JSON.stringify([log.warn.mock.calls, log.error.mock.calls])).not.toContain(
        'wrong-password',
      );
    });

    it('refuses without secure storage before sending the password anywhere', async () => {
      const { service, http } = await open({ secrets: fakeSafeStorage({ available: false }) });
      expect(await codeOf(service.signIn({ serverUrl: server.url, ...users.liga }))).toBe(
        'sync.noSecureStorage',
      );
      const basicText = await open({ storageBackend: () => 'basic_text' });
      expect(await codeOf(basicText.service.signIn({ serverUrl: server.url, ...users.liga }))).toBe(
        'sync.noSecureStorage',
      );
      expect(http.requests).toHaveLength(0);
      expect(basicText.http.requests).toHaveLength(0);
      expect(await readdir(dir)).toEqual([]);
    });

    it.each([
      ['a closed port', 'sync.unreachable', () => closedUrl],
      ['a web server that is not CouchDB', 'sync.notCouchDb', () => notCouchUrl],
    ])('answers %s with %s and keeps nothing', async (_name, expected, url) => {
      const { service } = await open();
      expect(await codeOf(service.signIn({ serverUrl: url(), ...users.liga }))).toBe(expected);
      expect(service.getAccount()).toBeNull();
      expect(await readdir(dir)).toEqual([]);
    });

    it('works with a server under a path', async () => {
      const { service } = await open();
      await service.signIn({ serverUrl: proxiedUrl, ...users.liga });
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(200);
    });
  });

  describe('sync:testConnection', () => {
    it.each([
      { name: 'a closed port', url: () => closedUrl, user: users.liga, result: 'unreachable' },
      { name: 'a web server', url: () => notCouchUrl, user: users.liga, result: 'notCouchDb' },
      {
        name: 'a wrong password',
        user: { ...users.liga, password: 'nope' },
        database: db,
        result: 'unauthorized',
      },
      { name: 'a user without the role', user: users.outsider, database: db, result: 'noAccess' },
      {
        name: 'a database that does not exist',
        user: users.liga,
        database: 'kopspeks-nowhere',
        result: 'noAccess',
      },
      { name: 'a member', user: users.liga, database: db, result: 'ready' },
      { name: 'no database', user: users.maris, result: 'ready' },
      {
        name: 'a server under a path',
        url: () => proxiedUrl,
        user: users.liga,
        database: db,
        result: 'ready',
      },
    ] as const)('answers $name with $result', async (check) => {
      const { service, http } = await open();
      const { result, user } = check;
      const database = 'database' in check ? check.database : undefined;
      const roles = ['ready', 'noAccess'].includes(result) ? user.roles : [];
      expect(
        await service.testConnection({
          serverUrl: check.url?.() ?? server.url,
          username: user.username,
          password: user.password,
          ...(database ? { database } : {}),
        }),
      ).toEqual({ result, roles });
      // One try with the credentials at most, and nothing kept.
      expect(sessionRequests(http.requests).length).toBeLessThanOrEqual(1);
      if (result === 'unauthorized') {
        expect(http.requests.filter((r) => r.headers.authorization)).toHaveLength(1);
      }
      expect(service.getAccount()).toBeNull();
      expect(await readdir(dir)).toEqual([]);
    });

    it('gives up on a server that never answers', async () => {
      const { service } = await open({ checkTimeoutMs: 300 });
      expect(await service.testConnection({ serverUrl: silentUrl, ...users.liga })).toEqual({
        result: 'unreachable',
        roles: [],
      });
    });

    it('uses the kept password of the same account when none is given', async () => {
      const { service } = await open();
      const check = { serverUrl: server.url, username: 'liga', database: db };
      expect(await codeOf(service.testConnection(check))).toBe('sync.notSignedIn');
      await service.signIn({ serverUrl: server.url, ...users.liga });
      expect(await service.testConnection(check)).toEqual({
        result: 'ready',
        roles: users.liga.roles,
      });
      expect(await codeOf(service.testConnection({ ...check, username: 'māris' }))).toBe(
        'sync.notSignedIn',
      );
    });

    it('refuses a database name CouchDB would not accept', async () => {
      const { service, http } = await open();
      for (const database of ['../_users', '_users', 'Kopspeks', '']) {
        expect(
          await codeOf(service.testConnection({ serverUrl: server.url, ...users.liga, database })),
        ).toBe('ipc.badInput');
      }
      expect(http.requests).toHaveLength(0);
    });
  });

  describe('sync:fetch', () => {
    it('sends requests to the signed-in server with the credentials', async () => {
      const { service, http } = await open();
      expect(await codeOf(service.fetch({ path: db, method: 'GET' }))).toBe('sync.notSignedIn');
      await service.signIn({ serverUrl: server.url, ...users.liga });
      http.requests.length = 0;

      const put = await service.fetch({
        path: `${db}/need-1`,
        method: 'PUT',
        body: JSON.stringify({ title: 'Soliņi pie dīķa' }),
      });
      expect(put.status).toBe(201);
      const got = await service.fetch({ path: `${db}/need-1`, method: 'GET' });
      expect(got.status).toBe(200);
      expect(JSON.parse(got.body)).toMatchObject({ _id: 'need-1', title: 'Soliņi pie dīķa' });

      expect(http.requests.map((r) => r.url)).toEqual([
        `${server.url}${db}/need-1`,
        `${server.url}${db}/need-1`,
      ]);
      for (const seen of http.requests) {
        expect(seen.headers.authorization).toBe(
          `Basic ${Buffer.from(`liga:${users.liga.password}`).toString('base64')}`,
        );
        expect(seen.headers['content-type']).toBe('application/json');
      }
    });

    it('answers error statuses instead of failing', async () => {
      const { service } = await open();
      await service.signIn({ serverUrl: server.url, ...users.liga });
      const missing = await service.fetch({ path: `${db}/no-such-doc`, method: 'GET' });
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.body)).toMatchObject({ error: 'not_found' });
    });

    it('passes on a refusal of a database without blocking further requests', async () => {
      const { service, http } = await open();
      await service.signIn({ serverUrl: server.url, ...users.outsider });
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(401);
      expect((await service.fetch({ path: '_session', method: 'GET' })).status).toBe(200);
      expect(http.requests).toHaveLength(3);
    });

    it.each([
      '../_users',
      '..',
      '%2e%2e/_users',
      'a/../../_users',
      '\\\\evil.example/x',
      '/_users',
      '//evil.example/x',
      'http://evil.example/',
    ])('refuses %j outside the server without a request', async (path) => {
      const { service, http } = await open();
      await service.signIn({ serverUrl: proxiedUrl, ...users.liga });
      http.requests.length = 0;
      outsidePrefix.length = 0;
      expect(await codeOf(service.fetch({ path, method: 'GET' }))).toBe('ipc.badInput');
      expect(http.requests).toHaveLength(0);
      expect(outsidePrefix).toEqual([]);
    });

    it('gives up after the timeout', async () => {
      const credentials = await openSyncCredentials({ file, secrets: fakeSafeStorage() });
      await credentials.save({ serverUrl: silentUrl, username: 'liga' }, 'pw');
      const service = createSyncAccountService({ credentials, fetch, fetchTimeoutMs: 300 });
      expect(await codeOf(service.fetch({ path: db, method: 'GET' }))).toBe('sync.unreachable');
    });

    it('stops using a password the server refused until the next sign-in', async () => {
      const user = { username: 'janis', password: 'janis-old-pw' };
      await createUser(user.username, user.password, ['kopspeks:leader:olaine']);
      const { service, http, log } = await open();
      await service.signIn({ serverUrl: server.url, ...user });
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(200);

      // The coordinator changes the password; the replication hits a 401 and
      // checks `_session` once, as the renderer's client does.
      await changePassword(user.username, 'janis-new-pw');
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(401);
      expect((await service.fetch({ path: '_session', method: 'GET' })).status).toBe(401);
      const made = http.requests.length;

      for (let i = 0; i < 10; i++) {
        expect(await codeOf(service.fetch({ path: db, method: 'GET' }))).toBe('sync.unauthorized');
      }
      expect(await service.testConnection({ serverUrl: server.url, username: 'janis' })).toEqual({
        result: 'unauthorized',
        roles: [],
      });
      // The welcome is asked without credentials; nothing else went out.
      expect(http.requests.slice(made).map((r) => [r.url, r.headers.authorization])).toEqual([
        [server.url, undefined],
      ]);

      // A restart does not forget the refusal.
      const restarted = await open();
      expect(await codeOf(restarted.service.fetch({ path: db, method: 'GET' }))).toBe(
        'sync.unauthorized',
      );
      expect(restarted.http.requests).toHaveLength(0);

      await service.signIn({ serverUrl: server.url, ...user, password: 'janis-new-pw' });
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(200);
      expect(JSON.stringify([log.warn.mock.calls, log.error.mock.calls])).not.toMatch(
        /janis-(old|new)-pw/,
      );
    });

    it("does not hold an old account's refusal against the next one", async () => {
      const user = { username: 'anna', password: 'anna-old-pw' };
      await createUser(user.username, user.password, ['kopspeks:leader:olaine']);
      // Holds back the answer to the next request until released.
      let hold: Promise<void> | null = null;
      let release = () => undefined as void;
      const slowFetch: typeof fetch = async (url, init) => {
        const waitFor = hold;
        hold = null;
        const response = await fetch(url, init);
        await waitFor;
        return response;
      };
      const { service } = await open({ fetch: slowFetch });
      await service.signIn({ serverUrl: server.url, ...user });
      await changePassword(user.username, 'anna-new-pw');

      hold = new Promise<void>((done) => (release = done));
      const stale = service.fetch({ path: '_session', method: 'GET' });
      await service.signIn({ serverUrl: server.url, ...users.liga });
      release();
      expect((await stale).status).toBe(401);
      expect((await service.fetch({ path: db, method: 'GET' })).status).toBe(200);
    });
  });

  describe('sync:signOut', () => {
    it('forgets the account and the file', async () => {
      const { service } = await open();
      await service.signIn({ serverUrl: server.url, ...users.liga });
      await service.signOut();
      expect(service.getAccount()).toBeNull();
      expect(await readdir(dir)).toEqual([]);
      expect(await codeOf(service.fetch({ path: db, method: 'GET' }))).toBe('sync.notSignedIn');
      expect((await open()).service.getAccount()).toBeNull();
      // Signing out twice is fine.
      await service.signOut();
    });
  });
});
