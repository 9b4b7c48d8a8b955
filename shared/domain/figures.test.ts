import { describe, expect, it } from 'vitest';
import { emptyReport, type EventPlan } from './eventPlan';
import {
  addFigures,
  computeFigures,
  emptyFigures,
  figureKeys,
  hasFigures,
  inPeriod,
  periodFor,
  type FigureItem,
} from './figures';

const today = '2026-06-15';
let serial = 0;

function item(
  communityId: string,
  type: FigureItem['type'],
  data: Record<string, unknown>,
  extra: Partial<FigureItem> = {},
): FigureItem {
  serial += 1;
  return {
    communityId,
    docId: type === 'community' ? 'profile' : `${type}-${serial}`,
    type,
    createdAt: '2026-03-10T12:00:00.000Z',
    archivedAt: null,
    data,
    ...extra,
  };
}

const community = (id: string, name: string, extra: Partial<FigureItem> = {}) =>
  item(
    id,
    'community',
    { name, municipality: 'olaine', neighbourhood: '', description: '' },
    extra,
  );

function plan(changes: Partial<EventPlan> & { day?: string; participants?: number | null }) {
  const { day = '2026-05-01', participants = null, ...rest } = changes;
  return {
    kind: 'community',
    title: 'Talka',
    goals: '',
    status: 'idea',
    place: '',
    audience: '',
    expectedParticipants: null,
    needIds: [],
    days: [{ id: 'd1', date: day }],
    agenda: [],
    tasks: [],
    partners: [],
    budget: [],
    ideas: [],
    report: { ...emptyReport(), actualParticipants: participants },
    ...rest,
  };
}

const need = (status: string, ratings: { assessmentId: string }[] = []) => ({
  title: 'Apgaismojums',
  status,
  ratings: ratings.map((r) => ({ ...r, urgency: 3, impact: 3, feasibility: 3 })),
});

const action = (status: string, dueDate: string, doneOn?: string) => ({
  sessionId: 'session-1',
  title: 'Zvanīt',
  assignee: '',
  status,
  dueDate,
  carriedTo: [],
  ...(doneOn === undefined ? {} : { doneOn }),
});

const figuresOf = (items: FigureItem[], period?: { from: string | null; to: string | null }) =>
  computeFigures(items, { today, ...(period ? { period } : {}) });

describe('computeFigures', () => {
  it('gives nothing for nothing, and zeros for a community with nothing yet', () => {
    const none = figuresOf([]);
    expect(none.communities).toEqual([]);
    expect(none.total).toEqual(emptyFigures());
    expect(hasFigures(none.total)).toBe(false);

    const one = figuresOf([community('a', 'Baloži')]);
    expect(one.communities).toHaveLength(1);
    expect(one.communities[0]).toMatchObject({ communityId: 'a', name: 'Baloži' });
    expect(one.total).toEqual(emptyFigures());
  });

  it('counts events as held by status, by a reported count, or when confirmed and past', () => {
    const items = [
      community('a', 'A'),
      item('a', 'eventPlan', plan({ status: 'done', participants: 40 })),
      item('a', 'eventPlan', plan({ status: 'reported', kind: 'forum', participants: 25 })),
      item('a', 'eventPlan', plan({ status: 'planning', participants: 0 })),
      item('a', 'eventPlan', plan({ status: 'confirmed', day: '2026-06-14' })),
      // Not held: confirmed but today or later; planned or an idea in the past.
      item('a', 'eventPlan', plan({ status: 'confirmed', day: today })),
      item('a', 'eventPlan', plan({ status: 'planning', day: '2026-01-05' })),
      item('a', 'eventPlan', plan({ status: 'idea', day: '2025-12-01' })),
    ];
    const { total } = figuresOf(items);
    expect(total.eventsHeld).toBe(4);
    expect(total.participants).toBe(65);
    expect(total.eventsWithoutCount).toBe(1);
    expect(total.eventsByKind).toEqual({ community: 3, forum: 1, trip: 0, closing: 0, other: 0 });
  });

  it('a multi-day confirmed event is held only once its last day has passed', () => {
    const days = (last: string) => [
      { id: 'd1', date: '2026-06-13' },
      { id: 'd2', date: last },
    ];
    const items = [
      community('a', 'A'),
      item('a', 'eventPlan', plan({ status: 'confirmed', days: days('2026-06-15') })),
      item('a', 'eventPlan', plan({ status: 'confirmed', days: days('2026-06-14') })),
    ];
    expect(figuresOf(items).total.eventsHeld).toBe(1);
  });

  it('counts needs identified, addressed (in progress or solved) and solved', () => {
    const items = [
      community('a', 'A'),
      ...['identified', 'planned', 'inProgress', 'solved', 'solved', 'dropped'].map((status) =>
        item('a', 'need', need(status)),
      ),
    ];
    const { total } = figuresOf(items);
    expect(total.needsIdentified).toBe(6);
    expect(total.needsAddressed).toBe(3);
    expect(total.needsSolved).toBe(2);
  });

  it('counts sessions up to and including today as held', () => {
    const items = [
      community('a', 'A'),
      item('a', 'session', { date: '2026-06-14' }),
      item('a', 'session', { date: today }),
      item('a', 'session', { date: '2026-06-16' }),
      item('a', 'session', { date: 'someday' }),
    ];
    expect(figuresOf(items).total.sessionsHeld).toBe(2);
  });

  it('judges actions on time on the due day itself and late the day after', () => {
    const items = [
      community('a', 'A'),
      item('a', 'action', action('done', '2026-05-10', '2026-05-09')),
      item('a', 'action', action('done', '2026-05-10', '2026-05-10')),
      item('a', 'action', action('done', '2026-05-10', '2026-05-11')),
      item('a', 'action', action('done', '', '2026-05-11')),
      item('a', 'action', action('done', '2026-05-10')),
      item('a', 'action', action('done', '2026-05-10', 'soon')),
      item('a', 'action', action('open', '2026-06-14')),
      item('a', 'action', action('open', today)),
      item('a', 'action', action('open', '')),
      item('a', 'action', action('dropped', '2026-01-01')),
    ];
    const { total } = figuresOf(items);
    expect(total).toMatchObject({
      actionsOnTime: 2,
      actionsLate: 1,
      actionsDoneUndated: 3,
      actionsOverdue: 1,
      actionsOpen: 2,
      actionsDropped: 1,
    });
  });

  it('leaves out archived and deleted items, and archived communities with everything in them', () => {
    const archivedAt = '2026-04-01T00:00:00.000Z';
    const items = [
      community('a', 'A'),
      item('a', 'need', need('solved')),
      item('a', 'need', need('solved'), { archivedAt }),
      item('a', 'need', need('solved'), { _deleted: true }),
      item('a', 'session', { date: '2026-01-01' }, { archivedAt }),
      item('a', 'session', { date: '2026-01-01' }, { _deleted: true }),
      item('a', 'eventPlan', plan({ status: 'done', participants: 9 }), { _deleted: true }),
      item('a', 'action', action('open', '2026-01-01'), { archivedAt }),
      community('old', 'Uploaded', { archivedAt }),
      item('old', 'need', need('solved')),
      community('gone', 'Deleted', { _deleted: true }),
      item('gone', 'session', { date: '2026-01-01' }),
      // Items of a community whose profile has not arrived yet.
      item('unknown', 'need', need('identified')),
    ];
    const result = figuresOf(items);
    expect(result.communities.map((c) => c.communityId)).toEqual(['a']);
    expect(result.total).toEqual({
      ...emptyFigures(),
      needsIdentified: 1,
      needsAddressed: 1,
      needsSolved: 1,
    });
  });

  it('gives each community its own figures, by name, and totals that add up', () => {
    const items = [
      community('b', 'Ķekavas kopiena'),
      community('a', 'Baložu kopiena'),
      community('c', 'Ādažu kopiena'),
      community('d', ''),
      item('a', 'need', need('solved')),
      item('a', 'session', { date: '2026-02-01' }),
      item('a', 'eventPlan', plan({ status: 'done', participants: 12 })),
      item('b', 'need', need('identified')),
      item('b', 'need', need('inProgress')),
      item('b', 'session', { date: '2026-03-01' }),
      item('b', 'session', { date: '2026-04-01' }),
      item('b', 'action', action('done', '2026-04-10', '2026-04-12')),
      item('b', 'eventPlan', plan({ status: 'reported', kind: 'trip', participants: 30 })),
      item('d', 'session', { date: '2026-04-01' }),
    ];
    const result = figuresOf(items);
    // Latvian order: Ā with A, before B and Ķ; a community without a name last.
    expect(result.communities.map((c) => c.name)).toEqual([
      'Ādažu kopiena',
      'Baložu kopiena',
      'Ķekavas kopiena',
      '',
    ]);
    const [c, a, b, d] = result.communities.map((x) => x.figures);
    expect(c).toEqual(emptyFigures());
    expect(a).toMatchObject({
      needsIdentified: 1,
      needsSolved: 1,
      sessionsHeld: 1,
      participants: 12,
    });
    expect(b).toMatchObject({
      needsIdentified: 2,
      needsAddressed: 1,
      sessionsHeld: 2,
      actionsLate: 1,
      participants: 30,
    });
    expect(d).toMatchObject({ sessionsHeld: 1 });
    for (const key of figureKeys) {
      expect(result.total[key], key).toBe(a![key] + b![key] + c![key] + d![key]);
    }
    expect(result.total.eventsByKind.trip).toBe(1);
    expect(result.total.eventsHeld).toBe(2);
  });

  it('counts only what falls in the period', () => {
    const items = [
      community('a', 'A'),
      item('a', 'assessment', { title: 'Sapulce', date: '2025-11-20' }, { docId: 'assessment-x' }),
      // Identified at a 2025 assessment although entered in 2026.
      item('a', 'need', need('identified', [{ assessmentId: 'assessment-x' }])),
      // No known assessment: the day it was entered counts.
      item('a', 'need', need('identified', [{ assessmentId: 'assessment-missing' }])),
      item('a', 'session', { date: '2025-12-31' }),
      item('a', 'session', { date: '2026-01-01' }),
      item('a', 'eventPlan', plan({ status: 'done', participants: 5, day: '2025-06-01' })),
      item('a', 'eventPlan', plan({ status: 'done', participants: 7, day: '2026-05-01' })),
      item('a', 'action', action('done', '2025-12-01', '2025-11-30')),
      item('a', 'action', action('open', '2026-02-01')),
    ];
    const thisYear = figuresOf(items, periodFor('thisYear', today));
    expect(thisYear.total).toMatchObject({
      needsIdentified: 1,
      sessionsHeld: 1,
      eventsHeld: 1,
      participants: 7,
      actionsOnTime: 0,
      actionsOverdue: 1,
    });
    const lastYear = figuresOf(items, periodFor('lastYear', today));
    expect(lastYear.total).toMatchObject({
      needsIdentified: 1,
      sessionsHeld: 1,
      eventsHeld: 1,
      participants: 5,
      actionsOnTime: 1,
      actionsOverdue: 0,
    });
    const all = figuresOf(items);
    for (const key of figureKeys) {
      expect(all.total[key], key).toBe(thisYear.total[key] + lastYear.total[key]);
    }
  });
});

describe('periods', () => {
  it('includes both ends and leaves undated things to all time', () => {
    const may = { from: '2026-05-01', to: '2026-05-31' };
    expect(inPeriod('2026-05-01', may)).toBe(true);
    expect(inPeriod('2026-05-31', may)).toBe(true);
    expect(inPeriod('2026-04-30', may)).toBe(false);
    expect(inPeriod('2026-06-01', may)).toBe(false);
    expect(inPeriod('', may)).toBe(false);
    expect(inPeriod('', { from: null, to: null })).toBe(true);
    expect(inPeriod('1999-01-01', { from: null, to: '2026-01-01' })).toBe(true);
    expect(inPeriod('2030-01-01', { from: '2026-01-01', to: null })).toBe(true);
  });

  it('turns a choice into days', () => {
    expect(periodFor('all', today)).toEqual({ from: null, to: null });
    expect(periodFor('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodFor('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const custom = { from: '2026-02-01', to: null };
    expect(periodFor('custom', today, custom)).toBe(custom);
  });

  it('adds figures key by key', () => {
    const one = { ...emptyFigures(), eventsHeld: 2 };
    one.eventsByKind.forum = 2;
    const sum = addFigures(addFigures(emptyFigures(), one), one);
    expect(sum.eventsHeld).toBe(4);
    expect(sum.eventsByKind.forum).toBe(4);
  });
});
