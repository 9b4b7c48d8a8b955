import { AppError, toErrorCode, type ErrorCode } from '../../../shared/errors';
import {
  appSettingsSchema,
  defaultAppSettings,
  ipcContract,
  type AppSettings,
  type ConnectionResult,
  type DesktopApi,
  type IpcResult,
  type SyncAccount,
} from '../../../shared/ipc/contract';
import { isAllowedExternalLink } from '../../../shared/security/links';
import { createWebBackups } from './webBackups';
import { createWebLog } from './webLog';
import { createWebUpdates } from './webUpdates';
import {
  basicAuthorization,
  databaseNamePattern,
  databaseResult,
  isSessionUrl,
  sendRequest,
  serverPath,
  sessionResult,
  welcomeResult,
  type ConnectionCheck,
  type HttpFetch,
} from '../../../shared/sync/syncServer';

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
  fetchImpl: HttpFetch = (url, init) => fetch(url, init),
): DesktopApi {
  return {
    ...createWebSync(fetchImpl),
    ...createWebBackups(),
    ...createWebUpdates(() => __APP_VERSION__),
    ...createWebLog(),
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

// The sync channels follow electron/main/syncAccount.ts, with the HTTP rules
// of shared/sync/syncServer.ts; a change to one belongs in the other.

type SyncChannel =
  'sync:getAccount' | 'sync:signIn' | 'sync:signOut' | 'sync:testConnection' | 'sync:fetch';

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
const jsonHeaders = { accept: 'application/json' };

function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = webSyncQueue.then(task, task);
  webSyncQueue = run.catch(() => undefined);
  return run;
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
function createWebSync(fetchImpl: HttpFetch): Pick<DesktopApi, SyncChannel> {
  const checkSession = async (
    serverUrl: string,
    username: string,
    password: string,
  ): Promise<ConnectionCheck> => {
    if (username.includes(':')) return { result: 'unauthorized', roles: [] };
    return sessionResult(
      await sendRequest(fetchImpl, serverPath(serverUrl, '_session'), {
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
      await sendRequest(fetchImpl, serverPath(serverUrl, ''), {
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
      await sendRequest(fetchImpl, serverPath(serverUrl, encodeURIComponent(database)), {
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
        const result = await sendRequest(fetchImpl, url, {
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
        if (
          result.status === 401 &&
          isSessionUrl(url, account.serverUrl) &&
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
