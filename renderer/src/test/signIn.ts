import type { CommunityRole } from '../../../shared/sync/communities';
import { useSyncStore } from '../db/sync/syncStore';

/** As if `username` were signed in with `role` in `communityId` (the store only; no server). */
export function signInAs(username: string, communityId: string, role: CommunityRole): void {
  useSyncStore.getState().set({
    account: { serverUrl: 'https://sync.example.lv/', username },
    communities: [{ communityId, role }],
  });
}

export function signOut(): void {
  useSyncStore.getState().set({ account: null, communities: [] });
}
