import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import {
  readReview,
  sessionReviewState,
  type ReviewRecord,
  type ReviewState,
  type SessionReviewer,
} from '../../../../shared/domain/review';
import type { Session } from '../../../../shared/domain/session';

/** The mentors' reviews in a workbook, by the session they review. */
export function useSessionReviews(communityId: string): ReadonlyMap<string, ReviewRecord[]> {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { communityId, type: 'review' as const } } }),
    [communityId],
  );
  const { results } = useLiveRxQuery<ItemDoc>(query);
  return useMemo(() => {
    const bySession = new Map<string, ReviewRecord[]>();
    for (const doc of results) {
      const item = doc.toJSON() as ItemDoc;
      const record = { docId: item.docId, review: readReview(item.data) };
      const list = bySession.get(record.review.sessionDocId) ?? [];
      bySession.set(record.review.sessionDocId, [...list, record]);
    }
    return bySession;
  }, [results]);
}

/** A session as the review state needs it. */
export type ReviewedSession = {
  docId: string;
  session: Pick<Session, 'status' | 'sharedAt'>;
  /** What an older app wrote into the session itself. */
  legacyReview: SessionReviewer | null;
};

export function reviewStateOf(
  entry: ReviewedSession,
  reviews: ReadonlyMap<string, ReviewRecord[]>,
): ReviewState {
  return sessionReviewState(
    entry.session,
    entry.docId,
    reviews.get(entry.docId) ?? [],
    entry.legacyReview,
  );
}

/** Where one session stands: a draft, waiting for its mentor, or reviewed (by whom, when). */
export function useReviewState(communityId: string, entry: ReviewedSession): ReviewState {
  const reviews = useSessionReviews(communityId);
  return useMemo(() => reviewStateOf(entry, reviews), [entry, reviews]);
}
