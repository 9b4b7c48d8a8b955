import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  actionsOfSession,
  actionsToCarryOver,
  dateBucket,
  filterActions,
  groupActionsByDate,
  groupActionsByPerson,
  isOverdue,
  localIsoDate,
  readAction,
  type Action,
  type ActionRecord,
} from './action';

const action = (patch: Partial<Action>): Action => ({
  sessionId: 'session-1',
  title: 'Zvanīt domei',
  assignee: '',
  dueDate: '',
  status: 'open',
  carriedTo: [],
  ...patch,
});
let n = 0;
const rec = (patch: Partial<Action>, createdAt = `2026-01-0${(n++ % 9) + 1}T00:00:00Z`) => ({
  docId: `action-${n}`,
  createdAt,
  action: action(patch),
});

describe('isOverdue', () => {
  it('is open and due before today, in local dates', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-25' }, '2026-11-26')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-11-26' }, '2026-11-26')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '' }, '2026-11-26')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-11-26')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2026-01-01' }, '2026-11-26')).toBe(false);
  });

  it('takes today from the local calendar, not UTC', () => {
    // 00:30 local time on 1 March: in UTC it may still be 28 February.
    expect(localIsoDate(new Date(2026, 2, 1, 0, 30))).toBe('2026-03-01');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('actionSchema and readAction', () => {
  it('refuses an empty title and impossible dates', () => {
    expect(actionSchema.safeParse(action({ title: '  ' })).success).toBe(false);
    expect(actionSchema.safeParse(action({ dueDate: '2026-02-30' })).success).toBe(false);
    expect(actionSchema.safeParse(action({ dueDate: '2026-02-28' })).success).toBe(true);
  });

  it('reads anything without throwing', () => {
    expect(readAction(null)).toMatchObject({ title: '', status: 'open', carriedTo: [] });
    expect(
      readAction({ title: 5, status: 'weird', dueDate: 'tomorrow', carriedTo: [1, 's2'] }),
    ).toEqual({
      sessionId: '',
      title: '',
      assignee: '',
      dueDate: '',
      status: 'open',
      carriedTo: ['s2'],
    });
    expect(readAction({ needId: 'need-1', status: 'done' })).toMatchObject({
      needId: 'need-1',
      status: 'done',
    });
  });
});

describe('carry-over', () => {
  const sessions = [
    { docId: 's1', createdAt: '2026-01-01T10:00:00Z', date: '2026-01-10' },
    { docId: 's2', createdAt: '2026-02-01T10:00:00Z', date: '2026-02-10' },
    { docId: 's3', createdAt: '2026-03-01T10:00:00Z', date: '2026-03-10' },
  ];
  const s2 = sessions[1]!;

  it('offers open actions from earlier sessions not yet reviewed in this one', () => {
    const open1 = rec({ sessionId: 's1', title: 'open from s1' });
    const done1 = rec({ sessionId: 's1', status: 'done' });
    const dropped1 = rec({ sessionId: 's1', status: 'dropped' });
    const kept = rec({ sessionId: 's1', carriedTo: ['s2'] });
    const own = rec({ sessionId: 's2' });
    const later = rec({ sessionId: 's3' });
    const orphan = rec({ sessionId: 'gone' });
    const offered = actionsToCarryOver(
      [open1, done1, dropped1, kept, own, later, orphan],
      s2,
      sessions,
    );
    expect(offered.map((a) => a.docId)).toEqual([open1.docId]);
  });

  it('lists carried-over actions with the session’s own ones', () => {
    const kept = rec({ sessionId: 's1', carriedTo: ['s2'] });
    const own = rec({ sessionId: 's2', dueDate: '2026-02-01' });
    const other = rec({ sessionId: 's1' });
    expect(actionsOfSession([kept, own, other], 's2').map((a) => a.docId)).toEqual([
      own.docId,
      kept.docId,
    ]);
  });

  it('orders sessions on the same day by creation', () => {
    const first = { docId: 'a', createdAt: '2026-01-01T08:00:00Z', date: '2026-01-10' };
    const second = { docId: 'b', createdAt: '2026-01-01T09:00:00Z', date: '2026-01-10' };
    const fromFirst = rec({ sessionId: 'a' });
    const fromSecond = rec({ sessionId: 'b' });
    expect(actionsToCarryOver([fromFirst, fromSecond], second, [first, second])).toEqual([
      fromFirst,
    ]);
    expect(actionsToCarryOver([fromFirst, fromSecond], first, [first, second])).toEqual([]);
  });
});

describe('filters and groups', () => {
  const today = '2026-11-26';
  const overdue = rec({ assignee: 'Ilze', dueDate: '2026-11-25' });
  const dueToday = rec({ assignee: 'ilze ', dueDate: today });
  const thisWeek = rec({ assignee: 'Āris', dueDate: '2026-12-03' });
  const later = rec({ assignee: 'Zane', dueDate: '2026-12-04' });
  const undated = rec({ assignee: '' });
  const done = rec({ assignee: 'Zane', dueDate: '2026-01-01', status: 'done' });
  const dropped = rec({ assignee: 'Zane', status: 'dropped' });
  const all: ActionRecord[] = [later, done, undated, thisWeek, dueToday, overdue, dropped];

  it('filters open, overdue and done', () => {
    expect(filterActions(all, 'open', today)).toEqual([
      overdue,
      dueToday,
      thisWeek,
      later,
      undated,
    ]);
    expect(filterActions(all, 'overdue', today)).toEqual([overdue]);
    expect(filterActions(all, 'done', today)).toEqual([done, dropped]);
  });

  it('groups by person in Latvian order, ignoring case, unassigned last', () => {
    const groups = groupActionsByPerson(filterActions(all, 'open', today));
    expect(groups.map((g) => g.key)).toEqual(['Āris', 'Ilze', 'Zane', '']);
    expect(groups[1]!.actions).toEqual([overdue, dueToday]);
  });

  it('groups by date', () => {
    expect(dateBucket(done.action, today)).toBe('past');
    const groups = groupActionsByDate(all, today);
    expect(groups.map((g) => [g.key, g.actions.length])).toEqual([
      ['overdue', 1],
      ['today', 1],
      ['week', 1],
      ['later', 1],
      ['past', 1],
      ['noDate', 2],
    ]);
  });
});
