import type { RxCollection, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { BehaviorSubject, Subject } from 'rxjs';
import type { ItemDoc } from '../db/schemas/item.schema';
import type { CouchChanges, CouchClient } from './couchClient';
import { SyncError } from './couchClient';
import { fromCouchDoc, toCouchDoc } from './couchDocs';
import { sameContent, type SyncedItem } from './merge';

/** A community this device syncs, and its database on the server. */
export type SyncTarget = { communityId: string; db: string };

/** A document that could not go either way, shown to the user. */
export type SyncIssue = {
  communityId: string;
  docId: string;
  /** `invalid`: the server's copy does not fit; `newerVersion`: made by a newer app; `refused`: the server refused our change. */
  kind: 'invalid' | 'newerVersion' | 'refused';
  reason?: string;
};

/** Why syncing stopped and needs the user. */
export type SyncBlock = 'unauthorized' | 'notCouchDb';

export type WorkbookSyncOptions = {
  collection: RxCollection<ItemDoc>;
  client: CouchClient;
  /** Identifies this server and account; a new one starts a new replication. */
  identifier: string;
  targets: SyncTarget[];
  /** The open workbook, watched live with a long-poll; `null` when none. */
  liveCommunityId?: string | null;
  /** How often the other communities are checked. */
  pollIntervalMs?: number;
  longpollMs?: number;
  pullBatchSize?: number;
  pushBatchSize?: number;
  /** Documents per `_all_docs` + `_bulk_docs` round trip; two run at once. */
  pushChunkSize?: number;
  retryTimeMs?: number;
  onIssue?: (issue: SyncIssue) => void;
  onAccessDenied?: (communityId: string) => void;
};

type Checkpoint = { seqs: Record<string, string | number> };

type ReadAhead = {
  db: string;
  since: string | number;
  limit: number;
  /** The database's dirty mark when the page was requested (see `pull`). */
  marked: number | undefined;
  changes: Promise<CouchChanges>;
};

/**
 * Documents per pull and per push. Each batch costs RxDB a meta-data write,
 * a read of the next changes and (push) an `_all_docs` plus `_bulk_docs`
 * round trip, so large batches matter: with 2,000 a first sync of 10,000
 * documents ran about twice as fast as with 500/200 (`npm run bench:sync`).
 * 2,000 documents of ~2 KB stay far below CouchDB's request size limits.
 */
export const defaultBatchSizes = { pull: 2000, push: 2000 } as const;

/** Documents per `_all_docs` + `_bulk_docs` round trip within a push batch. */
const defaultPushChunkSize = 500;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Replicates the one `items` collection with one CouchDB database per
 * community: the push groups changed documents by community, the pull keeps
 * a checkpoint per database. One long-poll watches the open workbook; the
 * others are checked every `pollIntervalMs`. Built on RxDB's replication
 * protocol (checkpoints, assumed master state, conflict handler), with a
 * CouchDB handler of our own so that all communities share one collection.
 */
export class WorkbookSync {
  readonly state: RxReplicationState<ItemDoc, Checkpoint>;
  /** Set when syncing stopped for a reason only the user can fix. */
  readonly blocked$ = new BehaviorSubject<SyncBlock | null>(null);
  private readonly targets = new Map<string, SyncTarget>();
  /**
   * Databases with changes not pulled yet, each with a count of the times it
   * was marked: a pull clears a mark only if no new one came in while it was
   * reading (see `pull`).
   */
  private readonly dirty = new Map<string, number>();
  private readonly denied = new Set<string>();
  private readonly stream$ = new Subject<'RESYNC'>();
  private readonly abort = new AbortController();
  private liveCommunityId: string | null;
  private sessionChecked: Promise<void> | null = null;
  /** The next `_changes` page, requested while RxDB stores the current one. */
  private readAhead: ReadAhead | null = null;

  constructor(private readonly options: WorkbookSyncOptions) {
    for (const target of options.targets) {
      this.targets.set(target.communityId, target);
      this.markDirty(target.db);
    }
    this.liveCommunityId = options.liveCommunityId ?? null;
    this.state = replicateRxCollection<ItemDoc, Checkpoint>({
      replicationIdentifier: options.identifier,
      collection: options.collection,
      live: true,
      retryTime: options.retryTimeMs ?? 5_000,
      waitForLeadership: false,
      autoStart: false,
      pull: {
        batchSize: options.pullBatchSize ?? defaultBatchSizes.pull,
        handler: (checkpoint, batchSize) => this.pull(checkpoint, batchSize),
        stream$: this.stream$.asObservable(),
      },
      push: {
        batchSize: options.pushBatchSize ?? defaultBatchSizes.push,
        handler: (rows) => this.push(rows),
      },
    });
  }

  /** Checks the credentials once, then starts replicating and watching. */
  async start(): Promise<void> {
    try {
      await this.options.client.session().then((session) => {
        if (!session.name) throw new SyncError('unauthorized');
      });
    } catch (error) {
      if (
        error instanceof SyncError &&
        (error.failure === 'unauthorized' || error.failure === 'notCouchDb')
      ) {
        this.blocked$.next(error.failure);
        return;
      }
      // Offline or server down: replication retries on its own.
    }
    await this.state.start();
    void this.watchOpenWorkbook();
    void this.pollOthers();
  }

  /** The workbook the user has open now: its database is watched live. */
  setLiveCommunity(communityId: string | null): void {
    this.liveCommunityId = communityId;
  }

  /** Checks every community now ("Sync now"). */
  syncNow(): void {
    for (const target of this.targets.values()) this.markDirty(target.db);
    this.stream$.next('RESYNC');
  }

  async pause(): Promise<void> {
    await this.state.pause();
  }

  async resume(): Promise<void> {
    if (this.blocked$.value) return;
    await this.state.start();
    this.syncNow();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.state.cancel();
  }

  private markDirty(db: string): void {
    this.dirty.set(db, (this.dirty.get(db) ?? 0) + 1);
  }

  private targetFor(communityId: string): SyncTarget | undefined {
    return this.denied.has(communityId) ? undefined : this.targets.get(communityId);
  }

  /**
   * A 401/403 on a database means either the password stopped working or
   * this user lost access to that community. One `_session` check tells
   * which, so a wrong password is tried once, never in a loop (CouchDB locks
   * an account after 5 failed logins).
   */
  private async handleRefusal(target: SyncTarget, error: unknown): Promise<void> {
    if (!(error instanceof SyncError) || error.failure !== 'forbidden') throw error;
    this.sessionChecked ??= this.options.client
      .session()
      .then((session) => {
        if (!session.name) throw new SyncError('unauthorized');
      })
      .finally(() => {
        this.sessionChecked = null;
      });
    try {
      await this.sessionChecked;
    } catch (sessionError) {
      if (sessionError instanceof SyncError && sessionError.failure === 'unauthorized') {
        this.blocked$.next('unauthorized');
        this.abort.abort();
        void this.state.pause();
      }
      throw sessionError;
    }
    this.denied.add(target.communityId);
    this.options.onAccessDenied?.(target.communityId);
  }

  private async pull(checkpoint: Checkpoint | undefined, batchSize: number) {
    if (this.blocked$.value) return { documents: [], checkpoint };
    const seqs = { ...(checkpoint?.seqs ?? {}) };
    const documents: WithDeleted<ItemDoc>[] = [];
    for (const target of [...this.targets.values()]) {
      if (documents.length >= batchSize) break;
      if (!this.dirty.has(target.db) || this.denied.has(target.communityId)) continue;
      for (;;) {
        const limit = batchSize - documents.length;
        const since = seqs[target.db] ?? 0;
        const page = this.takeReadAhead(target.db, since, limit) ?? {
          marked: this.dirty.get(target.db),
          changes: this.options.client.changes(target.db, { since, limit }),
        };
        const marked = page.marked;
        let changes;
        try {
          changes = await page.changes;
        } catch (error) {
          await this.handleRefusal(target, error);
          break;
        }
        for (const change of changes.results) {
          const pulled = fromCouchDoc(
            target.communityId,
            change.doc ?? { _id: change.id, _deleted: true },
          );
          if (pulled.kind === 'item') documents.push(pulled.item);
          else if (pulled.kind === 'invalid') {
            this.options.onIssue?.({
              communityId: target.communityId,
              docId: pulled.docId,
              kind: pulled.reason === 'newerVersion' ? 'newerVersion' : 'invalid',
            });
          }
        }
        seqs[target.db] = changes.last_seq;
        if (changes.results.length >= batchSize) {
          // A full page: more are likely waiting. Ask for the next one now, so
          // the server answers while RxDB stores this one.
          this.startReadAhead(target.db, changes.last_seq, batchSize);
        }
        if (changes.results.length < limit) {
          // Only if the long-poll did not report a change while this page was
          // read: the page may have been cut before that change, and clearing
          // the mark dropped it until the next poll (a live change late by up
          // to pollIntervalMs; found by workbookReplication.faults.test.ts).
          if (this.dirty.get(target.db) === marked) this.dirty.delete(target.db);
          break;
        }
        if (documents.length >= batchSize) break;
      }
    }
    return { documents, checkpoint: { seqs } };
  }

  private startReadAhead(db: string, since: string | number, limit: number): void {
    const changes = this.options.client.changes(db, { since, limit });
    // Consumed by the next pull, or dropped unread; never an unhandled rejection.
    changes.catch(() => undefined);
    this.readAhead = { db, since, limit, marked: this.dirty.get(db), changes };
  }

  /** The page read ahead, if it is exactly the one asked for now. */
  private takeReadAhead(db: string, since: string | number, limit: number): ReadAhead | null {
    const ahead = this.readAhead;
    this.readAhead = null;
    if (!ahead || ahead.db !== db || ahead.since !== since || ahead.limit !== limit) return null;
    return ahead;
  }

  private async push(
    rows: { newDocumentState: WithDeleted<ItemDoc>; assumedMasterState?: WithDeleted<ItemDoc> }[],
  ) {
    const conflicts: WithDeleted<ItemDoc>[] = [];
    const byCommunity = new Map<string, typeof rows>();
    for (const row of rows) {
      const list = byCommunity.get(row.newDocumentState.communityId) ?? [];
      list.push(row);
      byCommunity.set(row.newDocumentState.communityId, list);
    }
    for (const [communityId, group] of byCommunity) {
      const target = this.targetFor(communityId);
      // Local-only workbooks never leave this device.
      if (!target) continue;
      try {
        conflicts.push(...(await this.pushInChunks(target, group)));
      } catch (error) {
        await this.handleRefusal(target, error);
      }
    }
    return conflicts;
  }

  /**
   * Pushes a community's rows in chunks, two at a time, so that one chunk's
   * `_all_docs` read overlaps another's `_bulk_docs` write. The chunks hold
   * different documents, so their order does not matter. If any chunk fails
   * the whole batch fails and RxDB retries it: chunks already written then
   * match the server and are skipped.
   */
  private async pushInChunks(
    target: SyncTarget,
    rows: { newDocumentState: WithDeleted<ItemDoc>; assumedMasterState?: WithDeleted<ItemDoc> }[],
  ): Promise<WithDeleted<ItemDoc>[]> {
    const size = this.options.pushChunkSize ?? defaultPushChunkSize;
    const chunks: (typeof rows)[] = [];
    for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
    const conflicts: WithDeleted<ItemDoc>[] = [];
    const failures: unknown[] = [];
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const chunk = chunks[next]!;
        next += 1;
        try {
          conflicts.push(...(await this.pushGroup(target, chunk)));
        } catch (error) {
          failures.push(error);
          return;
        }
      }
    };
    await Promise.all([worker(), worker()]);
    if (failures.length > 0) throw failures[0];
    return conflicts;
  }

  private async currentServerState(target: SyncTarget, docIds: string[]) {
    const rows = await this.options.client.allDocs(target.db, docIds);
    const state = new Map<
      string,
      { rev: string; item?: SyncedItem; invalid?: 'schema' | 'newerVersion' }
    >();
    for (const row of rows) {
      if (!row.value) continue;
      const raw = row.doc ?? { _id: row.key, _deleted: true };
      const pulled = fromCouchDoc(
        target.communityId,
        row.value.deleted ? { ...raw, _deleted: true } : raw,
      );
      if (pulled.kind === 'item') state.set(row.key, { rev: row.value.rev, item: pulled.item });
      else if (pulled.kind === 'invalid')
        state.set(row.key, { rev: row.value.rev, invalid: pulled.reason });
    }
    return state;
  }

  private async pushGroup(
    target: SyncTarget,
    rows: { newDocumentState: WithDeleted<ItemDoc>; assumedMasterState?: WithDeleted<ItemDoc> }[],
  ): Promise<WithDeleted<ItemDoc>[]> {
    const server = await this.currentServerState(
      target,
      rows.map((row) => row.newDocumentState.docId),
    );
    const conflicts: WithDeleted<ItemDoc>[] = [];
    const writes: Record<string, unknown>[] = [];
    for (const { newDocumentState, assumedMasterState } of rows) {
      const ours = newDocumentState as SyncedItem;
      const current = server.get(ours.docId);
      if (!current) {
        writes.push(toCouchDoc(ours));
        continue;
      }
      const theirs = current.item;
      if (!theirs) {
        // Never overwrite what we cannot read (e.g. written by a newer app).
        this.options.onIssue?.({
          communityId: target.communityId,
          docId: ours.docId,
          kind: current.invalid === 'newerVersion' ? 'newerVersion' : 'invalid',
        });
        continue;
      }
      if (sameContent(theirs, ours)) continue;
      if (assumedMasterState && sameContent(theirs, assumedMasterState)) {
        writes.push(toCouchDoc(ours, current.rev));
      } else {
        // Changed (or deleted) there since we last saw it: RxDB's conflict handler merges.
        conflicts.push(theirs);
      }
    }
    if (writes.length === 0) return conflicts;
    const results = await this.options.client.bulkDocs(target.db, writes);
    const again: string[] = [];
    for (const result of results) {
      if (result.ok || !result.error) continue;
      if (result.error === 'conflict') again.push(result.id);
      else if (result.error === 'forbidden' || result.error === 'unauthorized') {
        this.options.onIssue?.({
          communityId: target.communityId,
          docId: result.id,
          kind: 'refused',
          reason: result.reason?.slice(0, 300),
        });
      } else throw new SyncError('server', 0, result.error);
    }
    if (again.length > 0) {
      const latest = await this.currentServerState(target, again);
      for (const id of again) {
        const item = latest.get(id)?.item;
        if (item) conflicts.push(item);
      }
    }
    return conflicts;
  }

  private async watchOpenWorkbook(): Promise<void> {
    const { signal } = this.abort;
    const since = new Map<string, string | number>();
    let backoff = 1_000;
    while (!signal.aborted) {
      const target = this.liveCommunityId ? this.targetFor(this.liveCommunityId) : undefined;
      if (!target || this.state.isStopped() || this.state.isPaused()) {
        await sleep(500, signal);
        continue;
      }
      try {
        if (!since.has(target.db)) {
          since.set(target.db, (await this.options.client.databaseInfo(target.db)).update_seq);
          // Changes between the last pull and this point would slip past the long-poll.
          this.markDirty(target.db);
          this.stream$.next('RESYNC');
        }
        const changes = await this.options.client.changes(target.db, {
          since: since.get(target.db)!,
          limit: 10_000,
          longpollMs: this.options.longpollMs ?? 25_000,
          signal,
        });
        since.set(target.db, changes.last_seq);
        if (changes.results.length > 0) {
          this.markDirty(target.db);
          this.stream$.next('RESYNC');
        }
        backoff = 1_000;
      } catch {
        if (signal.aborted) return;
        // Any failed long-poll (network, 401/403/404, 5xx) is retried with
        // backoff; the pull that follows decides whether access is really gone.
        await sleep(backoff, signal);
        backoff = Math.min(backoff * 2, 30_000);
        this.markDirty(target.db);
        this.stream$.next('RESYNC');
      }
    }
  }

  private async pollOthers(): Promise<void> {
    const { signal } = this.abort;
    while (!signal.aborted) {
      await sleep(this.options.pollIntervalMs ?? 60_000, signal);
      if (signal.aborted || this.blocked$.value) return;
      this.syncNow();
    }
  }
}
