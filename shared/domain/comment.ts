import { z } from 'zod';
import { userRoles } from './user';

/** What a comment thread can be attached to. */
export const commentTargetTypes = ['session', 'need', 'eventPlan'] as const;
export type CommentTargetType = (typeof commentTargetTypes)[number];

export const commentLimits = { authorName: 120, body: 4000 } as const;

/**
 * One comment in a feedback thread: its own document, so two people
 * commenting at once never edit the same document. Plain text only.
 */
export const commentSchema = z.object({
  targetDocId: z.string().min(1).max(128),
  targetType: z.enum(commentTargetTypes),
  authorName: z.string().trim().min(1).max(commentLimits.authorName),
  authorRole: z.enum(userRoles),
  body: z.string().trim().min(1).max(commentLimits.body),
  createdAt: z.string().min(1).max(32),
});
export type Comment = z.infer<typeof commentSchema>;

/** What the comment form edits. */
export const commentInputSchema = commentSchema.pick({ authorName: true, body: true });

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** Reads a stored or synced comment leniently, never throwing. */
export function readComment(data: unknown): Comment {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    targetDocId: text(raw.targetDocId, 128),
    targetType: commentTargetTypes.find((t) => t === raw.targetType) ?? 'session',
    authorName: text(raw.authorName, commentLimits.authorName),
    authorRole: userRoles.find((r) => r === raw.authorRole) ?? 'leader',
    body: text(raw.body, commentLimits.body),
    createdAt: text(raw.createdAt, 32),
  };
}

/** The device-local key recording that this device's user has read a comment. */
export function readMarkerKey(commentDocId: string): string {
  return `read:${commentDocId}`;
}

export type CommentRecord = { docId: string; comment: Comment };

/** Oldest first, as a conversation reads. */
export function sortComments<T extends CommentRecord>(comments: T[]): T[] {
  return [...comments].sort(
    (a, b) =>
      a.comment.createdAt.localeCompare(b.comment.createdAt) || a.docId.localeCompare(b.docId),
  );
}

/** Comments without a read marker on this device. Own comments get one when posted. */
export function unreadComments<T extends CommentRecord>(
  comments: T[],
  readKeys: ReadonlySet<string>,
): T[] {
  return comments.filter((c) => !readKeys.has(readMarkerKey(c.docId)));
}

/** Unread comments per target document, for badges on lists. */
export function unreadCountByTarget(
  comments: CommentRecord[],
  readKeys: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of unreadComments(comments, readKeys)) {
    counts.set(c.comment.targetDocId, (counts.get(c.comment.targetDocId) ?? 0) + 1);
  }
  return counts;
}
