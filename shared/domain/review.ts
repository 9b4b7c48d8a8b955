import { z } from 'zod';
import { authorOfDocId } from './docIds';
import type { Session } from './session';

/**
 * A mentor's review of a session (issue #14): the mentor's own document,
 * `review-<mentor>-<sessionDocId>`, so that a mentor never writes the
 * leader's session. A session counts as reviewed while it is shared and a
 * review of that sharing exists; when the leader shares it again (a new
 * `sharedAt`), earlier reviews no longer count and it waits again.
 */

export const reviewLimits = { reviewerName: 120 } as const;

export const reviewSchema = z.object({
  sessionDocId: z.string().min(1).max(128),
  /** How the mentor signs (their name in Settings, or their user name). */
  reviewerName: z.string().trim().max(reviewLimits.reviewerName),
  reviewedAt: z.string().min(1).max(32),
  /** The session's `sharedAt` that was reviewed; '' for a session shared before it had one. */
  sharedAt: z.string().max(32),
});
export type Review = z.infer<typeof reviewSchema>;

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** Reads a stored or synced review leniently, never throwing. */
export function readReview(data: unknown): Review {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    sessionDocId: text(raw.sessionDocId, 128),
    reviewerName: text(raw.reviewerName, reviewLimits.reviewerName),
    reviewedAt: text(raw.reviewedAt, 32),
    sharedAt: text(raw.sharedAt, 32),
  };
}

/** A review with the id of its document, whose author part names the mentor's server account. */
export type ReviewRecord = { docId: string; review: Review };

/** Who reviewed a session and when, as the leader and the mentor see it. */
export type SessionReviewer = { name: string; reviewedAt: string };

/** Where a session stands for both sides: a draft, shared and waiting, or reviewed (by whom). */
export type ReviewState =
  { status: 'draft' } | { status: 'shared' } | { status: 'reviewed'; reviewers: SessionReviewer[] };

/** The review fields an older app wrote into the leader's session; read, never written any more. */
export function readLegacyReview(data: unknown): SessionReviewer | null {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (raw.status !== 'reviewed') return null;
  return {
    name: text(raw.reviewedBy, reviewLimits.reviewerName),
    reviewedAt: text(raw.reviewedAt, 32),
  };
}

/**
 * A session's review state from the session and the reviews of it. Only
 * reviews of its current sharing count; a review whose id names no author
 * (not written by the app) counts for nothing.
 */
export function sessionReviewState(
  session: Pick<Session, 'status' | 'sharedAt'>,
  sessionDocId: string,
  reviews: readonly ReviewRecord[],
  legacy: SessionReviewer | null = null,
): ReviewState {
  if (session.status === 'draft') return { status: 'draft' };
  if (session.status === 'reviewed') {
    return { status: 'reviewed', reviewers: legacy ? [legacy] : [] };
  }
  const sharedAt = session.sharedAt ?? '';
  const reviewers = reviews
    .filter(
      (r) =>
        r.review.sessionDocId === sessionDocId &&
        r.review.sharedAt === sharedAt &&
        authorOfDocId(r.docId) !== null,
    )
    .map((r) => ({
      name: r.review.reviewerName || (authorOfDocId(r.docId) ?? ''),
      reviewedAt: r.review.reviewedAt,
    }))
    .sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt) || a.name.localeCompare(b.name));
  return reviewers.length > 0 ? { status: 'reviewed', reviewers } : { status: 'shared' };
}

/** The review a mentor writes now of a session as it is shared. */
export function newReview(
  sessionDocId: string,
  session: Pick<Session, 'sharedAt'>,
  reviewerName: string,
  now: string,
): Review {
  return {
    sessionDocId,
    reviewerName: reviewerName.trim().slice(0, reviewLimits.reviewerName),
    reviewedAt: now,
    sharedAt: session.sharedAt ?? '',
  };
}
