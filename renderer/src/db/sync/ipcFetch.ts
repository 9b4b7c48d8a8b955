import { isErrorCode } from '../../../../shared/errors';
import { SyncError, type SyncFetch } from '../../../../shared/sync/couchClient';
import { desktop } from '../../platform';

/**
 * The replication's fetch, routed through the desktop: in Electron the main
 * process adds the credentials (the password never enters the page) and the
 * page's 6-connection limit does not apply; in a browser the same contract
 * uses the page's fetch.
 */
export function createIpcFetch(serverUrl: string, onResult: (ok: boolean) => void): SyncFetch {
  return async (url, init = {}) => {
    if (!url.startsWith(serverUrl))
      throw new SyncError('server', 0, 'request outside the sync server');
    const path = url.slice(serverUrl.length);
    const query = new URLSearchParams(url.split('?')[1] ?? '');
    const longpoll = query.get('feed') === 'longpoll';
    const result = await desktop['sync:fetch']({
      path,
      method: (init.method ?? 'GET') as 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD',
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
      ...(longpoll ? { timeoutMs: Number(query.get('timeout') ?? 25_000) + 10_000 } : {}),
    });
    if (!result.ok) {
      onResult(false);
      if (result.code === 'sync.unauthorized') throw new SyncError('unauthorized', 401);
      if (result.code === 'sync.unreachable' || !isErrorCode(result.code))
        throw new SyncError('unreachable');
      throw new SyncError('server', 0, result.code);
    }
    onResult(true);
    return new Response(result.value.status === 204 ? null : result.value.body, {
      status: result.value.status,
      headers: { 'content-type': 'application/json' },
    });
  };
}
