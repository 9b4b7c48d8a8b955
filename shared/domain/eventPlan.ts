import { z } from 'zod';
import type { AgendaItem } from './agenda';
import { budgetLimits, fundingSources, type BudgetLine } from './budget';
import { emptyRichText, sanitizeRichText, type RichTextDoc } from './richText';

/** The kinds of event in the programme (DESIGN.md), plus any other. */
export const eventKinds = ['community', 'forum', 'trip', 'closing', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const planStatuses = ['idea', 'planning', 'confirmed', 'done', 'reported'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const partnerKinds = ['publicSector', 'municipality', 'ngo', 'other'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const invitationStatuses = ['notInvited', 'invited', 'confirmed', 'declined'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const eventPlanLimits = {
  title: 160,
  goals: 4000,
  place: 300,
  audience: 300,
  short: 200,
  days: 14,
  agenda: 300,
  tasks: 300,
  partners: 100,
  ideas: 200,
  needIds: 200,
  participants: 100_000,
} as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
const id = z.string().min(1).max(64);
const short = z.string().max(eventPlanLimits.short);
const cents = z.number().int().min(0).max(budgetLimits.maxCents);
const participants = z.number().int().min(0).max(eventPlanLimits.participants).nullable();
const richText = z.custom<RichTextDoc>(
  (value) =>
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc',
);

export type PlanDay = { id: string; date: string };
export type Partner = { id: string; name: string; kind: PartnerKind; status: InvitationStatus };
export type PlanTask = { id: string; title: string; who: string; due: string; done: boolean };
export type Idea = { id: string; text: string; from: string };
export type EventReport = {
  actualParticipants: number | null;
  results: RichTextDoc;
  worked: RichTextDoc;
  change: RichTextDoc;
};

export const planDaySchema = z.object({ id, date: z.string().regex(isoDay) });
export const agendaItemSchema = z.object({
  id,
  dayId: id,
  start: z.string().regex(hhmm).or(z.literal('')),
  end: z.string().regex(hhmm).or(z.literal('')),
  title: short,
  who: short,
});
export const partnerSchema = z.object({
  id,
  name: short,
  kind: z.enum(partnerKinds),
  status: z.enum(invitationStatuses),
});
export const taskSchema = z.object({
  id,
  title: short,
  who: short,
  due: z.string().regex(isoDay).or(z.literal('')),
  done: z.boolean(),
});
export const budgetLineSchema = z.object({
  id,
  item: z.string().max(budgetLimits.item),
  quantityHundredths: z.number().int().min(0).max(budgetLimits.maxQuantityHundredths),
  unitCostCents: cents,
  actualCents: cents.nullable(),
  source: z.enum(fundingSources),
});
export const ideaSchema = z.object({ id, text: z.string().max(1000), from: short });

/** One event plan: everything lives in one `eventPlan` document (see docs/architecture.md). */
export const eventPlanSchema = z.object({
  kind: z.enum(eventKinds),
  title: z.string().trim().min(1).max(eventPlanLimits.title),
  goals: z.string().max(eventPlanLimits.goals),
  status: z.enum(planStatuses),
  place: z.string().max(eventPlanLimits.place),
  audience: z.string().max(eventPlanLimits.audience),
  expectedParticipants: participants,
  /** docIds of the needs this event addresses; the link is stored on this side only. */
  needIds: z.array(z.string().max(128)).max(eventPlanLimits.needIds),
  days: z.array(planDaySchema).min(1).max(eventPlanLimits.days),
  agenda: z.array(agendaItemSchema).max(eventPlanLimits.agenda),
  tasks: z.array(taskSchema).max(eventPlanLimits.tasks),
  partners: z.array(partnerSchema).max(eventPlanLimits.partners),
  budget: z.array(budgetLineSchema).max(budgetLimits.lines),
  ideas: z.array(ideaSchema).max(eventPlanLimits.ideas),
  report: z.object({
    actualParticipants: participants,
    results: richText,
    worked: richText,
    change: richText,
  }),
});

export type EventPlan = {
  kind: EventKind;
  title: string;
  goals: string;
  status: PlanStatus;
  place: string;
  audience: string;
  expectedParticipants: number | null;
  needIds: string[];
  days: PlanDay[];
  agenda: AgendaItem[];
  tasks: PlanTask[];
  partners: Partner[];
  budget: BudgetLine[];
  ideas: Idea[];
  report: EventReport;
};

/** What the "new plan" form asks for. */
export const newPlanSchema = z.object({
  kind: z.enum(eventKinds),
  title: z.string().trim().min(1).max(eventPlanLimits.title),
  startDate: z.string().regex(isoDay),
});
export type NewPlanInput = z.infer<typeof newPlanSchema>;

export const emptyReport = (): EventReport => ({
  actualParticipants: null,
  results: emptyRichText(),
  worked: emptyRichText(),
  change: emptyRichText(),
});

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';
const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.find((entry) => entry === value) ?? fallback;
const count = (value: unknown, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, max) : null;
const matches = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : '';

/** Keeps the entries of an array that have an id, read leniently by `read`. */
function readList<T>(value: unknown, max: number, read: (raw: Raw, id: string) => T): T[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const entry of value.slice(0, max)) {
    const raw = asRecord(entry);
    const entryId = typeof raw.id === 'string' ? raw.id.slice(0, 64) : '';
    if (!entryId || seen.has(entryId)) continue;
    seen.add(entryId);
    out.push(read(raw, entryId));
  }
  return out;
}

/**
 * Reads a stored or synced plan leniently: whatever does not fit is dropped
 * or defaulted, so a damaged document still shows what can be read.
 */
export function readEventPlan(data: unknown): EventPlan {
  const raw = asRecord(data);
  const days = readList(raw.days, eventPlanLimits.days, (d, dayId) => ({
    id: dayId,
    date: matches(d.date, isoDay),
  })).filter((day) => day.date);
  const report = asRecord(raw.report);
  return {
    kind: oneOf(eventKinds, raw.kind, 'other'),
    title: text(raw.title, eventPlanLimits.title),
    goals: text(raw.goals, eventPlanLimits.goals),
    status: oneOf(planStatuses, raw.status, 'idea'),
    place: text(raw.place, eventPlanLimits.place),
    audience: text(raw.audience, eventPlanLimits.audience),
    expectedParticipants: count(raw.expectedParticipants, eventPlanLimits.participants),
    needIds: Array.isArray(raw.needIds)
      ? [...new Set(raw.needIds.filter((n): n is string => typeof n === 'string'))].slice(
          0,
          eventPlanLimits.needIds,
        )
      : [],
    days,
    agenda: readList(raw.agenda, eventPlanLimits.agenda, (a, itemId) => ({
      id: itemId,
      dayId: text(a.dayId, 64),
      start: matches(a.start, hhmm),
      end: matches(a.end, hhmm),
      title: text(a.title, eventPlanLimits.short),
      who: text(a.who, eventPlanLimits.short),
    })),
    tasks: readList(raw.tasks, eventPlanLimits.tasks, (t, taskId) => ({
      id: taskId,
      title: text(t.title, eventPlanLimits.short),
      who: text(t.who, eventPlanLimits.short),
      due: matches(t.due, isoDay),
      done: t.done === true,
    })),
    partners: readList(raw.partners, eventPlanLimits.partners, (p, partnerId) => ({
      id: partnerId,
      name: text(p.name, eventPlanLimits.short),
      kind: oneOf(partnerKinds, p.kind, 'other'),
      status: oneOf(invitationStatuses, p.status, 'notInvited'),
    })),
    budget: readList(raw.budget, budgetLimits.lines, (b, lineId) => ({
      id: lineId,
      item: text(b.item, budgetLimits.item),
      quantityHundredths: count(b.quantityHundredths, budgetLimits.maxQuantityHundredths) ?? 0,
      unitCostCents: count(b.unitCostCents, budgetLimits.maxCents) ?? 0,
      actualCents: count(b.actualCents, budgetLimits.maxCents),
      source: oneOf(fundingSources, b.source, 'other'),
    })),
    ideas: readList(raw.ideas, eventPlanLimits.ideas, (i, ideaId) => ({
      id: ideaId,
      text: text(i.text, 1000),
      from: text(i.from, eventPlanLimits.short),
    })),
    report: {
      actualParticipants: count(report.actualParticipants, eventPlanLimits.participants),
      results: sanitizeRichText(report.results),
      worked: sanitizeRichText(report.worked),
      change: sanitizeRichText(report.change),
    },
  };
}

/** The first and last day of a plan, or null when it has none. */
export function planDateRange(
  plan: Pick<EventPlan, 'days'>,
): { first: string; last: string } | null {
  const dates = plan.days
    .map((day) => day.date)
    .filter(Boolean)
    .sort();
  if (dates.length === 0) return null;
  return { first: dates[0]!, last: dates[dates.length - 1]! };
}

export type TaskProgress = { done: number; total: number; overdue: number };

/** A task is overdue when it is not done and its day has passed. */
export function isTaskOverdue(task: PlanTask, today: string): boolean {
  return !task.done && task.due !== '' && task.due < today;
}

export function taskProgress(tasks: readonly PlanTask[], today: string): TaskProgress {
  return {
    done: tasks.filter((task) => task.done).length,
    total: tasks.length,
    overdue: tasks.filter((task) => isTaskOverdue(task, today)).length,
  };
}

/** Today's date as `YYYY-MM-DD` in the device's own time zone. */
export function localIsoDay(date: Date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
