import { useMemo } from 'react';
import { useSyncStore } from '../../db/sync/syncStore';

/** The communities the signed-in user mentors, by id. */
export function useMentoredCommunityIds(): string[] {
  const joined = useSyncStore((s) =>
    s.communities
      .filter((c) => c.role === 'mentor')
      .map((c) => c.communityId)
      .join('\n'),
  );
  return useMemo(() => (joined ? joined.split('\n') : []), [joined]);
}
