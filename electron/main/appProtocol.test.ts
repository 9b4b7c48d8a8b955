import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOrigin,
  appSchemePrivileges,
  createAppProtocolHandler,
  resolveAppFile,
} from './appProtocol';

let base: string;
let root: string;
const csp = "default-src 'self'; script-src 'self'";

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'kopspeks-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Kopspēks</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'inter.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(root, 'assets', 'ēka ar atstarpi.svg'), '<svg/>');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app scheme', () => {
  it('is a standard, secure scheme with fetch', () => {
    expect(appOrigin).toBe('app://kopspeks');
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('resolveAppFile', () => {
  it('maps URLs to files under the root', () => {
    expect(resolveAppFile(root, 'app://kopspeks/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile(root, 'app://kopspeks/assets/%C4%93ka%20ar%20atstarpi.svg')).toBe(
      join(root, 'assets', 'ēka ar atstarpi.svg'),
    );
    expect(resolveAppFile(root, 'app://kopspeks/index.html?x=1#/needs')).toBe(
      join(root, 'index.html'),
    );
  });

  it('serves index.html for the root and for routes without an extension', () => {
    expect(resolveAppFile(root, 'app://kopspeks/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kopspeks')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kopspeks/needs/42')).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://kopspeks/../secret.txt',
    'app://kopspeks/%2e%2e/secret.txt',
    'app://kopspeks/assets/..%2f..%2fsecret.txt',
    'app://kopspeks/..%5csecret.txt',
    'app://kopspeks/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://kopspeks/index.html%00.png',
    'app://kopspeks/%E0%A4%A.js',
    'app://other/index.html',
    'https://kopspeks/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never leaves the root for %s', (url) => {
    const resolved = resolveAppFile(root, url);
    if (resolved !== null) expect(resolved.startsWith(join(root, '/'))).toBe(true);
    expect(resolved).not.toBe(join(base, 'secret.txt'));
  });

  it('refuses traversal and foreign hosts outright', () => {
    expect(resolveAppFile(root, 'app://kopspeks/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://kopspeks/%2e%2e%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://kopspeks/index.html%00.png')).toBeNull();
    expect(resolveAppFile(root, 'app://kopspeks/%E0%A4%A.js')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://kopspeks/index.html')).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler({ rootDir: root, csp });
  const get = (url: string, method = 'GET') => handler()(new Request(url, { method }));

  it('serves files with their content type and the security headers', async () => {
    const cases = [
      ['app://kopspeks/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
      ['app://kopspeks/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
      ['app://kopspeks/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://kopspeks/assets/inter.woff2', 'font/woff2', 'wOF2'],
    ] as const;
    for (const [url, type, start] of cases) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe(type);
      expect(response.headers.get('Content-Security-Policy')).toBe(csp);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect((await response.text()).startsWith(start)).toBe(true);
    }
  });

  it('serves the page for a route', async () => {
    const response = await get('app://kopspeks/settings');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Kopspēks</title>');
  });

  it('answers 404 for a missing file and for a path outside the root', async () => {
    for (const url of [
      'app://kopspeks/assets/missing.js',
      'app://kopspeks/assets/..%2f..%2fsecret.txt',
      'app://kopspeks/../secret.txt',
      'app://kopspeks/assets/missing.png',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://kopspeks/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://kopspeks/index.html', 'POST')).status).toBe(405);
  });

  it('answers 500 when reading fails for another reason', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      csp,
      readFile: () => Promise.reject(Object.assign(new Error('busy'), { code: 'EIO' })),
    });
    expect((await failing(new Request('app://kopspeks/index.html'))).status).toBe(500);
  });
});
