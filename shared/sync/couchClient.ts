/** The part of `fetch` replication needs; main's IPC proxy or the page's fetch. */
export type SyncFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Why a request to the sync server failed, in terms the user can act on. */
export type SyncFailure =
  | 'unreachable' // network down, DNS, refused, timeout
  | 'unauthorized' // wrong user name or password (401 on _session)
  | 'forbidden' // signed in, but no access to this database (401/403 on a database)
  | 'notFound' // the database does not exist
  | 'notCouchDb' // something answered, but not a CouchDB server
  | 'server'; // 5xx or an answer we cannot read

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    readonly status = 0,
    message: string = failure,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export type CouchChange = {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: Record<string, unknown> | null;
};
export type CouchChanges = { results: CouchChange[]; last_seq: string | number };
export type CouchBulkResult = {
  id: string;
  ok?: boolean;
  rev?: string;
  error?: string;
  reason?: string;
};
export type CouchAllDocsRow = {
  id?: string;
  key: string;
  error?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: Record<string, unknown> | null;
};

/**
 * A small CouchDB client. Every non-2xx answer becomes a `SyncError`, so
 * the replication sees it and retries, instead of RxDB's live pull loop
 * dying silently on an error status.
 */
export class CouchClient {
  constructor(
    readonly serverUrl: string,
    private readonly fetchImpl: SyncFetch,
  ) {}

  private async request<T>(
    path: string,
    init: RequestInit = {},
    databaseRequest = true,
  ): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(new URL(path, this.serverUrl).toString(), {
        ...init,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...init.headers,
        },
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      if (error instanceof SyncError) throw error;
      throw new SyncError('unreachable', 0, (error as Error).message);
    }
    if (response.status === 401 || response.status === 403) {
      throw new SyncError(databaseRequest ? 'forbidden' : 'unauthorized', response.status);
    }
    if (response.status === 404) throw new SyncError('notFound', 404);
    if (!response.ok) throw new SyncError('server', response.status);
    try {
      return (await response.json()) as T;
    } catch {
      throw new SyncError('notCouchDb', response.status);
    }
  }

  /** Who the server says we are; refused credentials are `unauthorized`. */
  async session(): Promise<{ name: string | null; roles: string[] }> {
    const body = await this.request<{ userCtx?: { name?: string | null; roles?: string[] } }>(
      '_session',
      {},
      false,
    );
    if (!body.userCtx) throw new SyncError('notCouchDb');
    return { name: body.userCtx.name ?? null, roles: body.userCtx.roles ?? [] };
  }

  /** The server's welcome: proves it is CouchDB-compatible. */
  async welcome(): Promise<void> {
    const body = await this.request<{ couchdb?: string; 'express-pouchdb'?: string }>(
      '',
      {},
      false,
    );
    if (!body.couchdb && !body['express-pouchdb']) throw new SyncError('notCouchDb');
  }

  async databaseInfo(db: string): Promise<{ update_seq: string | number }> {
    return this.request(`${encodeURIComponent(db)}`);
  }

  changes(
    db: string,
    options: { since: string | number; limit: number; longpollMs?: number; signal?: AbortSignal },
  ): Promise<CouchChanges> {
    const query = new URLSearchParams({
      since: String(options.since),
      limit: String(options.limit),
      include_docs: options.longpollMs ? 'false' : 'true',
    });
    if (options.longpollMs) {
      query.set('feed', 'longpoll');
      query.set('timeout', String(options.longpollMs));
    }
    return this.request(`${encodeURIComponent(db)}/_changes?${query.toString()}`, {
      signal: options.signal,
    });
  }

  async allDocs(db: string, keys: string[]): Promise<CouchAllDocsRow[]> {
    if (keys.length === 0) return [];
    const body = await this.request<{ rows: CouchAllDocsRow[] }>(
      `${encodeURIComponent(db)}/_all_docs?include_docs=true`,
      {
        method: 'POST',
        body: JSON.stringify({ keys }),
      },
    );
    return body.rows;
  }

  bulkDocs(db: string, docs: Record<string, unknown>[]): Promise<CouchBulkResult[]> {
    return this.request(`${encodeURIComponent(db)}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs }),
    });
  }
}
