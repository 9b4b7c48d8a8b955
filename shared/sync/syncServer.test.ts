import { describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  databaseResult,
  isSessionUrl,
  resolveServerPath,
  sessionResult,
  welcomeResult,
} from './syncServer';

describe('basicAuthorization', () => {
  it('encodes the user name and password as UTF-8, as CouchDB decodes them', () => {
    expect(basicAuthorization('liga', 'pw')).toBe(`Basic ${btoa('liga:pw')}`);
    const header = basicAuthorization('Līga', 'paroļe');
    const bytes = Uint8Array.from(atob(header.slice('Basic '.length)), (char) =>
      char.charCodeAt(0),
    );
    expect(new TextDecoder().decode(bytes)).toBe('Līga:paroļe');
  });
});

describe('resolveServerPath', () => {
  const server = 'https://sync.example.lv/couch/';

  it.each([
    ['', 'https://sync.example.lv/couch/'],
    ['_session', 'https://sync.example.lv/couch/_session'],
    [
      'kopspeks-olaine/_changes?since=0&limit=10',
      'https://sync.example.lv/couch/kopspeks-olaine/_changes?since=0&limit=10',
    ],
    ['kopspeks-a%2Fb', 'https://sync.example.lv/couch/kopspeks-a%2Fb'],
    ['a/../kopspeks-x', 'https://sync.example.lv/couch/kopspeks-x'],
  ])('keeps %j under the server', (path, expected) => {
    expect(resolveServerPath(server, path)?.href).toBe(expected);
  });

  it.each([
    '..',
    '../_users',
    'a/../../x',
    '%2e%2e/x',
    '.%2E/x',
    '..\\x',
    '\\\\evil.example/x',
    '//evil.example/x',
    '/_users',
    'https://evil.example/',
    'http://sync.example.lv/couch/',
    'https://user:pw@sync.example.lv/couch/',
    'javascript:alert(1)',
  ])('refuses %j', (path) => {
    expect(resolveServerPath(server, path)).toBeNull();
  });
});

describe('isSessionUrl', () => {
  const server = 'http://127.0.0.1:5984/';
  it.each([
    ['_session', true],
    ['_session?basic=true', true],
    ['%5Fsession', true],
    ['_session/', true],
    ['kopspeks-olaine', false],
    ['kopspeks-olaine/_session', false],
  ])('%j → %s', (path, expected) => {
    expect(isSessionUrl(new URL(path, server), server)).toBe(expected);
  });
});

describe('reading the server answers', () => {
  const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });

  it('knows CouchDB and PouchDB Server by their welcome', () => {
    expect(welcomeResult(json(200, { couchdb: 'Welcome', version: '3.4.2' }))).toBe('ready');
    expect(welcomeResult(json(200, { 'express-pouchdb': 'Welcome!' }))).toBe('ready');
    // require_valid_user: CouchDB refuses anonymous requests, even to its welcome.
    expect(
      welcomeResult(json(401, { error: 'unauthorized', reason: 'Authentication required.' })),
    ).toBe('ready');
  });

  it.each([
    ['a web page', { status: 200, body: '<html>Hello</html>' }],
    ['other JSON', json(200, { hello: 'world' })],
    ['a redirect', { status: 302, body: '' }],
    ['a 404', json(404, { error: 'not_found' })],
    ["a browser's opaque redirect", { status: 0, body: '' }],
  ])('takes %s for something other than CouchDB', (_name, answer) => {
    expect(welcomeResult(answer)).toBe('notCouchDb');
  });

  it('takes a gateway error for an unreachable server', () => {
    expect(welcomeResult({ status: 502, body: 'Bad Gateway' })).toBe('unreachable');
    expect(sessionResult({ status: 503, body: '' }).result).toBe('unreachable');
  });

  it('reads the roles from an accepted session', () => {
    expect(
      sessionResult(
        json(200, { ok: true, userCtx: { name: 'liga', roles: ['kopspeks:leader:olaine', 7] } }),
      ),
    ).toEqual({ result: 'ready', roles: ['kopspeks:leader:olaine'] });
    expect(sessionResult(json(401, { error: 'unauthorized' }))).toEqual({
      result: 'unauthorized',
      roles: [],
    });
    // The server ignored the credentials (a proxy that drops the header).
    expect(sessionResult(json(200, { ok: true, userCtx: { name: null, roles: [] } })).result).toBe(
      'unauthorized',
    );
    expect(sessionResult({ status: 200, body: 'hello' }).result).toBe('notCouchDb');
  });

  it('takes 401, 403 and 404 on a database for no access', () => {
    expect(databaseResult(json(200, { db_name: 'kopspeks-olaine' }))).toBe('ready');
    for (const status of [401, 403, 404]) {
      expect(databaseResult(json(status, { error: 'x' }))).toBe('noAccess');
    }
  });
});
