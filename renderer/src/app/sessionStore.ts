import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type SessionState = {
  /** The workbook opened last, so the app reopens it. */
  lastCommunityId: string | null;
  setLastCommunityId: (communityId: string | null) => void;
};

/** Session state of this device; the language lives with the desktop's settings. */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      lastCommunityId: null,
      setLastCommunityId: (lastCommunityId) => set({ lastCommunityId }),
    }),
    { name: 'kopspeks.session' },
  ),
);
