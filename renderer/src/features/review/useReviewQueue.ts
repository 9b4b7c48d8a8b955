import { useEffect, useMemo, useState } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { localIsoDate } from '../../../../shared/domain/action';
import { buildReviewQueue, type ReviewQueue } from '../../../../shared/domain/reviewQueue';
import { useDatabase } from '../../app/DatabaseContext';
import { getLocal, setLocal } from '../../db/local';
import { useMentoredCommunityIds } from './mentorRole';

const lastVisitKey = 'review:lastVisit';
const queueTypes = ['session', 'review', 'need', 'eventPlan', 'action'] as const;

/**
 * When the mentor opened the queue before this visit, read once: needs
 * written since then keep their "new" mark while the page stays open.
 * This visit is recorded at once.
 */
function usePreviousVisit(): { lastVisit: string | null; ready: boolean } {
  const db = useDatabase();
  const [state, setState] = useState<{ lastVisit: string | null; ready: boolean }>({
    lastVisit: null,
    ready: false,
  });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const previous = await getLocal<{ at: string }>(db, lastVisitKey);
      if (cancelled) return;
      setState({ lastVisit: typeof previous?.at === 'string' ? previous.at : null, ready: true });
      await setLocal(db, lastVisitKey, { at: new Date().toISOString() });
    })();
    return () => {
      cancelled = true;
    };
  }, [db]);
  return state;
}

/** The review queue across every community the user mentors, live. */
export function useReviewQueue(): {
  queue: ReviewQueue;
  communityIds: string[];
  loading: boolean;
} {
  const communityIds = useMentoredCommunityIds();
  const { lastVisit, ready } = usePreviousVisit();
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { communityId: { $in: communityIds }, type: { $in: [...queueTypes] } } },
    }),
    [communityIds],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  const queue = useMemo(() => {
    const now = new Date();
    return buildReviewQueue(
      results.map((doc) => doc.toJSON() as ItemDoc),
      { communityIds, today: localIsoDate(now), now: now.toISOString(), lastVisit },
    );
  }, [results, communityIds, lastVisit]);
  return { queue, communityIds, loading: loading || !ready };
}
