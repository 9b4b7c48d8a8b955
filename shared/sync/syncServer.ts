import { AppError } from '../errors';
import type { ConnectionResult } from '../ipc/contract';

// The sync server's HTTP rules, shared by the main process
// (electron/main/syncAccount.ts) and the browser (renderer/src/platform/webApi.ts):
// web-platform globals only (fetch, URL, TextEncoder, btoa), no Node or DOM APIs.

/** The part of `fetch` the sync account uses: Node's global fetch in the app, the page's in a browser. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<Response>;

/** An HTTP answer, read to the end. */
export type HttpAnswer = { status: number; body: string };

/** What a check of the server found, and the account's roles once `_session` accepted it. */
export type ConnectionCheck = { result: ConnectionResult; roles: string[] };

/** CouchDB's rule for database names; anything else never reaches the server. */
export const databaseNamePattern = /^[a-z][a-z0-9_$()+/-]*$/;

/** `Basic …` for a user name and password, UTF-8 encoded (RFC 7617), as CouchDB reads it. */
export function basicAuthorization(username: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) {
    binary += String.fromCharCode(byte);
  }
  return `Basic ${btoa(binary)}`;
}

/**
 * `path` resolved against the server's address (which ends with `/`), or
 * null when the result would leave it: another origin (`\\host`, `http:…`)
 * or a path outside the server's own (`..`, `%2e%2e`, which URL resolves).
 */
export function resolveServerPath(serverUrl: string, path: string): URL | null {
  try {
    const base = new URL(serverUrl);
    const url = new URL(path, base);
    if (url.origin !== base.origin || url.username || url.password) return null;
    return url.pathname.startsWith(base.pathname) ? url : null;
  } catch {
    return null;
  }
}

/** `path` under the server's address, or `ipc.badInput` when it would leave it. */
export function serverPath(serverUrl: string, path: string): URL {
  const url = resolveServerPath(serverUrl, path);
  if (!url) throw new AppError('ipc.badInput');
  return url;
}

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname).replace(/\/$/, '');
  } catch {
    return url.pathname;
  }
}

/** Whether `url` is the server's `_session`, where a 401 means the credentials are wrong. */
export function isSessionUrl(url: URL, serverUrl: string): boolean {
  return decodedPath(url) === decodedPath(new URL('_session', serverUrl));
}

/**
 * One request, read to the end within `timeoutMs`. Redirects are not
 * followed: the credentials go to the configured server only. A network
 * failure or a timeout is `sync.unreachable`.
 */
export async function sendRequest(
  fetchImpl: HttpFetch,
  url: URL,
  options: {
    method: string;
    headers: Record<string, string>;
    body?: string | undefined;
    timeoutMs: number;
  },
): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetchImpl(url.href, {
      method: options.method,
      headers: options.headers,
      // fetch refuses a body on GET and HEAD.
      ...(options.body !== undefined && !['GET', 'HEAD'].includes(options.method)
        ? { body: options.body }
        : {}),
      signal: controller.signal,
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    throw new AppError('sync.unreachable', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The server's welcome (`GET /`, no credentials): CouchDB or PouchDB Server? */
export function welcomeResult(answer: HttpAnswer): ConnectionResult {
  // A proxy in front of a stopped server answers 502/503.
  if (answer.status >= 500) return 'unreachable';
  const body = parseJsonObject(answer.body);
  if (!body) return 'notCouchDb';
  if (
    answer.status === 200 &&
    (typeof body.couchdb === 'string' || typeof body['express-pouchdb'] === 'string')
  ) {
    return 'ready';
  }
  // CouchDB with `require_valid_user` refuses even its welcome to anonymous requests.
  if (answer.status === 401 && body.error === 'unauthorized') return 'ready';
  return 'notCouchDb';
}

/** `GET /_session` with the credentials: accepted, and with which roles? */
export function sessionResult(answer: HttpAnswer): ConnectionCheck {
  if (answer.status === 401) return { result: 'unauthorized', roles: [] };
  if (answer.status >= 500) return { result: 'unreachable', roles: [] };
  const userCtx = parseJsonObject(answer.body)?.userCtx;
  if (answer.status !== 200 || typeof userCtx !== 'object' || userCtx === null) {
    return { result: 'notCouchDb', roles: [] };
  }
  const { name, roles } = userCtx as { name?: unknown; roles?: unknown };
  // 200 without a name: the server (or a proxy) ignored the credentials.
  if (typeof name !== 'string' || name === '') return { result: 'unauthorized', roles: [] };
  return {
    result: 'ready',
    roles: Array.isArray(roles)
      ? roles
          .filter((role): role is string => typeof role === 'string' && role.length <= 300)
          .slice(0, 500)
      : [],
  };
}

/** `GET /<database>` with accepted credentials: may this account use it? */
export function databaseResult(answer: HttpAnswer): ConnectionResult {
  // CouchDB refuses a non-member with 403, PouchDB Server with 401; a
  // missing database is just as closed to the user.
  if ([401, 403, 404].includes(answer.status)) return 'noAccess';
  if (answer.status >= 500) return 'unreachable';
  return answer.status === 200 && parseJsonObject(answer.body) ? 'ready' : 'notCouchDb';
}
