import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommunityDatabase,
  freePort,
  startCouchServer,
  type CouchServer,
} from '../../../scripts/test-support/couchServer';
import { communityDatabase } from '../../../shared/sync/communities';
import { createWebApi } from './webApi';

describe('the browser implementation of the desktop API', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the language between starts', async () => {
    const api = createWebApi(window.localStorage);
    expect(await api['settings:get']()).toEqual({ ok: true, value: { locale: 'lv' } });
    expect(await api['settings:update']({ locale: 'en' })).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
    expect(await createWebApi(window.localStorage)['settings:get']()).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
  });

  it('answers wrong payloads with an error result, never a throw', async () => {
    const api = createWebApi(window.localStorage);
    const update = api['settings:update'] as (
      input: unknown,
    ) => ReturnType<(typeof api)['settings:update']>;
    for (const bad of [null, 42, 'en', { locale: 'de' }, { locale: 'en', extra: true }, []]) {
      expect(await update(bad)).toEqual({ ok: false, code: 'ipc.badInput' });
    }
    expect(await api['settings:get']()).toEqual({ ok: true, value: { locale: 'lv' } });
  });

  it('falls back to defaults when stored settings are damaged', async () => {
    window.localStorage.setItem('kopspeks.settings', '{not json');
    expect(await createWebApi(window.localStorage)['settings:get']()).toEqual({
      ok: true,
      value: { locale: 'lv' },
    });
  });

  it('refuses links other than http, https and mailto', async () => {
    const api = createWebApi(window.localStorage);
    expect(await api['shell:openExternal']({ url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      code: 'shell.urlNotAllowed',
    });
  });
});

describe('the browser implementation of sync', { timeout: 30_000 }, () => {
  let server: CouchServer;
  const community = 'olaine';
  const db = communityDatabase(community);
  const liga = { username: 'liga', password: 'liga-Web-Parole', roles: ['kopspeks:leader:olaine'] };
  const outsider = { username: 'outsider', password: 'outsider-pw', roles: [] };

  beforeAll(async () => {
    server = await startCouchServer({ cors: true });
    await createCommunityDatabase(server, community, [liga, outsider]);
  }, 30_000);
  afterAll(async () => {
    await server.stop();
  });

  const login = (user: { username: string; password: string }) => ({
    username: user.username,
    password: user.password,
  });

  /**
   * The page's fetch, counting what it sends. Requests under `/couch/` reach
   * the server without that prefix, as through a reverse proxy.
   */
  function countingFetch() {
    const requests: { url: string; authorization: string | undefined }[] = [];
    const wrapped = (url: string, init: RequestInit) => {
      requests.push({
        url,
        authorization: (init.headers as Record<string, string> | undefined)?.authorization,
      });
      return fetch(url.replace(`${server.url}couch/`, server.url), init);
    };
    return Object.assign(wrapped, { requests });
  }

  function api() {
    const http = countingFetch();
    return { api: createWebApi(window.localStorage, http), http };
  }

  // The account is the page's, shared by every instance: start each test signed out.
  beforeEach(async () => {
    await createWebApi()['sync:signOut']();
  });

  it('answers wrong payloads with an error result, before any request', async () => {
    const { api: web, http } = api();
    const call = (channel: string, input: unknown) =>
      (web as unknown as Record<string, (input: unknown) => Promise<unknown>>)[channel]!(input);
    const bad: [string, unknown][] = [
      ['sync:signIn', { serverUrl: 'https://a:b@sync.example.lv/', username: 'a', password: 'b' }],
      ['sync:signIn', { serverUrl: 'ftp://sync.example.lv/', username: 'a', password: 'b' }],
      ['sync:signIn', { serverUrl: server.url, username: '', password: 'b' }],
      ['sync:signIn', { serverUrl: server.url, username: 'a', password: 'b', remember: true }],
      ['sync:signIn', null],
      ['sync:testConnection', { serverUrl: server.url }],
      [
        'sync:testConnection',
        { serverUrl: server.url, username: 'a', password: 'b', database: '../_users' },
      ],
      ['sync:fetch', { path: '/_users', method: 'GET' }],
      ['sync:fetch', { path: '//evil.example/', method: 'GET' }],
      ['sync:fetch', { path: 'https://evil.example/', method: 'GET' }],
      ['sync:fetch', { path: 'kopspeks-x', method: 'PATCH' }],
      ['sync:fetch', { path: 'kopspeks-x', method: 'GET', timeoutMs: 1 }],
    ];
    for (const [channel, input] of bad) {
      expect(await call(channel, input), channel).toEqual({ ok: false, code: 'ipc.badInput' });
    }
    expect(http.requests).toEqual([]);
  });

  it('keeps the account and the password in memory only', async () => {
    const { api: web, http } = api();
    const databasesBefore = await indexedDB.databases();
    expect(await web['sync:getAccount']()).toEqual({ ok: true, value: null });
    const serverUrl = server.url.slice(0, -1); // normalised with the trailing slash
    expect(await web['sync:signIn']({ serverUrl, ...login(liga) })).toEqual({
      ok: true,
      value: { serverUrl: server.url, username: 'liga' },
    });
    expect(http.requests.map((r) => r.url)).toEqual([`${server.url}_session`]);
    // Another instance in the same page sees the same account.
    expect(await createWebApi()['sync:getAccount']()).toEqual({
      ok: true,
      value: { serverUrl: server.url, username: 'liga' },
    });

    const stored = [window.localStorage, window.sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
    );
    expect(stored.join('\n')).not.toContain(liga.password);
    expect(stored.join('\n')).not.toContain(btoa(`liga:${liga.password}`));
    expect(await indexedDB.databases()).toEqual(databasesBefore);
    expect(document.cookie).not.toContain(liga.password);

    expect(await web['sync:signOut']()).toEqual({ ok: true, value: null });
    expect(await web['sync:getAccount']()).toEqual({ ok: true, value: null });
    expect(await web['sync:fetch']({ path: db, method: 'GET' })).toEqual({
      ok: false,
      code: 'sync.notSignedIn',
    });
  });

  it('refuses a wrong password after one request and keeps nothing', async () => {
    const { api: web, http } = api();
    expect(
      await web['sync:signIn']({ serverUrl: server.url, username: 'liga', password: 'wrong' }),
    ).toEqual({ ok: false, code: 'sync.unauthorized' });
    expect(http.requests).toHaveLength(1);
    expect(await web['sync:getAccount']()).toEqual({ ok: true, value: null });
  });

  it('checks a connection step by step', async () => {
    const { api: web } = api();
    const closed = `http://127.0.0.1:${await freePort()}/`;
    const check = (input: Parameters<(typeof web)['sync:testConnection']>[0]) =>
      web['sync:testConnection'](input);
    expect(await check({ serverUrl: closed, ...login(liga) })).toEqual({
      ok: true,
      value: { result: 'unreachable', roles: [] },
    });
    expect(await check({ serverUrl: server.url, username: 'liga', password: 'x' })).toEqual({
      ok: true,
      value: { result: 'unauthorized', roles: [] },
    });
    expect(await check({ serverUrl: server.url, ...login(outsider), database: db })).toEqual({
      ok: true,
      value: { result: 'noAccess', roles: [] },
    });
    expect(await check({ serverUrl: server.url, ...login(liga), database: db })).toEqual({
      ok: true,
      value: { result: 'ready', roles: liga.roles },
    });
    expect(await check({ serverUrl: server.url, username: 'liga', database: db })).toEqual({
      ok: false,
      code: 'sync.notSignedIn',
    });
  });

  it('sends requests with the credentials, only under the server', async () => {
    const { api: web, http } = api();
    await web['sync:signIn']({ serverUrl: server.url, ...login(liga) });
    http.requests.length = 0;
    const put = await web['sync:fetch']({
      path: `${db}/need-web`,
      method: 'PUT',
      body: JSON.stringify({ title: 'Velonovietne' }),
    });
    expect(put).toMatchObject({ ok: true, value: { status: 201 } });
    const got = await web['sync:fetch']({ path: `${db}/need-web`, method: 'GET' });
    expect(got.ok && JSON.parse(got.value.body)).toMatchObject({ title: 'Velonovietne' });
    expect(await web['sync:fetch']({ path: `${db}/missing`, method: 'GET' })).toMatchObject({
      ok: true,
      value: { status: 404 },
    });
    expect(http.requests).toHaveLength(3);
    for (const seen of http.requests) {
      expect(seen.authorization).toBe(`Basic ${btoa(`liga:${liga.password}`)}`);
    }
    for (const path of ['\\\\evil.example/x', '\\\\127.0.0.1:1/x']) {
      expect(await web['sync:fetch']({ path, method: 'GET' }), path).toEqual({
        ok: false,
        code: 'ipc.badInput',
      });
    }
    expect(http.requests).toHaveLength(3);
  });

  it('keeps requests under a server that lives under a path', async () => {
    const { api: web, http } = api();
    const serverUrl = `${server.url}couch/`;
    expect(await web['sync:signIn']({ serverUrl, ...login(liga) })).toMatchObject({ ok: true });
    expect(await web['sync:fetch']({ path: db, method: 'GET' })).toMatchObject({
      ok: true,
      value: { status: 200 },
    });
    const made = http.requests.length;
    for (const path of ['..', '../_users', '%2e%2e/_users', 'a/../../_users', '..\\_users']) {
      expect(await web['sync:fetch']({ path, method: 'GET' }), path).toEqual({
        ok: false,
        code: 'ipc.badInput',
      });
    }
    expect(http.requests).toHaveLength(made);
    expect(http.requests.every((r) => r.url.startsWith(serverUrl))).toBe(true);
  });

  it('stops sending a password the server refused until the next sign-in', async () => {
    const user = { username: 'web-janis', password: 'old-pw-1', roles: ['kopspeks:leader:olaine'] };
    await createCommunityDatabase(server, community, [user]);
    const { api: web, http } = api();
    await web['sync:signIn']({ serverUrl: server.url, ...login(user) });
    const path = `_users/org.couchdb.user:${user.username}`;
    const doc = (await (await server.adminFetch(path)).json()) as Record<string, unknown>;
    await server.adminFetch(path, {
      method: 'PUT',
      body: JSON.stringify({ ...doc, password: 'new-pw-2' }),
    });

    expect(await web['sync:fetch']({ path: '_session', method: 'GET' })).toMatchObject({
      ok: true,
      value: { status: 401 },
    });
    const made = http.requests.length;
    for (let i = 0; i < 5; i++) {
      expect(await web['sync:fetch']({ path: db, method: 'GET' })).toEqual({
        ok: false,
        code: 'sync.unauthorized',
      });
    }
    expect(http.requests).toHaveLength(made);

    await web['sync:signIn']({ serverUrl: server.url, ...login(user), password: 'new-pw-2' });
    expect(await web['sync:fetch']({ path: db, method: 'GET' })).toMatchObject({
      ok: true,
      value: { status: 200 },
    });
  });
});
