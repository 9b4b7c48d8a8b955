import { describe, expect, it } from 'vitest';
import {
  commentSchema,
  readComment,
  readMarkerKey,
  sortComments,
  unreadComments,
  unreadCountByTarget,
  type Comment,
} from './comment';

const comment = (patch: Partial<Comment>): Comment => ({
  targetDocId: 'session-1',
  targetType: 'session',
  authorName: 'Mentore Anna',
  authorRole: 'mentor',
  body: 'Labi padarīts!',
  createdAt: '2026-11-26T10:00:00.000Z',
  ...patch,
});

describe('comments', () => {
  it('needs an author and a text', () => {
    expect(commentSchema.safeParse(comment({})).success).toBe(true);
    expect(commentSchema.safeParse(comment({ authorName: ' ' })).success).toBe(false);
    expect(commentSchema.safeParse(comment({ body: '' })).success).toBe(false);
    expect(commentSchema.safeParse(comment({ body: 'x'.repeat(4001) })).success).toBe(false);
  });

  it('reads anything without throwing', () => {
    expect(readComment(undefined)).toMatchObject({ body: '', authorRole: 'leader' });
    expect(readComment({ body: '<script>', authorRole: 'admin', targetType: 'x' })).toMatchObject({
      body: '<script>',
      authorRole: 'leader',
      targetType: 'session',
    });
  });

  it('sorts oldest first and finds the unread ones', () => {
    const a = { docId: 'comment-a', comment: comment({ createdAt: '2026-11-26T12:00:00Z' }) };
    const b = { docId: 'comment-b', comment: comment({ createdAt: '2026-11-26T09:00:00Z' }) };
    const c = {
      docId: 'comment-c',
      comment: comment({ targetDocId: 'need-1', createdAt: '2026-11-26T10:00:00Z' }),
    };
    expect(sortComments([a, b, c]).map((x) => x.docId)).toEqual([
      'comment-b',
      'comment-c',
      'comment-a',
    ]);
    const read = new Set([readMarkerKey('comment-a')]);
    expect(unreadComments([a, b, c], read)).toEqual([b, c]);
    expect([...unreadCountByTarget([a, b, c], read)]).toEqual([
      ['session-1', 1],
      ['need-1', 1],
    ]);
  });
});
