import { debounceTime, type Subscription } from 'rxjs';
import type { ErrorCode } from '../../../../shared/errors';
import type { SyncAccount } from '../../../../shared/ipc/contract';
import {
  communitiesFromRoles,
  communityDatabase,
  type CommunityAccess,
} from '../../../../shared/sync/communities';
import { CouchClient, SyncError } from '../../../../shared/sync/couchClient';
import { sameContent, type SyncedItem } from '../../../../shared/sync/merge';
import { WorkbookSync, type SyncIssue } from '../../../../shared/sync/workbookReplication';
import { desktop } from '../../platform';
import { logError, logWarning } from '../../platform/log';
import type { KopspeksDatabase } from '../database';
import { getLocal, setLocal } from '../local';
import { createIpcFetch } from './ipcFetch';
import { useSyncStore } from './syncStore';

const communitiesKey = 'sync:communities';
export const syncIssueKey = (issue: Pick<SyncIssue, 'communityId' | 'docId'>) =>
  `syncIssue:${issue.communityId}|${issue.docId}`;

/**
 * Runs sync for the signed-in account: starts and stops the replication,
 * pauses it offline, and keeps the sync store (what the user sees) current.
 */
export class SyncController {
  private sync: WorkbookSync | null = null;
  private subscriptions: Subscription[] = [];
  private liveCommunityId: string | null = null;
  private lastRequestOk = true;
  private active = false;
  private starting: Promise<void> | null = null;

  constructor(private readonly db: KopspeksDatabase) {
    window.addEventListener('online', () => void this.onNetworkChange());
    window.addEventListener('offline', () => void this.onNetworkChange());
  }

  /** Picks up the account kept by the desktop and starts syncing. Never waits for the network. */
  async init(): Promise<void> {
    const result = await desktop['sync:getAccount']();
    if (result.ok && result.value) void this.start(result.value);
  }

  async signIn(input: {
    serverUrl: string;
    username: string;
    password: string;
  }): Promise<ErrorCode | null> {
    const result = await desktop['sync:signIn'](input);
    if (!result.ok) return result.code;
    await this.stop();
    await this.start(result.value);
    return null;
  }

  async signOut(): Promise<void> {
    await this.stop();
    await desktop['sync:signOut']();
    useSyncStore.getState().set({
      account: null,
      communities: [],
      phase: 'signedOut',
      pendingCount: 0,
      pendingIds: new Set(),
      errorCode: null,
      deniedCommunities: [],
    });
  }

  setLiveCommunity(communityId: string | null): void {
    this.liveCommunityId = communityId;
    this.sync?.setLiveCommunity(communityId);
  }

  syncNow(): void {
    if (this.sync?.blocked$.value) return;
    this.sync?.syncNow();
  }

  private start(account: SyncAccount): Promise<void> {
    this.starting ??= this.doStart(account).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async doStart(account: SyncAccount): Promise<void> {
    const store = useSyncStore.getState();
    store.set({ account, phase: 'syncing', errorCode: null, deniedCommunities: [] });
    const fetch = createIpcFetch(account.serverUrl, (ok) => {
      this.lastRequestOk = ok;
      if (!ok) this.updatePhase();
    });
    const client = new CouchClient(account.serverUrl, fetch);
    const communities = await this.loadCommunities(client);
    store.set({ communities });
    const sync = new WorkbookSync({
      collection: this.db.items,
      client,
      identifier: `kopspeks|${account.serverUrl}|${account.username}`,
      targets: communities.map((c) => ({
        communityId: c.communityId,
        db: communityDatabase(c.communityId),
      })),
      liveCommunityId: this.liveCommunityId,
      onIssue: (issue) => void this.recordIssue(issue),
      onAccessDenied: (communityId) =>
        useSyncStore.getState().set({
          deniedCommunities: [
            ...new Set([...useSyncStore.getState().deniedCommunities, communityId]),
          ],
        }),
    });
    this.sync = sync;
    this.subscriptions = [
      sync.blocked$.subscribe(() => this.updatePhase()),
      sync.state.active$.subscribe((active) => {
        const finished = this.active && !active;
        this.active = active;
        this.updatePhase(finished);
      }),
      sync.state.error$.subscribe(() => this.updatePhase()),
      sync.state.error$.subscribe((error) => logWarning('sync: a replication step failed', error)),
      sync.blocked$.subscribe(
        (block) => block && logError('sync: stopped', undefined, { details: { block } }),
      ),
      // eventBulks$, not items.$: RxDB 17 keeps every bulk seen through `$` in a
      // module-level Map for the life of the page.
      this.db.items.eventBulks$.pipe(debounceTime(500)).subscribe(() => void this.refreshPending()),
      sync.state.active$.pipe(debounceTime(300)).subscribe(() => void this.refreshPending()),
    ];
    if (!navigator.onLine) {
      this.updatePhase();
      return;
    }
    await sync.start();
    this.updatePhase();
  }

  /** The account's communities from the server; the last known ones when offline. */
  private async loadCommunities(client: CouchClient): Promise<CommunityAccess[]> {
    // The last known roles at once, so a mentor's workbooks open read-only before the server answers.
    const known = await getLocal<{ communities: CommunityAccess[] }>(this.db, communitiesKey);
    if (known && useSyncStore.getState().communities.length === 0)
      useSyncStore.getState().set({ communities: known.communities });
    try {
      const session = await client.session();
      const communities = communitiesFromRoles(session.roles);
      await setLocal(this.db, communitiesKey, { communities });
      return communities;
    } catch (error) {
      logWarning('sync: could not read the account from the server', error);
      if (error instanceof SyncError && error.failure === 'unauthorized') {
        useSyncStore.getState().set({ phase: 'error', errorCode: 'sync.unauthorized' });
      }
      const cached = await getLocal<{ communities: CommunityAccess[] }>(this.db, communitiesKey);
      return cached?.communities ?? [];
    }
  }

  private async stop(): Promise<void> {
    for (const subscription of this.subscriptions.splice(0)) subscription.unsubscribe();
    const sync = this.sync;
    this.sync = null;
    await sync?.stop();
  }

  private async onNetworkChange(): Promise<void> {
    if (!this.sync) return;
    if (navigator.onLine) await this.sync.resume();
    else await this.sync.pause();
    this.updatePhase();
  }

  private async recordIssue(issue: SyncIssue): Promise<void> {
    logWarning('sync: a document was set aside', undefined, {
      details: { communityId: issue.communityId, docId: issue.docId, kind: issue.kind },
    });
    await setLocal(this.db, syncIssueKey(issue), { ...issue, at: new Date().toISOString() });
  }

  /** Which items of synced communities differ from what the server last confirmed. */
  private async refreshPending(): Promise<void> {
    const sync = this.sync;
    const meta = sync?.state.metaInstance;
    if (!sync || !meta) return;
    const communityIds = useSyncStore.getState().communities.map((c) => c.communityId);
    const docs = await this.db.items
      .find({ selector: { communityId: { $in: communityIds } } })
      .exec();
    const metaDocs = await meta.findDocumentsById(
      docs.map((doc) => `${doc.id}|0`),
      true,
    );
    const confirmed = new Map(metaDocs.map((m) => [m.itemId, m.docData as SyncedItem | undefined]));
    const pendingIds = new Set<string>();
    for (const doc of docs) {
      const local = { ...doc.toJSON(), _deleted: false } as SyncedItem;
      if (!sameContent(confirmed.get(doc.id), local)) pendingIds.add(doc.id);
    }
    useSyncStore.getState().set({ pendingIds, pendingCount: pendingIds.size });
    this.updatePhase();
  }

  private updatePhase(cycleFinished = false): void {
    const store = useSyncStore.getState();
    const sync = this.sync;
    if (!store.account) return store.set({ phase: 'signedOut' });
    if (sync?.blocked$.value === 'unauthorized')
      return store.set({ phase: 'error', errorCode: 'sync.unauthorized' });
    if (sync?.blocked$.value === 'notCouchDb')
      return store.set({ phase: 'error', errorCode: 'sync.notCouchDb' });
    if (!navigator.onLine || !this.lastRequestOk)
      return store.set({ phase: 'offline', errorCode: null });
    if (this.active) return store.set({ phase: 'syncing', errorCode: null });
    if (store.pendingCount > 0) return store.set({ phase: 'pending', errorCode: null });
    const since =
      cycleFinished || store.phase !== 'upToDate' ? new Date().toISOString() : store.lastSyncedAt;
    store.set({ phase: 'upToDate', errorCode: null, lastSyncedAt: since });
  }
}
