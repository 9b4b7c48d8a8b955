import { AppError, toErrorCode, type ErrorCode } from '../../../shared/errors';
import {
  appSettingsSchema,
  defaultAppSettings,
  ipcContract,
  type AppSettings,
  type ConnectionResult,
  type DesktopApi,
  type IpcOutput,
  type IpcResult,
  type SyncAccount,
} from '../../../shared/ipc/contract';
import { isAllowedExternalLink } from '../../../shared/security/links';

const settingsKey = 'kopspeks.settings';

function readSettings(storage: Storage): AppSettings {
  try {
    const parsed = appSettingsSchema.safeParse(JSON.parse(storage.getItem(settingsKey) ?? 'null'));
    return parsed.success ? parsed.data : defaultAppSettings;
  } catch {
    return defaultAppSettings;
  }
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

/** Runs `task`, turning an `AppError` into its code, as the main process does. */
async function answer<T>(task: () => Promise<T>): Promise<IpcResult<T>> {
  try {
    return ok(await task());
  } catch (error) {
    return { ok: false, code: toErrorCode(error, 'ipc.failed') };
  }
}

/**
 * The desktop API for a plain browser: the same contract, the same input
 * checks, with the browser's own storage. Lets the whole renderer run in
 * Chromium for end-to-end tests and `npm run web`.
 */
export function createWebApi(
  storage: Storage = window.localStorage,
  fetchImpl: WebFetch = (url, init) => fetch(url, init),
): DesktopApi {
  return {
    ...createWebSync(fetchImpl),
    'app:getInfo': () =>
      Promise.resolve(ok({ version: __APP_VERSION__, runtime: 'web' as const, platform: 'web' })),
    'settings:get': () => Promise.resolve(ok(readSettings(storage))),
    'settings:update': (input) => {
      const patch = ipcContract['settings:update'].input.safeParse(input);
      if (!patch.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      const next = { ...readSettings(storage), ...patch.data };
      try {
        storage.setItem(settingsKey, JSON.stringify(next));
      } catch {
        return Promise.resolve({ ok: false, code: 'settings.saveFailed' });
      }
      return Promise.resolve(ok(next));
    },
    'shell:openExternal': (input) => {
      const parsed = ipcContract['shell:openExternal'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      if (!isAllowedExternalLink(parsed.data.url)) {
        return Promise.resolve({ ok: false, code: 'shell.urlNotAllowed' });
      }
      window.open(parsed.data.url, '_blank', 'noopener,noreferrer');
      return Promise.resolve(ok(null));
    },
    'file:saveText': (input) => {
      const parsed = ipcContract['file:saveText'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      const { suggestedName, content, format } = parsed.data;
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
      const fileName = downloadName(suggestedName, format);
      download(new Blob([content], { type }), fileName);
      return Promise.resolve(ok({ saved: true, fileName }));
    },
    'file:savePdf': (input) => {
      const parsed = ipcContract['file:savePdf'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      // A browser has no PDF writer: the printable document opens in a tab
      // and the browser's print dialog saves it as PDF.
      const url = URL.createObjectURL(new Blob([parsed.data.html], { type: 'text/html' }));
      const printWindow = window.open(url, '_blank');
      printWindow?.addEventListener('load', () => printWindow.print(), { once: true });
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve(ok({ saved: printWindow !== null }));
    },
  };
}

// The sync channels follow electron/main/syncAccount.ts and syncServer.ts;
// a change to one belongs in the other.

type WebFetch = (url: string, init: RequestInit) => Promise<Response>;
type SyncChannel =
  'sync:getAccount' | 'sync:signIn' | 'sync:signOut' | 'sync:testConnection' | 'sync:fetch';
type HttpAnswer = { status: number; body: string };
type ConnectionCheck = IpcOutput<'sync:testConnection'>;

/**
 * The page's sync account, in this module's memory only: a page has no safe
 * place for a password (localStorage and IndexedDB lie unencrypted on disk,
 * readable by every script of the origin), so a reload signs out.
 */
let webSyncAccount: (SyncAccount & { password: string; refused: boolean }) | null = null;
// Bumped by sign-in and sign-out, so a late answer cannot mark the next account refused.
let webSyncGeneration = 0;
let webSyncQueue: Promise<unknown> = Promise.resolve();

const checkTimeoutMs = 15_000;
const fetchTimeoutMs = 30_000;
const databaseNamePattern = /^[a-z][a-z0-9_$()+/-]*$/;
const jsonHeaders = { accept: 'application/json' };

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = webSyncQueue.then(task, task);
  webSyncQueue = run.catch(() => undefined);
  return run;
}

function basicAuthorization(username: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) {
    binary += String.fromCharCode(byte);
  }
  return `Basic ${btoa(binary)}`;
}

/** `path` under the server's address, or null when it would leave it (other origin, `..`). */
function resolveServerPath(serverUrl: string, path: string): URL | null {
  try {
    const base = new URL(serverUrl);
    const url = new URL(path, base);
    if (url.origin !== base.origin || url.username || url.password) return null;
    return url.pathname.startsWith(base.pathname) ? url : null;
  } catch {
    return null;
  }
}

function serverPath(serverUrl: string, path: string): URL {
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

async function send(
  fetchImpl: WebFetch,
  url: URL,
  options: { method: string; headers: Record<string, string>; body?: string; timeoutMs: number },
): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetchImpl(url.href, {
      method: options.method,
      headers: options.headers,
      ...(options.body !== undefined && !['GET', 'HEAD'].includes(options.method)
        ? { body: options.body }
        : {}),
      signal: controller.signal,
      // The credentials go to the configured server only, never by redirect or cookie.
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

function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function welcomeResult({ status, body: text }: HttpAnswer): ConnectionResult {
  if (status >= 500) return 'unreachable';
  const body = jsonObject(text);
  if (!body) return 'notCouchDb';
  if (
    status === 200 &&
    (typeof body.couchdb === 'string' || typeof body['express-pouchdb'] === 'string')
  ) {
    return 'ready';
  }
  // CouchDB with `require_valid_user` refuses even its welcome to anonymous requests.
  return status === 401 && body.error === 'unauthorized' ? 'ready' : 'notCouchDb';
}

function sessionResult({ status, body }: HttpAnswer): ConnectionCheck {
  if (status === 401) return { result: 'unauthorized', roles: [] };
  if (status >= 500) return { result: 'unreachable', roles: [] };
  const userCtx = jsonObject(body)?.userCtx;
  if (status !== 200 || typeof userCtx !== 'object' || userCtx === null) {
    return { result: 'notCouchDb', roles: [] };
  }
  const { name, roles } = userCtx as { name?: unknown; roles?: unknown };
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

function databaseResult({ status, body }: HttpAnswer): ConnectionResult {
  // CouchDB refuses a non-member with 403, PouchDB Server with 401.
  if ([401, 403, 404].includes(status)) return 'noAccess';
  if (status >= 500) return 'unreachable';
  return status === 200 && jsonObject(body) ? 'ready' : 'notCouchDb';
}

const signInFailures = {
  unreachable: 'sync.unreachable',
  notCouchDb: 'sync.notCouchDb',
  unauthorized: 'sync.unauthorized',
  noAccess: 'sync.unauthorized',
} as const satisfies Record<Exclude<ConnectionResult, 'ready'>, ErrorCode>;

/**
 * The sync channels for a plain browser: direct requests with the
 * Authorization header (the server must allow CORS), the same checks and
 * the same refusal latch as the desktop.
 */
function createWebSync(fetchImpl: WebFetch): Pick<DesktopApi, SyncChannel> {
  const checkSession = async (
    serverUrl: string,
    username: string,
    password: string,
  ): Promise<ConnectionCheck> => {
    if (username.includes(':')) return { result: 'unauthorized', roles: [] };
    return sessionResult(
      await send(fetchImpl, serverPath(serverUrl, '_session'), {
        method: 'GET',
        headers: { ...jsonHeaders, authorization: basicAuthorization(username, password) },
        timeoutMs: checkTimeoutMs,
      }),
    );
  };

  const testConnection = async (raw: unknown): Promise<ConnectionCheck> => {
    const parsed = ipcContract['sync:testConnection'].input.safeParse(raw);
    if (!parsed.success) throw new AppError('ipc.badInput');
    const { serverUrl, username, database } = parsed.data;
    if (database !== undefined && !databaseNamePattern.test(database)) {
      throw new AppError('ipc.badInput');
    }
    const stored = parsed.data.password === undefined ? webSyncAccount : null;
    if (
      parsed.data.password === undefined &&
      (stored?.serverUrl !== serverUrl || stored.username !== username)
    ) {
      throw new AppError('sync.notSignedIn');
    }
    const startedIn = webSyncGeneration;
    const welcome = welcomeResult(
      await send(fetchImpl, serverPath(serverUrl, ''), {
        method: 'GET',
        headers: jsonHeaders,
        timeoutMs: checkTimeoutMs,
      }),
    );
    if (welcome !== 'ready') return { result: welcome, roles: [] };
    if (stored?.refused) return { result: 'unauthorized', roles: [] };
    const password = parsed.data.password ?? stored?.password ?? '';
    const session = await checkSession(serverUrl, username, password);
    if (session.result === 'unauthorized' && stored && startedIn === webSyncGeneration) {
      stored.refused = true;
    }
    if (session.result !== 'ready' || database === undefined) return session;
    const access = databaseResult(
      await send(fetchImpl, serverPath(serverUrl, encodeURIComponent(database)), {
        method: 'GET',
        headers: { ...jsonHeaders, authorization: basicAuthorization(username, password) },
        timeoutMs: checkTimeoutMs,
      }),
    );
    return { result: access, roles: session.roles };
  };

  return {
    'sync:getAccount': () =>
      Promise.resolve(
        ok(
          webSyncAccount
            ? { serverUrl: webSyncAccount.serverUrl, username: webSyncAccount.username }
            : null,
        ),
      ),

    'sync:signIn': (raw) =>
      answer(() =>
        exclusive(async () => {
          const parsed = ipcContract['sync:signIn'].input.safeParse(raw);
          if (!parsed.success) throw new AppError('ipc.badInput');
          const { serverUrl, username, password } = parsed.data;
          const { result } = await checkSession(serverUrl, username, password);
          if (result !== 'ready') throw new AppError(signInFailures[result]);
          webSyncGeneration += 1;
          webSyncAccount = { serverUrl, username, password, refused: false };
          return { serverUrl, username };
        }),
      ),

    'sync:signOut': () =>
      answer(() =>
        exclusive(() => {
          webSyncGeneration += 1;
          webSyncAccount = null;
          return Promise.resolve(null);
        }),
      ),

    'sync:testConnection': (raw) =>
      answer(async () => {
        try {
          return await testConnection(raw);
        } catch (error) {
          if (error instanceof AppError && error.code === 'sync.unreachable') {
            return { result: 'unreachable' as const, roles: [] };
          }
          throw error;
        }
      }),

    'sync:fetch': (raw) =>
      answer(async () => {
        const parsed = ipcContract['sync:fetch'].input.safeParse(raw);
        if (!parsed.success) throw new AppError('ipc.badInput');
        const request = parsed.data;
        const account = webSyncAccount;
        if (!account) throw new AppError('sync.notSignedIn');
        if (account.refused) throw new AppError('sync.unauthorized');
        const url = serverPath(account.serverUrl, request.path);
        const startedIn = webSyncGeneration;
        const result = await send(fetchImpl, url, {
          method: request.method,
          headers: {
            ...jsonHeaders,
            'content-type': 'application/json',
            authorization: basicAuthorization(account.username, account.password),
          },
          ...(request.body !== undefined ? { body: request.body } : {}),
          timeoutMs: request.timeoutMs ?? fetchTimeoutMs,
        });
        // A 401 on a database may mean "not a member"; on `_session` the password is wrong.
        const session = serverPath(account.serverUrl, '_session');
        if (
          result.status === 401 &&
          decodedPath(url) === decodedPath(session) &&
          startedIn === webSyncGeneration
        ) {
          account.refused = true;
        }
        return result;
      }),
  };
}

function downloadName(name: string, extension: string): string {
  const base = name.replace(/[<>:"/\\|?*]/g, ' ').trim() || 'Kopspeks';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
