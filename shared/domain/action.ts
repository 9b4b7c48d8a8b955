import { z } from 'zod';
import { isoDateSchema } from './session';

/** An agreed action is open until it is done or dropped. */
export const actionStatuses = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionLimits = { title: 300, assignee: 120 } as const;

/**
 * An agreed action: what, who, by when. Its own document, linked to the
 * session where it was agreed and optionally to a need or an event plan
 * (the link lives here, on the linking side). `carriedTo` lists later
 * sessions in which it was reviewed and kept open.
 */
export const actionSchema = z.object({
  sessionId: z.string().min(1).max(128),
  title: z.string().trim().min(1).max(actionLimits.title),
  assignee: z.string().trim().max(actionLimits.assignee),
  dueDate: z.union([z.literal(''), isoDateSchema]),
  status: z.enum(actionStatuses),
  needId: z.string().max(128).optional(),
  eventPlanId: z.string().max(128).optional(),
  carriedTo: z.array(z.string().max(128)).max(200),
  /** The day it was marked done, for "done on time" in the programme's figures; '' once reopened. */
  doneOn: z.union([z.literal(''), isoDateSchema]).optional(),
});
export type Action = z.infer<typeof actionSchema>;

/** What the add-action form edits. */
export const actionInputSchema = actionSchema.pick({ title: true, assignee: true, dueDate: true });
export type ActionInput = z.infer<typeof actionInputSchema>;

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';
const optionalId = (value: unknown) =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, 128) : undefined;

/** Reads a stored or synced action leniently, never throwing. */
export function readAction(data: unknown): Action {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const due = isoDateSchema.safeParse(raw.dueDate);
  const action: Action = {
    sessionId: text(raw.sessionId, 128),
    title: text(raw.title, actionLimits.title),
    assignee: text(raw.assignee, actionLimits.assignee),
    dueDate: due.success ? due.data : '',
    status: actionStatuses.find((s) => s === raw.status) ?? 'open',
    carriedTo: Array.isArray(raw.carriedTo)
      ? raw.carriedTo.filter((id): id is string => typeof id === 'string').slice(0, 200)
      : [],
  };
  const needId = optionalId(raw.needId);
  const eventPlanId = optionalId(raw.eventPlanId);
  const doneOn = isoDateSchema.safeParse(raw.doneOn);
  if (needId) action.needId = needId;
  if (eventPlanId) action.eventPlanId = eventPlanId;
  if (doneOn.success) action.doneOn = doneOn.data;
  return action;
}

/** Today as `YYYY-MM-DD` in the user's own time zone, not UTC. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Open and due before today. An action due today is not overdue yet. */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return action.status === 'open' && action.dueDate !== '' && action.dueDate < today;
}

export type ActionRecord = { docId: string; createdAt: string; action: Action };
export type SessionRecord = { docId: string; createdAt: string; date: string };

/** The actions a session shows as its own: agreed in it, or carried over to it. */
export function actionsOfSession<T extends ActionRecord>(actions: T[], sessionId: string): T[] {
  return actions
    .filter((a) => a.action.sessionId === sessionId || a.action.carriedTo.includes(sessionId))
    .sort(compareActions);
}

/**
 * The open actions a session offers for review: agreed in an earlier session
 * (by date, then by creation) and not yet reviewed in this one.
 */
export function actionsToCarryOver<T extends ActionRecord>(
  actions: T[],
  session: SessionRecord,
  sessions: SessionRecord[],
): T[] {
  const byId = new Map(sessions.map((s) => [s.docId, s]));
  const earlier = (origin: SessionRecord | undefined) =>
    origin !== undefined &&
    (origin.date < session.date ||
      (origin.date === session.date && origin.createdAt < session.createdAt));
  return actions
    .filter(
      (a) =>
        a.action.status === 'open' &&
        a.action.sessionId !== session.docId &&
        !a.action.carriedTo.includes(session.docId) &&
        earlier(byId.get(a.action.sessionId)),
    )
    .sort(compareActions);
}

/** By due date (undated last), then by when they were agreed. */
export function compareActions(a: ActionRecord, b: ActionRecord): number {
  const dueA = a.action.dueDate || '9999-99-99';
  const dueB = b.action.dueDate || '9999-99-99';
  return dueA.localeCompare(dueB) || a.createdAt.localeCompare(b.createdAt);
}

export const actionFilters = ['open', 'overdue', 'done'] as const;
export type ActionFilter = (typeof actionFilters)[number];

/** Open includes overdue; done includes dropped, which is settled too. */
export function filterActions<T extends ActionRecord>(
  actions: T[],
  filter: ActionFilter,
  today: string,
): T[] {
  const keep = (a: T) => {
    if (filter === 'open') return a.action.status === 'open';
    if (filter === 'overdue') return isOverdue(a.action, today);
    return a.action.status !== 'open';
  };
  return actions.filter(keep).sort(compareActions);
}

export type ActionGroup<T, K extends string = string> = { key: K; actions: T[] };

/** By person, names compared as Latvian without case; the unassigned group (key '') last. */
export function groupActionsByPerson<T extends ActionRecord>(actions: T[]): ActionGroup<T>[] {
  const groups = new Map<string, { label: string; actions: T[] }>();
  for (const a of actions) {
    const label = a.action.assignee.trim();
    const key = label.toLocaleLowerCase('lv');
    const group = groups.get(key) ?? { label, actions: [] };
    group.actions.push(a);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => {
      if (a === '' || b === '') return a === '' ? 1 : -1;
      return a.localeCompare(b, 'lv', { sensitivity: 'base' });
    })
    .map(([, group]) => ({ key: group.label, actions: [...group.actions].sort(compareActions) }));
}

export const dateBuckets = ['overdue', 'today', 'week', 'later', 'past', 'noDate'] as const;
export type DateBucket = (typeof dateBuckets)[number];

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Which part of the calendar an action's due date falls in, seen from `today`. */
export function dateBucket(action: Pick<Action, 'status' | 'dueDate'>, today: string): DateBucket {
  if (action.dueDate === '') return 'noDate';
  if (action.dueDate < today) return action.status === 'open' ? 'overdue' : 'past';
  if (action.dueDate === today) return 'today';
  if (action.dueDate <= addDays(today, 7)) return 'week';
  return 'later';
}

/** By due date: overdue, today, the next seven days, later, in the past, no date. Empty groups left out. */
export function groupActionsByDate<T extends ActionRecord>(
  actions: T[],
  today: string,
): ActionGroup<T, DateBucket>[] {
  return dateBuckets
    .map((bucket) => ({
      key: bucket,
      actions: actions.filter((a) => dateBucket(a.action, today) === bucket).sort(compareActions),
    }))
    .filter((group) => group.actions.length > 0);
}
