import { AppError, type ErrorCode } from '../../shared/errors';
import type { ConnectionResult, IpcOutput } from '../../shared/ipc/contract';
import type { IpcHandlerInput } from './ipc';
import { createSerialQueue, type JsonFileSystem } from './jsonFile';
import type { Logger } from './logger';
import { openSyncCredentials, type SecretStorage, type SyncCredentials } from './syncCredentials';
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
} from '../../shared/sync/syncServer';

/** The sync channels of the IPC contract, as the main process answers them. */
export interface SyncAccountService {
  getAccount(): IpcOutput<'sync:getAccount'>;
  signIn(input: IpcHandlerInput<'sync:signIn'>): Promise<IpcOutput<'sync:signIn'>>;
  signOut(): Promise<void>;
  testConnection(
    input: IpcHandlerInput<'sync:testConnection'>,
  ): Promise<IpcOutput<'sync:testConnection'>>;
  fetch(request: IpcHandlerInput<'sync:fetch'>): Promise<IpcOutput<'sync:fetch'>>;
}

export type SyncAccountOptions = {
  credentials: SyncCredentials;
  fetch: HttpFetch;
  log?: Logger | undefined;
  /** Sign-in and connection checks. */
  checkTimeoutMs?: number;
  /** `sync:fetch` when the request names no timeout. */
  fetchTimeoutMs?: number;
};

const jsonHeaders = { accept: 'application/json' };

const signInFailures = {
  unreachable: 'sync.unreachable',
  notCouchDb: 'sync.notCouchDb',
  unauthorized: 'sync.unauthorized',
  noAccess: 'sync.unauthorized', // `_session` never answers so; kept total for the type
} as const satisfies Record<Exclude<ConnectionResult, 'ready'>, ErrorCode>;

/**
 * Sign-in, connection checks and the replication's requests to the sync
 * server. Never more than one request with unverified credentials per call,
 * and none after the server refused them: CouchDB locks an account for
 * minutes after 5 failed logins, and the replication retries forever.
 */
export function createSyncAccountService(options: SyncAccountOptions): SyncAccountService {
  const {
    credentials,
    fetch: fetchImpl,
    log,
    checkTimeoutMs = 15_000,
    fetchTimeoutMs = 30_000,
  } = options;
  const exclusive = createSerialQueue();
  // Bumped by sign-in and sign-out, so an answer to an older account's
  // request cannot mark the new account refused.
  let generation = 0;

  const checkSession = async (
    base: string,
    username: string,
    password: string,
  ): Promise<ConnectionCheck> => {
    // Basic credentials cannot carry a colon in the user name: the server
    // would read another user's name and count a failed login against it.
    if (username.includes(':')) return { result: 'unauthorized', roles: [] };
    const answer = await sendRequest(fetchImpl, serverPath(base, '_session'), {
      method: 'GET',
      headers: { ...jsonHeaders, authorization: basicAuthorization(username, password) },
      timeoutMs: checkTimeoutMs,
    });
    return sessionResult(answer);
  };

  const testConnection = async (
    input: IpcHandlerInput<'sync:testConnection'>,
  ): Promise<ConnectionCheck> => {
    const { database } = input;
    if (database !== undefined && !databaseNamePattern.test(database)) {
      throw new AppError('ipc.badInput');
    }
    const stored = input.password === undefined ? credentials.account() : null;
    if (
      input.password === undefined &&
      (stored?.serverUrl !== input.serverUrl || stored.username !== input.username)
    ) {
      throw new AppError('sync.notSignedIn');
    }
    const startedIn = generation;

    const welcome = welcomeResult(
      await sendRequest(fetchImpl, serverPath(input.serverUrl, ''), {
        method: 'GET',
        headers: jsonHeaders,
        timeoutMs: checkTimeoutMs,
      }),
    );
    if (welcome !== 'ready') return { result: welcome, roles: [] };

    if (stored?.refused) return { result: 'unauthorized', roles: [] };
    const password = input.password ?? credentials.password();
    const session = await checkSession(input.serverUrl, input.username, password);
    if (session.result === 'unauthorized' && stored && startedIn === generation) {
      await credentials.markRefused();
    }
    if (session.result !== 'ready' || database === undefined) return session;

    const access = databaseResult(
      await sendRequest(fetchImpl, serverPath(input.serverUrl, encodeURIComponent(database)), {
        method: 'GET',
        headers: { ...jsonHeaders, authorization: basicAuthorization(input.username, password) },
        timeoutMs: checkTimeoutMs,
      }),
    );
    return { result: access, roles: session.roles };
  };

  return {
    getAccount() {
      const account = credentials.account();
      return account ? { serverUrl: account.serverUrl, username: account.username } : null;
    },

    signIn: (input) =>
      exclusive(async () => {
        // Nowhere to keep the password: do not send it anywhere either.
        credentials.requireSecureStorage();
        const { result } = await checkSession(input.serverUrl, input.username, input.password);
        if (result !== 'ready') throw new AppError(signInFailures[result]);
        const account = { serverUrl: input.serverUrl, username: input.username };
        generation += 1;
        await credentials.save(account, input.password);
        return account;
      }),

    signOut: () =>
      exclusive(async () => {
        generation += 1;
        await credentials.clear();
      }),

    async testConnection(input) {
      try {
        return await testConnection(input);
      } catch (error) {
        if (error instanceof AppError && error.code === 'sync.unreachable') {
          return { result: 'unreachable', roles: [] };
        }
        throw error;
      }
    },

    async fetch(request) {
      const account = credentials.account();
      if (!account) throw new AppError('sync.notSignedIn');
      if (account.refused) throw new AppError('sync.unauthorized');
      const url = serverPath(account.serverUrl, request.path);
      const startedIn = generation;
      const answer = await sendRequest(fetchImpl, url, {
        method: request.method,
        headers: {
          ...jsonHeaders,
          'content-type': 'application/json',
          authorization: basicAuthorization(account.username, credentials.password()),
        },
        body: request.body,
        timeoutMs: request.timeoutMs ?? fetchTimeoutMs,
      });
      // A 401 elsewhere may only mean "not a member" (PouchDB Server); on
      // `_session` it means the password is wrong.
      if (
        answer.status === 401 &&
        isSessionUrl(url, account.serverUrl) &&
        startedIn === generation
      ) {
        log?.warn('sync: the server refused the kept password; waiting for a new sign-in');
        await credentials.markRefused();
      }
      return answer;
    },
  };
}

/** Opens the kept account (userData JSON, password encrypted by `safeStorage`) and its service. */
export async function openSyncAccount(options: {
  file: string;
  secrets: SecretStorage;
  storageBackend?: (() => string) | undefined;
  fetch: HttpFetch;
  fs?: JsonFileSystem;
  now?: () => Date;
  log?: Logger;
  checkTimeoutMs?: number;
  fetchTimeoutMs?: number;
}): Promise<SyncAccountService> {
  const { file, secrets, storageBackend, fs, now, log, ...rest } = options;
  const credentials = await openSyncCredentials({ file, secrets, storageBackend, fs, now, log });
  return createSyncAccountService({ credentials, log, ...rest });
}
