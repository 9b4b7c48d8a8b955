import { describe, expect, it } from 'vitest';
import { reviewDocId } from './docIds';
import {
  newReview,
  readLegacyReview,
  readReview,
  sessionReviewState,
  type ReviewRecord,
} from './review';

const sessionId = 'session-1b2c3d4e-0000-4000-8000-00000000abcd';
const record = (
  author: string,
  sharedAt: string,
  reviewedAt = '2026-11-26T10:00:00Z',
): ReviewRecord => ({
  docId: reviewDocId(author, sessionId),
  review: { sessionDocId: sessionId, reviewerName: `${author} name`, reviewedAt, sharedAt },
});

describe("a session's review state", () => {
  it('is draft, waiting, or reviewed by whoever reviewed this sharing', () => {
    expect(sessionReviewState({ status: 'draft' }, sessionId, [record('maris', '')])).toEqual({
      status: 'draft',
    });
    expect(sessionReviewState({ status: 'shared', sharedAt: 'a' }, sessionId, [])).toEqual({
      status: 'shared',
    });
    expect(
      sessionReviewState({ status: 'shared', sharedAt: 'a' }, sessionId, [
        record('maris', 'a', '2026-11-27'),
        record('ilze', 'a', '2026-11-26'),
      ]),
    ).toEqual({
      status: 'reviewed',
      reviewers: [
        { name: 'ilze name', reviewedAt: '2026-11-26' },
        { name: 'maris name', reviewedAt: '2026-11-27' },
      ],
    });
  });

  it('waits again when the leader shares the session again', () => {
    const reviews = [record('maris', 'first')];
    expect(
      sessionReviewState({ status: 'shared', sharedAt: 'second' }, sessionId, reviews),
    ).toEqual({
      status: 'shared',
    });
    // A session shared before sessions recorded when: reviews of that sharing count.
    expect(sessionReviewState({ status: 'shared' }, sessionId, [record('maris', '')]).status).toBe(
      'reviewed',
    );
  });

  it('counts no review of another session, and none whose id names no author', () => {
    const other = {
      ...record('maris', ''),
      review: { ...record('maris', '').review, sessionDocId: 'session-x' },
    };
    const unsigned = { ...record('maris', ''), docId: 'review-x' };
    expect(sessionReviewState({ status: 'shared' }, sessionId, [other, unsigned]).status).toBe(
      'shared',
    );
  });

  it('shows a review an older app wrote into the session', () => {
    const data = { status: 'reviewed', reviewedAt: '2026-11-01T00:00:00Z', reviewedBy: 'Māris' };
    const legacy = readLegacyReview(data);
    expect(legacy).toEqual({ name: 'Māris', reviewedAt: '2026-11-01T00:00:00Z' });
    expect(sessionReviewState({ status: 'reviewed' }, sessionId, [], legacy)).toEqual({
      status: 'reviewed',
      reviewers: [legacy],
    });
    expect(readLegacyReview({ status: 'shared', reviewedBy: 'x' })).toBeNull();
  });
});

describe('a review', () => {
  it('records the sharing it reviewed, and reads anything without throwing', () => {
    expect(newReview(sessionId, { sharedAt: 's' }, '  Māris  ', 'now')).toEqual({
      sessionDocId: sessionId,
      reviewerName: 'Māris',
      reviewedAt: 'now',
      sharedAt: 's',
    });
    expect(newReview(sessionId, {}, 'M', 'now').sharedAt).toBe('');
    expect(readReview(null)).toEqual({
      sessionDocId: '',
      reviewerName: '',
      reviewedAt: '',
      sharedAt: '',
    });
    expect(readReview({ reviewerName: 5, sharedAt: 'x'.repeat(40) }).sharedAt).toHaveLength(32);
  });
});
