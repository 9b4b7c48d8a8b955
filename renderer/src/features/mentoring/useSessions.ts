import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { readLegacyReview, type SessionReviewer } from '../../../../shared/domain/review';
import { compareSessions, readSession, type Session } from '../../../../shared/domain/session';

/** A session with its document's ids and times. */
export type SessionEntry = {
  id: string;
  docId: string;
  createdAt: string;
  updatedAt: string;
  session: Session;
  /** A review an older app wrote into the session itself. */
  legacyReview: SessionReviewer | null;
};

function toEntry(item: ItemDoc): SessionEntry {
  return {
    id: item.id,
    docId: item.docId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    session: readSession(item.data),
    legacyReview: readLegacyReview(item.data),
  };
}

/** The mentoring sessions of a workbook, newest first. */
export function useSessions(communityId: string): { sessions: SessionEntry[]; loading: boolean } {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { communityId, type: 'session' as const } } }),
    [communityId],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  const sessions = useMemo(
    () =>
      results
        .map((doc) => toEntry(doc.toJSON() as ItemDoc))
        .sort((a, b) =>
          compareSessions({ ...a, date: a.session.date }, { ...b, date: b.session.date }),
        ),
    [results],
  );
  return { sessions, loading };
}
