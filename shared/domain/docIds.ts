import { profileDocId, type ItemType } from '../db/schemas/item.schema';

/**
 * How a document's id says what it is and, for what a person signs, who
 * wrote it (issue #14). The server's access rules read the same grammar
 * (shared/provision/accessRules.ts), so a document can never claim to be
 * something its id does not say, whatever `oldDoc` CouchDB hands the rules:
 *
 * - `profile`: the community's profile;
 * - `<type>-<tail>` for the leader's records (assessment, need, session,
 *   action, eventPlan); the app's tails are UUIDs;
 * - `comment-<author>-<uuid>`: a comment by the server user `<author>`;
 *   `comment-<uuid>` is a comment written before authors were in ids, or in
 *   a workbook kept only on this device (its author is not known);
 * - `review-<author>-<sessionDocId>`: a mentor's review of a session, one
 *   per mentor and session (`sessionDocId` is `session-<uuid>`).
 */

/** A UUID as `crypto.randomUUID()` writes it. */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidLength = 36;

/** The longest document id the app writes or accepts (items' `docId`). */
export const maxDocIdLength = 128;

/** The id of a new comment: signed with the server user name when there is one. */
export function commentDocId(author: string | null, uuid: string): string {
  return author ? `comment-${author}-${uuid}` : `comment-${uuid}`;
}

/** The id of a mentor's review of a session. */
export function reviewDocId(author: string, sessionDocId: string): string {
  return `review-${author}-${sessionDocId}`;
}

const sessionIdPattern = /^session-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Whether a session can be reviewed: its id is `session-<uuid>`, as the app makes them. */
export function isReviewableSessionId(docId: string): boolean {
  return sessionIdPattern.test(docId);
}

/** The server user a comment's or review's id names; null for any other id or an unsigned comment. */
export function authorOfDocId(docId: string): string | null {
  if (docId.startsWith('comment-')) {
    const uuid = docId.slice(-uuidLength);
    const author = docId.slice('comment-'.length, -(uuidLength + 1));
    const separator = docId.charAt(docId.length - uuidLength - 1);
    return author && separator === '-' && uuidPattern.test(uuid) ? author : null;
  }
  if (docId.startsWith('review-')) {
    const session = docId.slice(-(uuidLength + 'session-'.length));
    const author = docId.slice('review-'.length, -(session.length + 1));
    const separator = docId.charAt(docId.length - session.length - 1);
    return author && separator === '-' && isReviewableSessionId(session) ? author : null;
  }
  return null;
}

/** The session a review's id names, or null. */
export function reviewedSessionOfDocId(docId: string): string | null {
  if (!docId.startsWith('review-') || authorOfDocId(docId) === null) return null;
  return docId.slice(-(uuidLength + 'session-'.length));
}

const tailPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const leaderTypes = ['assessment', 'need', 'session', 'action', 'eventPlan'] as const;

/**
 * Whether an id is well-formed for its type, as the server's rules require:
 * the right prefix, a plain tail, not too long; a comment's either signed or
 * an old unsigned one, a review's always signed.
 */
export function docIdFitsType(docId: string, type: ItemType): boolean {
  if (docId.length > maxDocIdLength) return false;
  if (type === 'community') return docId === profileDocId;
  if (type === 'comment') {
    const tail = docId.slice('comment-'.length);
    return (
      docId.startsWith('comment-') && (authorOfDocId(docId) !== null || uuidPattern.test(tail))
    );
  }
  if (type === 'review') return docId.startsWith('review-') && authorOfDocId(docId) !== null;
  return (
    (leaderTypes as readonly string[]).includes(type) &&
    docId.startsWith(`${type}-`) &&
    tailPattern.test(docId.slice(type.length + 1))
  );
}
