import { describe, expect, it } from 'vitest';
import { reviewDocId } from './docIds';
import {
  addDays,
  buildReviewQueue,
  queueSize,
  type QueueSourceItem,
  type ReviewQueueOptions,
} from './reviewQueue';

const options: ReviewQueueOptions = {
  communityIds: ['olaine', 'marupe'],
  today: '2026-11-26',
  now: '2026-11-26T10:00:00.000Z',
  lastVisit: '2026-11-20T10:00:00.000Z',
};

let n = 0;
const item = (patch: Partial<QueueSourceItem> & Pick<QueueSourceItem, 'type' | 'data'>) => ({
  communityId: 'olaine',
  docId: `${patch.type}-${++n}`,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  archivedAt: null,
  ...patch,
});
const session = (status: string, date = '2026-11-10', patch: Partial<QueueSourceItem> = {}) =>
  item({ type: 'session', data: { date, status, topics: 'Budžets', notes: {} }, ...patch });
const need = (createdAt: string, patch: Partial<QueueSourceItem> = {}) =>
  item({ type: 'need', createdAt, data: { title: `Vajadzība ${createdAt}` }, ...patch });
const plan = (dates: string[], patch: Partial<QueueSourceItem> = {}) =>
  item({
    type: 'eventPlan',
    data: {
      title: `Pasākums ${dates.join(',')}`,
      place: 'Tautas nams',
      days: dates.map((date, i) => ({ id: `d${i}`, date })),
    },
    ...patch,
  });
const action = (dueDate: string, status = 'open', patch: Partial<QueueSourceItem> = {}) =>
  item({
    type: 'action',
    data: { sessionId: 'session-1', title: `Solis ${dueDate}`, assignee: 'Līga', dueDate, status },
    ...patch,
  });

describe('the review queue', () => {
  it('lists shared sessions only, oldest session first', () => {
    const later = session('shared', '2026-11-20');
    const earlier = session('shared', '2026-11-03', { communityId: 'marupe' });
    const queue = buildReviewQueue(
      [session('draft'), session('reviewed'), later, earlier],
      options,
    );
    expect(queue.sessions.map((s) => s.docId)).toEqual([earlier.docId, later.docId]);
    expect(queue.sessions[0]).toMatchObject({ communityId: 'marupe', date: '2026-11-03' });
  });

  it('leaves out sessions a mentor reviewed, until the leader shares them again', () => {
    const reviewed = session('shared', '2026-11-10', {
      docId: 'session-00000000-0000-4000-8000-000000000001',
      data: { date: '2026-11-10', status: 'shared', sharedAt: 'first' },
    });
    const sharedAgain = session('shared', '2026-11-12', {
      docId: 'session-00000000-0000-4000-8000-000000000002',
      data: { date: '2026-11-12', status: 'shared', sharedAt: 'second' },
    });
    const reviewOf = (docId: string, sharedAt: string, communityId = 'olaine') =>
      item({
        type: 'review',
        communityId,
        docId: reviewDocId('maris', docId),
        data: { sessionDocId: docId, reviewerName: 'Māris', reviewedAt: '2026-11-20', sharedAt },
      });
    const queue = buildReviewQueue(
      [
        reviewed,
        sharedAgain,
        reviewOf(reviewed.docId, 'first'),
        reviewOf(sharedAgain.docId, 'first'),
        // A review in another community says nothing about this one.
        reviewOf(sharedAgain.docId, 'second', 'kekava'),
      ],
      options,
    );
    expect(queue.sessions.map((s) => s.docId)).toEqual([sharedAgain.docId]);
  });

  it('leaves out communities the user does not mentor and archived items', () => {
    const queue = buildReviewQueue(
      [
        session('shared', '2026-11-10', { communityId: 'kekava' }),
        session('shared', '2026-11-10', { archivedAt: '2026-11-11T00:00:00Z' }),
        action('2026-11-01', 'open', { communityId: 'kekava' }),
      ],
      options,
    );
    expect(queueSize(queue)).toBe(0);
  });

  it('counts needs from the last 14 days as new, newest first, marking those since the last visit', () => {
    const old = need('2026-11-11T09:59:00.000Z');
    const edge = need('2026-11-12T10:00:00.000Z');
    const beforeVisit = need('2026-11-19T08:00:00.000Z');
    const afterVisit = need('2026-11-25T08:00:00.000Z');
    const queue = buildReviewQueue([old, edge, beforeVisit, afterVisit], options);
    expect(queue.needs.map((x) => x.docId)).toEqual([
      afterVisit.docId,
      beforeVisit.docId,
      edge.docId,
    ]);
    expect(queue.needs.map((x) => x.sinceLastVisit)).toEqual([true, false, false]);
  });

  it('marks every new need as new on the first visit', () => {
    const queue = buildReviewQueue([need('2026-11-19T08:00:00.000Z')], {
      ...options,
      lastVisit: null,
    });
    expect(queue.needs[0]?.sinceLastVisit).toBe(true);
  });

  it('lists events starting today up to 30 days ahead, by first day', () => {
    const past = plan(['2026-11-25']);
    const today = plan(['2026-11-26']);
    const edge = plan(['2026-12-26']);
    const tooFar = plan(['2026-12-27']);
    const multi = plan(['2026-12-05', '2026-12-01']);
    const noDay = plan([]);
    const queue = buildReviewQueue([past, tooFar, edge, multi, today, noDay], options);
    expect(queue.events.map((e) => e.docId)).toEqual([today.docId, multi.docId, edge.docId]);
    expect(queue.events[1]).toMatchObject({ first: '2026-12-01', place: 'Tautas nams' });
  });

  it('lists open actions whose day has passed, earliest first', () => {
    const dueToday = action('2026-11-26');
    const late = action('2026-11-20');
    const later = action('2026-10-01');
    const done = action('2026-10-01', 'done');
    const noDate = action('');
    const queue = buildReviewQueue([dueToday, late, later, done, noDate], options);
    expect(queue.overdue.map((a) => a.docId)).toEqual([later.docId, late.docId]);
    expect(queue.overdue[0]).toMatchObject({ assignee: 'Līga', sessionId: 'session-1' });
  });

  it('reads documents that do not fit without throwing', () => {
    const queue = buildReviewQueue(
      [
        item({ type: 'session', data: null }),
        item({ type: 'eventPlan', data: 'x' }),
        item({ type: 'need', createdAt: 'not a date', data: {} }),
        item({ type: 'comment', data: {} }),
      ],
      options,
    );
    expect(queueSize(queue)).toBe(0);
  });
});

describe('dates', () => {
  it('adds calendar days across months and years', () => {
    expect(addDays('2026-11-26', 30)).toBe('2026-12-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
