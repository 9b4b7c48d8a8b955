import { itemId, type ItemDoc } from '../db/schemas/item.schema';
import { readAction } from './action';
import { readAssessment } from './assessment';
import { readCommunityProfile, type Municipality } from './community';
import { eventKinds, localIsoDay, planDateRange, readEventPlan, type EventKind } from './eventPlan';
import { readNeed, type Need } from './need';
import { readSession } from './session';

/**
 * The programme's figures (issue #8): what coordinators and mentors report.
 * Every figure is a plain count, so per-community figures add up to the
 * totals and export to CSV as they are.
 */
export const figureKeys = [
  'eventsHeld',
  'participants',
  'eventsWithoutCount',
  'needsIdentified',
  'needsAddressed',
  'needsSolved',
  'sessionsHeld',
  'actionsOnTime',
  'actionsLate',
  'actionsDoneUndated',
  'actionsOverdue',
  'actionsOpen',
  'actionsDropped',
] as const;
export type FigureKey = (typeof figureKeys)[number];
export type Figures = Record<FigureKey, number> & { eventsByKind: Record<EventKind, number> };

export type CommunityFigures = {
  communityId: string;
  name: string;
  municipality: Municipality;
  figures: Figures;
};

export type ProgrammeFigures = { communities: CommunityFigures[]; total: Figures };

/** Inclusive `YYYY-MM-DD` bounds; null means open-ended. */
export type Period = { from: string | null; to: string | null };
export const allTime: Period = { from: null, to: null };

/** What the figures read: `items` documents, possibly still carrying RxDB's deletion flag. */
export type FigureItem = Pick<
  ItemDoc,
  'communityId' | 'docId' | 'type' | 'createdAt' | 'archivedAt' | 'data'
> & { _deleted?: boolean };

export function emptyFigures(): Figures {
  const figures = Object.fromEntries(figureKeys.map((key) => [key, 0])) as Record<
    FigureKey,
    number
  >;
  return {
    ...figures,
    eventsByKind: Object.fromEntries(eventKinds.map((kind) => [kind, 0])) as Record<
      EventKind,
      number
    >,
  };
}

/** Whether a day falls within the period; an unknown day only within all time. */
export function inPeriod(day: string, period: Period): boolean {
  if (period.from === null && period.to === null) return true;
  if (day === '') return false;
  return (period.from === null || day >= period.from) && (period.to === null || day <= period.to);
}

/** The day an ISO timestamp falls on in the device's time zone, or '' when unreadable. */
function dayOf(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? '' : localIsoDay(date);
}

/**
 * An event counts as held once its plan says so (done or reported), once
 * its report gives a participant count, or when it was confirmed and its
 * last day has passed. Ideas and plans never confirmed do not count, even
 * when their dates are past. Its day, for periods, is its first day.
 */
export function isEventHeld(
  plan: ReturnType<typeof readEventPlan>,
  today: string,
): { held: boolean; day: string } {
  const range = planDateRange(plan);
  const reported = plan.status === 'done' || plan.status === 'reported';
  const counted = plan.report.actualParticipants !== null;
  const past = plan.status === 'confirmed' && range !== null && range.last < today;
  return { held: reported || counted || past, day: range?.first ?? '' };
}

function addEvent(figures: Figures, data: unknown, today: string, period: Period) {
  const plan = readEventPlan(data);
  const { held, day } = isEventHeld(plan, today);
  if (!held || !inPeriod(day, period)) return;
  figures.eventsHeld += 1;
  figures.eventsByKind[plan.kind] += 1;
  if (plan.report.actualParticipants === null) figures.eventsWithoutCount += 1;
  else figures.participants += plan.report.actualParticipants;
}

/** Addressed: being worked on or solved (an event report moves linked needs there). */
function addNeed(figures: Figures, need: Need) {
  figures.needsIdentified += 1;
  if (need.status === 'inProgress' || need.status === 'solved') figures.needsAddressed += 1;
  if (need.status === 'solved') figures.needsSolved += 1;
}

/**
 * A need was identified at the earliest assessment it was rated in; a need
 * without a known assessment date, on the day it was entered.
 * `assessmentDays` is keyed by the assessment's local id.
 */
function needDay(item: FigureItem, need: Need, assessmentDays: Map<string, string>): string {
  const days = need.ratings
    .map((rating) => assessmentDays.get(itemId(item.communityId, rating.assessmentId)) ?? '')
    .filter(Boolean)
    .sort();
  return days[0] ?? dayOf(item.createdAt);
}

/**
 * Done on time: done on or before the due day. Done late: after it. A done
 * action without a due day or a recorded done day cannot be judged and is
 * counted apart. Open actions are overdue once their due day has passed
 * (as `isOverdue` in action.ts); a dropped action is settled, neither.
 */
function addAction(figures: Figures, data: unknown, today: string) {
  const action = readAction(data);
  if (action.status === 'dropped') figures.actionsDropped += 1;
  else if (action.status === 'open') {
    if (action.dueDate !== '' && action.dueDate < today) figures.actionsOverdue += 1;
    else figures.actionsOpen += 1;
  } else if (action.dueDate === '' || !action.doneOn) figures.actionsDoneUndated += 1;
  else if (action.doneOn <= action.dueDate) figures.actionsOnTime += 1;
  else figures.actionsLate += 1;
}

/** The day an action belongs to for a period: its due day, else the day it was done or agreed. */
function actionDay(item: FigureItem): string {
  const action = readAction(item.data);
  return action.dueDate || action.doneOn || dayOf(item.createdAt);
}

export function addFigures(into: Figures, from: Figures): Figures {
  for (const key of figureKeys) into[key] += from[key];
  for (const kind of eventKinds) into.eventsByKind[kind] += from.eventsByKind[kind];
  return into;
}

const live = (item: FigureItem) => !item._deleted && !item.archivedAt;

/**
 * The figures of every community on this device that is not archived (an
 * archived workbook is hidden, or was uploaded and lives on as its copy),
 * one per community by name, and their totals. Archived and deleted items
 * never count. `today` decides what is past; `period` which days count.
 */
export function computeFigures(
  items: readonly FigureItem[],
  options: { today: string; period?: Period },
): ProgrammeFigures {
  const { today } = options;
  const period = options.period ?? allTime;
  const communities = new Map<string, CommunityFigures>();
  for (const item of items) {
    if (item.type !== 'community' || !live(item)) continue;
    const profile = readCommunityProfile(item.data);
    communities.set(item.communityId, {
      communityId: item.communityId,
      name: profile.name,
      municipality: profile.municipality,
      figures: emptyFigures(),
    });
  }

  // An archived assessment still happened on its day.
  const assessmentDays = new Map<string, string>();
  for (const item of items) {
    if (item.type === 'assessment' && !item._deleted)
      assessmentDays.set(itemId(item.communityId, item.docId), readAssessment(item.data).date);
  }

  for (const item of items) {
    const community = communities.get(item.communityId);
    if (!community || !live(item)) continue;
    const figures = community.figures;
    if (item.type === 'eventPlan') addEvent(figures, item.data, today, period);
    else if (item.type === 'need') {
      const need = readNeed(item.data);
      if (inPeriod(needDay(item, need, assessmentDays), period)) addNeed(figures, need);
    } else if (item.type === 'session') {
      const { date } = readSession(item.data);
      if (date !== '' && date <= today && inPeriod(date, period)) figures.sessionsHeld += 1;
    } else if (item.type === 'action') {
      if (inPeriod(actionDay(item), period)) addAction(figures, item.data, today);
    }
  }

  // By name in Latvian order; a community without a name last.
  const list = [...communities.values()].sort(
    (a, b) =>
      Number(a.name === '') - Number(b.name === '') ||
      a.name.localeCompare(b.name, 'lv', { sensitivity: 'base' }) ||
      a.communityId.localeCompare(b.communityId),
  );
  const total = list.reduce((sum, c) => addFigures(sum, c.figures), emptyFigures());
  return { communities: list, total };
}

/** Whether anything at all has been counted. */
export function hasFigures(figures: Figures): boolean {
  return figureKeys.some((key) => figures[key] > 0);
}

export const periodChoices = ['all', 'thisYear', 'lastYear', 'custom'] as const;
export type PeriodChoice = (typeof periodChoices)[number];

/** The days a period choice covers, seen from `today`; a custom period as given. */
export function periodFor(choice: PeriodChoice, today: string, custom: Period = allTime): Period {
  const year = Number(today.slice(0, 4));
  if (choice === 'thisYear') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (choice === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (choice === 'custom') return custom;
  return allTime;
}
