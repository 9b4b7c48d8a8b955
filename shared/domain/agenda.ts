/**
 * A day's timed agenda: items in the order the leader arranged them, each
 * with start and end as `HH:MM`. The checks here are pure so they can be
 * tested and shown the same way everywhere.
 */
export type AgendaItem = {
  id: string;
  /** The `id` of the plan day this item belongs to. */
  dayId: string;
  start: string;
  end: string;
  title: string;
  who: string;
};

/** A gap shorter than this is a normal change-over, not worth a warning. */
export const defaultGapMinutes = 15;

/** Minutes since midnight of `HH:MM`, or null if it is not a valid time. */
export function toMinutes(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` of minutes since midnight (clamped to one day). */
export function fromMinutes(minutes: number): string {
  const clamped = Math.min(Math.max(Math.round(minutes), 0), 23 * 60 + 59);
  const hours = Math.floor(clamped / 60);
  return `${String(hours).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

export type AgendaWarning =
  | { kind: 'invalidTime'; itemId: string }
  | { kind: 'endBeforeStart'; itemId: string }
  | { kind: 'overlap'; itemId: string; otherId: string; minutes: number }
  | { kind: 'gap'; afterId: string; beforeId: string; from: string; to: string; minutes: number }
  | { kind: 'outOfOrder'; itemId: string; previousId: string };

type Timed = { item: AgendaItem; start: number; end: number };

/**
 * What looks wrong in one day's agenda: times that cannot be read, items
 * that end before they start, items that overlap, unplanned gaps of at
 * least `gapMinutes` between items, and items placed before one that starts
 * later (the order on the page and the clock disagree).
 */
export function agendaWarnings(
  items: readonly AgendaItem[],
  gapMinutes: number = defaultGapMinutes,
): AgendaWarning[] {
  const warnings: AgendaWarning[] = [];
  const timed: Timed[] = [];
  let previous: Timed | null = null;
  for (const item of items) {
    const start = toMinutes(item.start);
    const end = toMinutes(item.end);
    if (start === null || end === null) {
      warnings.push({ kind: 'invalidTime', itemId: item.id });
      continue;
    }
    if (end < start) {
      warnings.push({ kind: 'endBeforeStart', itemId: item.id });
      continue;
    }
    const current = { item, start, end };
    if (previous && start < previous.start) {
      warnings.push({ kind: 'outOfOrder', itemId: item.id, previousId: previous.item.id });
    }
    previous = current;
    timed.push(current);
  }
  const byStart = [...timed].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < byStart.length; i += 1) {
    const a = byStart[i]!;
    for (let j = i + 1; j < byStart.length; j += 1) {
      const b = byStart[j]!;
      if (b.start >= a.end) break;
      const minutes = Math.min(a.end, b.end) - b.start;
      if (minutes > 0) {
        warnings.push({ kind: 'overlap', itemId: b.item.id, otherId: a.item.id, minutes });
      }
    }
  }
  // Gaps: time not covered by any item between the first start and the last end.
  let coveredUntil: Timed | null = null;
  for (const current of byStart) {
    if (coveredUntil && current.start - coveredUntil.end >= gapMinutes) {
      warnings.push({
        kind: 'gap',
        afterId: coveredUntil.item.id,
        beforeId: current.item.id,
        from: fromMinutes(coveredUntil.end),
        to: fromMinutes(current.start),
        minutes: current.start - coveredUntil.end,
      });
    }
    if (!coveredUntil || current.end > coveredUntil.end) coveredUntil = current;
  }
  return warnings;
}

/** The warnings that concern one item, for showing beside it. */
export function warningsForItem(
  warnings: readonly AgendaWarning[],
  itemId: string,
): AgendaWarning[] {
  return warnings.filter((warning) =>
    warning.kind === 'gap' ? warning.beforeId === itemId : warning.itemId === itemId,
  );
}

/** Moves an element of a list from one index to another, returning a new list. */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * Reorders the items of one day inside the plan's whole agenda, keeping
 * every other day's items where they are.
 */
export function moveAgendaItem(
  agenda: readonly AgendaItem[],
  dayId: string,
  from: number,
  to: number,
): AgendaItem[] {
  const dayItems = agenda.filter((item) => item.dayId === dayId);
  const moved = moveInList(dayItems, from, to);
  let index = 0;
  return agenda.map((item) => (item.dayId === dayId ? moved[index++]! : item));
}

/** Suggested times for a new item: right after the day's last item, one hour long. */
export function nextSlot(items: readonly AgendaItem[]): { start: string; end: string } {
  const ends = items.map((item) => toMinutes(item.end)).filter((m): m is number => m !== null);
  const start = ends.length > 0 ? Math.max(...ends) : 10 * 60;
  return { start: fromMinutes(start), end: fromMinutes(start + 60) };
}
