import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import type { LocalDoc } from '../../../../shared/db/schemas/local.schema';
import {
  readComment,
  sortComments,
  unreadComments,
  type CommentRecord,
} from '../../../../shared/domain/comment';

/** A comment with the local id of its document. */
export type CommentEntry = CommentRecord & { id: string };

/** Every comment of a workbook, oldest first. */
export function useComments(communityId: string): { comments: CommentEntry[]; loading: boolean } {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { communityId, type: 'comment' as const } } }),
    [communityId],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  const comments = useMemo(
    () =>
      sortComments(
        results.map((doc) => {
          const item = doc.toJSON() as ItemDoc;
          return { id: item.id, docId: item.docId, comment: readComment(item.data) };
        }),
      ),
    [results],
  );
  return { comments, loading };
}

/** The comments on one item. */
export function useThread(communityId: string, targetDocId: string) {
  const { comments, loading } = useComments(communityId);
  return useMemo(
    () => ({
      comments: comments.filter((c) => c.comment.targetDocId === targetDocId),
      loading,
    }),
    [comments, targetDocId, loading],
  );
}

/** The keys of this device's read markers (`read:<commentDocId>`). */
export function useReadMarkers(): { readKeys: ReadonlySet<string>; loading: boolean } {
  const query = useMemo(() => ({ collection: 'local', query: { selector: { kind: 'read' } } }), []);
  const { results, loading } = useLiveRxQuery<LocalDoc>(query);
  const readKeys = useMemo(() => new Set(results.map((doc) => doc.primary)), [results]);
  return { readKeys, loading };
}

/**
 * The comments of a workbook not yet read on this device, optionally only
 * those on one kind of item. Empty while the markers are still loading, so
 * nothing flashes as unread.
 */
export function useUnreadComments(communityId: string): CommentEntry[] {
  const { comments, loading } = useComments(communityId);
  const { readKeys, loading: markersLoading } = useReadMarkers();
  return useMemo(
    () => (loading || markersLoading ? [] : unreadComments(comments, readKeys)),
    [comments, readKeys, loading, markersLoading],
  );
}
