import { describe, expect, it } from 'vitest';
import { itemTypeOfDocId } from '../db/schemas/item.schema';
import {
  authorOfDocId,
  commentDocId,
  docIdFitsType,
  isReviewableSessionId,
  reviewDocId,
  reviewedSessionOfDocId,
} from './docIds';

const uuid = '1b2c3d4e-0000-4000-8000-00000000abcd';
const session = `session-${uuid}`;

describe('document ids', () => {
  it('name the type', () => {
    expect(itemTypeOfDocId('session-1b2c')).toBe('session');
    expect(itemTypeOfDocId('eventPlan-9')).toBe('eventPlan');
    expect(itemTypeOfDocId('profile')).toBe('community');
    expect(itemTypeOfDocId(reviewDocId('maris', session))).toBe('review');
    expect(itemTypeOfDocId('_design/x')).toBeNull();
  });

  it("name a comment's or a review's author, whatever characters the user name has", () => {
    for (const name of ['maris', 'a-b', 'māris', 'x.y@z', 'session-1', 'a-session']) {
      expect(authorOfDocId(commentDocId(name, uuid))).toBe(name);
      expect(authorOfDocId(reviewDocId(name, session))).toBe(name);
      expect(reviewedSessionOfDocId(reviewDocId(name, session))).toBe(session);
    }
  });

  it('name no author for an unsigned comment or anything else', () => {
    expect(commentDocId(null, uuid)).toBe(`comment-${uuid}`);
    expect(authorOfDocId(`comment-${uuid}`)).toBeNull();
    expect(authorOfDocId('comment-maris-1')).toBeNull();
    expect(authorOfDocId(`comment--${uuid}`)).toBeNull();
    expect(authorOfDocId(`need-maris-${uuid}`)).toBeNull();
    expect(authorOfDocId('review-maris-session-1')).toBeNull();
    expect(reviewedSessionOfDocId(`comment-maris-${uuid}`)).toBeNull();
  });

  it('fit their type as the server requires', () => {
    expect(docIdFitsType(`need-${uuid}`, 'need')).toBe(true);
    expect(docIdFitsType('profile', 'community')).toBe(true);
    expect(docIdFitsType(`comment-${uuid}`, 'comment')).toBe(true);
    expect(docIdFitsType(commentDocId('maris', uuid), 'comment')).toBe(true);
    expect(docIdFitsType(reviewDocId('maris', session), 'review')).toBe(true);
    expect(docIdFitsType(`need-${uuid}`, 'session')).toBe(false);
    expect(docIdFitsType('need-', 'need')).toBe(false);
    expect(docIdFitsType('need-a b', 'need')).toBe(false);
    expect(docIdFitsType(`need-${'x'.repeat(124)}`, 'need')).toBe(false);
    expect(docIdFitsType('comment-x', 'comment')).toBe(false);
    expect(docIdFitsType('profile', 'need')).toBe(false);
  });

  it('let only app-made sessions be reviewed', () => {
    expect(isReviewableSessionId(session)).toBe(true);
    expect(isReviewableSessionId('session-1')).toBe(false);
  });
});
