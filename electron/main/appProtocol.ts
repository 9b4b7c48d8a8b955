import type { CustomScheme } from 'electron';
import { readFile as nodeReadFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export const appScheme = 'app';
export const appHost = 'kopspeks';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * How `app:` is registered before the app is ready: a standard, secure
 * scheme so the page gets a real origin (IndexedDB, `crypto.subtle`, relative
 * URLs) and fetch works for its own assets.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The content type served for `filePath`, by its extension. */
export function contentTypeOf(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that `requestUrl` asks for, or null when the URL
 * is not ours or would leave `rootDir`. A path without an extension is a
 * page route and gets `index.html`.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host.toLowerCase() !== appHost) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Decoding may reveal what the URL parser could not see: NUL bytes, or
  // `..` and backslashes that were percent-encoded.
  if (pathname.includes('\0')) return null;
  if (pathname.endsWith('/') || extname(pathname) === '') pathname = '/index.html';

  const root = resolve(rootDir);
  const filePath = resolve(join(root, pathname));
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return filePath;
}

/** Reads a whole file; `node:fs/promises` `readFile` by default. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/**
 * The `protocol.handle` handler that serves the built renderer from
 * `rootDir`, with the app's CSP on every response.
 */
export function createAppProtocolHandler(options: {
  rootDir: string;
  csp: string;
  readFile?: ReadFile;
}): (request: Request) => Promise<Response> {
  const { rootDir, csp, readFile = nodeReadFile } = options;
  const headers = (extra: Record<string, string>): Headers =>
    new Headers({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
  const plain = (status: number, text: string): Response =>
    new Response(text, {
      status,
      headers: headers({ 'Content-Type': 'text/plain; charset=utf-8' }),
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method Not Allowed');
    const filePath = resolveAppFile(rootDir, request.url);
    if (filePath === null) return plain(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
        return plain(404, 'Not Found');
      return plain(500, 'Internal Server Error');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: headers({ 'Content-Type': contentTypeOf(filePath) }),
    });
  };
}
