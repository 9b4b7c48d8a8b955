import { jsonEqual } from '../sync/merge';

/**
 * What a mentor may write in a community they mentor, as the server's
 * `validate_doc_update` enforces it (briefs/ACCESS-CONTRACT.md): comments
 * signed as a mentor, and a shared session's review state. The app checks
 * the same rule before writing, so a mentor never makes a change the server
 * would refuse.
 */

/** One side of a write: the document before it (null when created) or after it (null when deleted). */
export type WrittenItem = {
  type: string;
  archivedAt?: string | null;
  data: Record<string, unknown>;
};

/** The session fields a mentor may change; everything else must stay as it is. */
const reviewFields = new Set(['status', 'reviewedAt', 'reviewedBy']);
const reviewStatuses = new Set(['shared', 'reviewed']);

const isMentorComment = (item: WrittenItem | null) =>
  item !== null && item.type === 'comment' && item.data.authorRole === 'mentor';

function isReviewChange(before: WrittenItem, after: WrittenItem): boolean {
  if (before.type !== 'session' || after.type !== 'session') return false;
  if ((before.archivedAt ?? null) !== (after.archivedAt ?? null)) return false;
  if (!reviewStatuses.has(String(before.data.status))) return false;
  if (!reviewStatuses.has(String(after.data.status))) return false;
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  for (const key of keys) {
    if (reviewFields.has(key)) continue;
    if (!jsonEqual(before.data[key], after.data[key])) return false;
  }
  return true;
}

/** Whether a mentor may make this write: create (before null), edit, or delete (after null). */
export function mentorMayWrite(before: WrittenItem | null, after: WrittenItem | null): boolean {
  if (before === null && after === null) return false;
  if (before === null) return isMentorComment(after);
  if (after === null) return isMentorComment(before);
  if (before.type === 'comment' || after.type === 'comment')
    return isMentorComment(before) && isMentorComment(after);
  return isReviewChange(before, after);
}
