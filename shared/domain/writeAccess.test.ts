import { describe, expect, it } from 'vitest';
import { commentDocId, reviewDocId } from './docIds';
import { copyForUpload, mayWrite, type Writer } from './writeAccess';

// The item-level twin of the server's rules (the rules themselves are
// tested in shared/provision, where both are run over the same attacks).

const uuid = '00000000-0000-4000-8000-000000000001';
const sessionId = `session-${uuid}`;
const liga: Writer = { name: 'liga', role: 'leader' };
const maris: Writer = { name: 'maris', role: 'mentor' };
const anna: Writer = { name: 'anna', role: 'coordinator' };

const item = (docId: string, type: string, data: Record<string, unknown>, extra = {}) => ({
  docId,
  type,
  dataVersion: 0,
  createdAt: '2026-11-10T10:00:00.000Z',
  updatedAt: '2026-11-10T10:00:00.000Z',
  archivedAt: null,
  data,
  ...extra,
});
const comment = (author: string | null, authorRole: string, extra = {}) =>
  item(
    commentDocId(author, uuid),
    'comment',
    {
      targetDocId: sessionId,
      targetType: 'session',
      authorName: 'M',
      authorRole,
      body: 'Labi',
      createdAt: '2026-11-10T10:00:00.000Z',
    },
    extra,
  );
const session = (data = {}) =>
  item(sessionId, 'session', { date: '2026-11-10', notes: {}, status: 'shared', ...data });
const review = (author: string) =>
  item(reviewDocId(author, sessionId), 'review', {
    sessionDocId: sessionId,
    reviewerName: 'M',
    reviewedAt: '2026-11-26',
    sharedAt: '',
  });
const ok = (writer: Writer, before: unknown, after: unknown) =>
  mayWrite(writer, before as never, after as never).ok;

describe('what the app lets each person write in a community on the server', () => {
  it('a mentor: their own comments and reviews, created, edited and deleted', () => {
    expect(ok(maris, null, comment('maris', 'mentor'))).toBe(true);
    expect(
      ok(maris, comment('maris', 'mentor'), comment('maris', 'mentor', { updatedBy: 'maris' })),
    ).toBe(true);
    expect(ok(maris, comment('maris', 'mentor'), null)).toBe(true);
    expect(ok(maris, null, review('maris'))).toBe(true);
    expect(ok(maris, review('maris'), null)).toBe(true);
  });

  it('a mentor: nothing of the leader’s, nobody else’s comment, no other signature', () => {
    expect(ok(maris, null, comment('ilze', 'mentor'))).toBe(false);
    expect(ok(maris, null, comment('maris', 'leader'))).toBe(false);
    expect(ok(maris, comment('liga', 'leader'), null)).toBe(false);
    expect(ok(maris, session(), session({ status: 'reviewed' }))).toBe(false);
    expect(ok(maris, session(), null)).toBe(false);
    expect(ok(maris, null, item('need-1', 'need', { title: 'x' }))).toBe(false);
    expect(ok(maris, null, comment('maris', 'mentor', { updatedBy: 'liga' }))).toBe(false);
  });

  it('a leader: the records, their own comments, and an old review kept as it was', () => {
    expect(ok(liga, null, item('need-1', 'need', { title: 'x' }, { updatedBy: 'liga' }))).toBe(
      true,
    );
    expect(ok(liga, session(), null)).toBe(true);
    expect(ok(liga, null, comment('liga', 'leader'))).toBe(true);
    const legacy = session({ status: 'reviewed', reviewedBy: 'M', reviewedAt: 'x' });
    expect(ok(liga, legacy, { ...legacy, updatedAt: 'later' })).toBe(true);
    expect(ok(liga, session(), legacy)).toBe(false);
    expect(ok(liga, null, review('liga'))).toBe(false);
    expect(ok(liga, comment('maris', 'mentor'), null)).toBe(false);
    expect(ok(liga, null, comment(null, 'leader'))).toBe(false);
  });

  it('the coordinator, and someone with no role: nothing', () => {
    expect(ok(anna, null, comment('anna', 'coordinator'))).toBe(false);
    expect(ok({ name: 'x', role: null }, null, item('need-1', 'need', {}))).toBe(false);
    expect(ok(liga, null, null)).toBe(false);
  });
});

describe('uploading a workbook kept on this device', () => {
  it("signs everything with the leader's account, their comments in the id too", () => {
    const need = item('need-1', 'need', { title: 'x' }, { updatedBy: 'someone' });
    expect(copyForUpload(need, 'liga')).toEqual({ ...need, updatedBy: 'liga' });
    const unsigned = comment(null, 'mentor');
    expect(copyForUpload(unsigned, 'liga')).toEqual({
      ...unsigned,
      docId: commentDocId('liga', uuid),
      updatedBy: 'liga',
      data: { ...unsigned.data, authorRole: 'leader' },
    });
    const own = comment('liga', 'leader');
    expect(copyForUpload(own, 'liga')?.docId).toBe(own.docId);
    // What it gives the server is what the server takes from the leader.
    for (const copy of [copyForUpload(need, 'liga'), copyForUpload(unsigned, 'liga')])
      expect(ok(liga, null, copy)).toBe(true);
  });

  it('leaves behind what only someone else may write', () => {
    expect(copyForUpload(comment('maris', 'mentor'), 'liga')).toBeNull();
    expect(copyForUpload(review('maris'), 'liga')).toBeNull();
    expect(copyForUpload(item('comment-1', 'comment', {}), 'liga')).toBeNull();
  });
});
