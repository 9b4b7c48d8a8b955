import { isOverdue, readAction } from './action';
import { planDateRange, readEventPlan } from './eventPlan';
import { readNeed } from './need';
import { readReview, sessionReviewState, type ReviewRecord } from './review';
import { readSession } from './session';

/**
 * The mentor's review queue across the communities they mentor (issue #7):
 * sessions shared and not yet reviewed, new needs, upcoming events and
 * overdue agreed actions.
 */

/** A need counts as new for this many days after it was written down. */
export const newNeedDays = 14;
/** Events starting within this many days are upcoming. */
export const upcomingEventDays = 30;

/** What the queue reads of a stored item (an `items` document). */
export type QueueSourceItem = {
  communityId: string;
  docId: string;
  type: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string | null;
  data: unknown;
};

export type QueueSession = {
  communityId: string;
  docId: string;
  date: string;
  topics: string;
  /** When the leader last changed it: the best guess of when it was shared. */
  updatedAt: string;
};
export type QueueNeed = {
  communityId: string;
  docId: string;
  title: string;
  createdAt: string;
  /** Written down since the mentor's previous visit to the queue. */
  sinceLastVisit: boolean;
};
export type QueueEvent = {
  communityId: string;
  docId: string;
  title: string;
  first: string;
  place: string;
};
export type QueueAction = {
  communityId: string;
  docId: string;
  title: string;
  assignee: string;
  dueDate: string;
  sessionId: string;
};

export type ReviewQueue = {
  sessions: QueueSession[];
  needs: QueueNeed[];
  events: QueueEvent[];
  overdue: QueueAction[];
};

export type ReviewQueueOptions = {
  /** Only these communities count (those the user mentors). */
  communityIds: readonly string[];
  /** Today as `YYYY-MM-DD` in the user's time zone. */
  today: string;
  /** Now, as an ISO time. */
  now: string;
  /** When the mentor opened the queue before this visit; null on the first visit. */
  lastVisit: string | null;
};

/** `YYYY-MM-DD` plus a number of days, in calendar days (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isNewNeed(createdAt: string, options: ReviewQueueOptions): boolean {
  const created = Date.parse(createdAt);
  if (Number.isNaN(created)) return false;
  const cutoff = Date.parse(options.now) - newNeedDays * 24 * 60 * 60 * 1000;
  return created >= cutoff;
}

function sinceLastVisit(createdAt: string, lastVisit: string | null): boolean {
  if (!lastVisit) return true;
  const created = Date.parse(createdAt);
  const seen = Date.parse(lastVisit);
  return !Number.isNaN(created) && !Number.isNaN(seen) && created > seen;
}

/**
 * Sorts the items of the mentored communities into the queue's four
 * sections. Archived items are left out. Sessions wait oldest first, needs
 * newest first, events and overdue actions by date.
 */
export function buildReviewQueue(
  items: readonly QueueSourceItem[],
  options: ReviewQueueOptions,
): ReviewQueue {
  const communities = new Set(options.communityIds);
  const lastEventDay = addDays(options.today, upcomingEventDays);
  const queue: ReviewQueue = { sessions: [], needs: [], events: [], overdue: [] };
  const reviews = new Map<string, ReviewRecord[]>();
  for (const item of items) {
    if (item.type !== 'review' || !communities.has(item.communityId)) continue;
    const record = { docId: item.docId, review: readReview(item.data) };
    const key = `${item.communityId}|${record.review.sessionDocId}`;
    reviews.set(key, [...(reviews.get(key) ?? []), record]);
  }
  for (const item of items) {
    if (!communities.has(item.communityId) || item.archivedAt) continue;
    const { communityId, docId } = item;
    if (item.type === 'session') {
      const session = readSession(item.data);
      const state = sessionReviewState(
        session,
        docId,
        reviews.get(`${communityId}|${docId}`) ?? [],
      );
      if (state.status !== 'shared') continue;
      queue.sessions.push({
        communityId,
        docId,
        date: session.date,
        topics: session.topics,
        updatedAt: item.updatedAt,
      });
    } else if (item.type === 'need') {
      if (!isNewNeed(item.createdAt, options)) continue;
      const need = readNeed(item.data);
      queue.needs.push({
        communityId,
        docId,
        title: need.title,
        createdAt: item.createdAt,
        sinceLastVisit: sinceLastVisit(item.createdAt, options.lastVisit),
      });
    } else if (item.type === 'eventPlan') {
      const plan = readEventPlan(item.data);
      const range = planDateRange(plan);
      if (!range || range.first < options.today || range.first > lastEventDay) continue;
      queue.events.push({
        communityId,
        docId,
        title: plan.title,
        first: range.first,
        place: plan.place,
      });
    } else if (item.type === 'action') {
      const action = readAction(item.data);
      if (!isOverdue(action, options.today)) continue;
      queue.overdue.push({
        communityId,
        docId,
        title: action.title,
        assignee: action.assignee,
        dueDate: action.dueDate,
        sessionId: action.sessionId,
      });
    }
  }
  const byId = (a: { docId: string }, b: { docId: string }) => a.docId.localeCompare(b.docId);
  queue.sessions.sort((a, b) => a.date.localeCompare(b.date) || byId(a, b));
  queue.needs.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || byId(a, b));
  queue.events.sort((a, b) => a.first.localeCompare(b.first) || byId(a, b));
  queue.overdue.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || byId(a, b));
  return queue;
}

/** How many entries the queue holds in all. */
export function queueSize(queue: ReviewQueue): number {
  return queue.sessions.length + queue.needs.length + queue.events.length + queue.overdue.length;
}
