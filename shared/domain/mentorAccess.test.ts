import { describe, expect, it } from 'vitest';
import { itemTypeOfDocId } from '../db/schemas/item.schema';
import { mentorMayWrite, type WrittenItem } from './mentorAccess';

const comment = (authorRole: string, body = 'Labi'): WrittenItem => ({
  type: 'comment',
  archivedAt: null,
  data: { targetDocId: 'session-1', targetType: 'session', authorName: 'M', authorRole, body },
});
const session = (data: Record<string, unknown> = {}, archivedAt: string | null = null) => ({
  type: 'session',
  archivedAt,
  data: { date: '2026-11-10', notes: { type: 'doc', content: [] }, status: 'shared', ...data },
});

describe('what a mentor may write', () => {
  it('creates, edits and deletes comments signed as a mentor', () => {
    expect(mentorMayWrite(null, comment('mentor'))).toBe(true);
    expect(mentorMayWrite(comment('mentor'), comment('mentor', 'Labāk'))).toBe(true);
    expect(mentorMayWrite(comment('mentor'), null)).toBe(true);
  });

  it('never touches a comment signed as a leader, nor signs one as a leader', () => {
    expect(mentorMayWrite(null, comment('leader'))).toBe(false);
    expect(mentorMayWrite(comment('leader'), comment('mentor'))).toBe(false);
    expect(mentorMayWrite(comment('mentor'), comment('leader'))).toBe(false);
    expect(mentorMayWrite(comment('leader'), null)).toBe(false);
  });

  it('marks a shared session reviewed, with who and when', () => {
    const after = session({ status: 'reviewed', reviewedAt: '2026-11-26', reviewedBy: 'M' });
    expect(mentorMayWrite(session(), after)).toBe(true);
    expect(mentorMayWrite(after, session({ status: 'shared' }))).toBe(true);
  });

  it('refuses any other change to a session', () => {
    expect(mentorMayWrite(session({ status: 'draft' }), session({ status: 'reviewed' }))).toBe(
      false,
    );
    expect(mentorMayWrite(session(), session({ status: 'draft' }))).toBe(false);
    expect(
      mentorMayWrite(session(), session({ notes: { type: 'doc', content: [{ type: 'p' }] } })),
    ).toBe(false);
    expect(mentorMayWrite(session(), session({}, '2026-11-26T00:00:00Z'))).toBe(false);
    expect(mentorMayWrite(session(), session({ topics: 'jauns' }))).toBe(false);
    expect(mentorMayWrite(session(), null)).toBe(false);
  });

  it('refuses creating or changing anything else', () => {
    const need = { type: 'need', data: { title: 'Soliņi' } };
    expect(mentorMayWrite(null, need)).toBe(false);
    expect(mentorMayWrite(need, { ...need, data: { title: 'Soli' } })).toBe(false);
    expect(mentorMayWrite(need, null)).toBe(false);
    expect(mentorMayWrite(null, session())).toBe(false);
    expect(mentorMayWrite(null, null)).toBe(false);
  });
});

describe('the kind of a refused document', () => {
  it('comes from its docId', () => {
    expect(itemTypeOfDocId('session-1b2c')).toBe('session');
    expect(itemTypeOfDocId('eventPlan-9')).toBe('eventPlan');
    expect(itemTypeOfDocId('profile')).toBe('community');
    expect(itemTypeOfDocId('_design/x')).toBeNull();
  });
});
