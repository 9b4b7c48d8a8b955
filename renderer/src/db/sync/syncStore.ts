import { create } from 'zustand';
import type { SyncAccount } from '../../../../shared/ipc/contract';
import type { ErrorCode } from '../../../../shared/errors';
import { readsOnly, type CommunityAccess } from '../../../../shared/sync/communities';

/** What the user sees of sync, always (DESIGN.md: offline / syncing / up to date / waiting / error). */
export type SyncPhase = 'signedOut' | 'offline' | 'syncing' | 'upToDate' | 'pending' | 'error';

type SyncState = {
  account: SyncAccount | null;
  /** Communities this account may sync, from its server roles. */
  communities: CommunityAccess[];
  phase: SyncPhase;
  /** When everything was last known to be on the server. */
  lastSyncedAt: string | null;
  /** Local changes not yet on the server. */
  pendingCount: number;
  /** Items whose latest change is not on the server yet. */
  pendingIds: ReadonlySet<string>;
  /** Why sync stopped, when it did. */
  errorCode: ErrorCode | null;
  /** Communities the server refused to this account. */
  deniedCommunities: string[];
  set: (patch: Partial<Omit<SyncState, 'set'>>) => void;
};

export const useSyncStore = create<SyncState>((set) => ({
  account: null,
  communities: [],
  phase: 'signedOut',
  lastSyncedAt: null,
  pendingCount: 0,
  pendingIds: new Set(),
  errorCode: null,
  deniedCommunities: [],
  set: (patch) => set(patch),
}));

/** Whether an item's latest change has reached the server (false for local-only workbooks too). */
export function useIsOnServer(itemId: string): boolean {
  return useSyncStore((s) => s.account !== null && !s.pendingIds.has(itemId));
}

/**
 * The signed-in user's role in a community, from their server roles; null
 * for a workbook kept only on this device (its user is its leader).
 */
export function useCommunityRole(communityId: string): CommunityAccess['role'] | null {
  return useSyncStore(
    (s) => s.communities.find((c) => c.communityId === communityId)?.role ?? null,
  );
}

/** Whether the user only reads this community's workbook (its mentor or the coordinator). */
export function useReadsOnly(communityId: string): boolean {
  return readsOnly(useCommunityRole(communityId));
}

/** The role a write in this community is made with, outside React (see db/items.ts). */
export function communityRole(communityId: string): CommunityAccess['role'] | null {
  return (
    useSyncStore.getState().communities.find((c) => c.communityId === communityId)?.role ?? null
  );
}
