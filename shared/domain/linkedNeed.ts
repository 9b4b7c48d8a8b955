/**
 * What an event plan needs to know about a need it links to: its title and
 * status. Needs belong to the needs feature; this reader is deliberately
 * lenient and independent of that feature's full schema, so a need of any
 * shape (older, newer, synced from elsewhere) still shows in a plan.
 */
export const linkedNeedStatuses = [
  'identified',
  'planned',
  'inProgress',
  'solved',
  'dropped',
] as const;
export type LinkedNeedStatus = (typeof linkedNeedStatuses)[number];

export type LinkedNeed = { title: string; status: LinkedNeedStatus | null };

export function readLinkedNeed(data: unknown): LinkedNeed {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const title = typeof raw.title === 'string' ? raw.title.slice(0, 300) : '';
  const status = linkedNeedStatuses.find((s) => s === raw.status) ?? null;
  return { title, status };
}

/** The statuses an event report may move a linked need forward to. */
export const reportNeedStatuses = [
  'inProgress',
  'solved',
] as const satisfies readonly LinkedNeedStatus[];
