import { z } from 'zod';
import {
  currentRating,
  type Need,
  type NeedCategory,
  type NeedRating,
  type NeedStatus,
} from './need';

/**
 * How much each part counts in a need's priority, 0 to 10 each. Kept per
 * workbook in the community profile's `needWeights`, so the leader sees
 * and changes them.
 */
export const needWeightsSchema = z.object({
  urgency: z.number().int().min(0).max(10),
  impact: z.number().int().min(0).max(10),
  feasibility: z.number().int().min(0).max(10),
  residents: z.number().int().min(0).max(10),
  votes: z.number().int().min(0).max(10),
});
export type NeedWeights = z.infer<typeof needWeightsSchema>;
export type WeightKey = keyof NeedWeights;
export const weightKeys = ['urgency', 'impact', 'feasibility', 'residents', 'votes'] as const;

export const defaultNeedWeights: NeedWeights = {
  urgency: 3,
  impact: 3,
  feasibility: 2,
  residents: 2,
  votes: 1,
};

/** Stored weights, or the defaults for any that are missing or out of range. */
export function readNeedWeights(data: unknown): NeedWeights {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const out = { ...defaultNeedWeights };
  for (const key of weightKeys) {
    const parsed = needWeightsSchema.shape[key].safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** The largest residents affected and votes among the needs compared: they scale to 100. */
export type ScoreScale = { maxResidents: number; maxVotes: number };

export function scaleOf(ratings: readonly (NeedRating | undefined)[]): ScoreScale {
  let maxResidents = 0;
  let maxVotes = 0;
  for (const r of ratings) {
    if (!r) continue;
    maxResidents = Math.max(maxResidents, r.residentsAffected);
    maxVotes = Math.max(maxVotes, r.votes);
  }
  return { maxResidents, maxVotes };
}

/** Each part of the score on a 0–100 scale. */
export function scoreParts(rating: NeedRating, scale: ScoreScale): Record<WeightKey, number> {
  const level = (value: number) => ((value - 1) / 4) * 100;
  return {
    urgency: level(rating.urgency),
    impact: level(rating.impact),
    feasibility: level(rating.feasibility),
    residents: scale.maxResidents > 0 ? (100 * rating.residentsAffected) / scale.maxResidents : 0,
    votes: scale.maxVotes > 0 ? (100 * rating.votes) / scale.maxVotes : 0,
  };
}

/**
 * Priority = (wU × urgency + wI × impact + wF × feasibility + wR × residents
 * + wV × votes) ÷ (wU + wI + wF + wR + wV), each part on 0–100: a rating of
 * 1 is 0 and 5 is 100; residents and votes are a share of the largest among
 * the needs compared. Rounded to one decimal; 0 when every weight is 0.
 */
export function needScore(rating: NeedRating, weights: NeedWeights, scale: ScoreScale): number {
  const parts = scoreParts(rating, scale);
  let sum = 0;
  let total = 0;
  for (const key of weightKeys) {
    sum += weights[key] * parts[key];
    total += weights[key];
  }
  return total === 0 ? 0 : Math.round((sum / total) * 10) / 10;
}

export type NeedRecord = { docId: string; createdAt: string; need: Need };
export type RankedNeed<T extends NeedRecord = NeedRecord> = T & {
  rating: NeedRating | undefined;
  score: number;
  rank: number;
};

export const needSortKeys = [
  'score',
  'title',
  'urgency',
  'impact',
  'feasibility',
  'residents',
  'votes',
] as const;
export type NeedSortKey = (typeof needSortKeys)[number];
export type NeedSort = { key: NeedSortKey; direction: 'asc' | 'desc' };

const collator = new Intl.Collator('lv', { sensitivity: 'base', numeric: true });

/** Score first, then votes, urgency, title (Latvian order) and id: no two needs tie. */
function byPriority(a: RankedNeed, b: RankedNeed): number {
  return (
    b.score - a.score ||
    (b.rating?.votes ?? 0) - (a.rating?.votes ?? 0) ||
    (b.rating?.urgency ?? 0) - (a.rating?.urgency ?? 0) ||
    collator.compare(a.need.title, b.need.title) ||
    a.docId.localeCompare(b.docId)
  );
}

/**
 * Scores each need by its current rating and ranks them: rank 1 is the
 * highest priority. Needs without any rating score 0.
 */
export function rankNeeds<T extends NeedRecord>(
  needs: readonly T[],
  weights: NeedWeights,
  assessmentOrder: ReadonlyMap<string, number>,
): RankedNeed<T>[] {
  const withRating = needs.map((n) => ({ ...n, rating: currentRating(n.need, assessmentOrder) }));
  const scale = scaleOf(withRating.map((n) => n.rating));
  const scored = withRating.map((n) => ({
    ...n,
    score: n.rating ? needScore(n.rating, weights, scale) : 0,
    rank: 0,
  }));
  scored.sort(byPriority);
  scored.forEach((n, i) => {
    n.rank = i + 1;
  });
  return scored;
}

const sortValue: Record<Exclude<NeedSortKey, 'title' | 'score'>, (n: RankedNeed) => number> = {
  urgency: (n) => n.rating?.urgency ?? 0,
  impact: (n) => n.rating?.impact ?? 0,
  feasibility: (n) => n.rating?.feasibility ?? 0,
  residents: (n) => n.rating?.residentsAffected ?? 0,
  votes: (n) => n.rating?.votes ?? 0,
};

/** Sorts ranked needs by a column; equal values keep priority order. */
export function sortNeeds<T extends RankedNeed>(needs: readonly T[], sort: NeedSort): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: T, b: T): number => {
    if (sort.key === 'score') return sign * (b.rank - a.rank);
    if (sort.key === 'title') return sign * collator.compare(a.need.title, b.need.title);
    return sign * (sortValue[sort.key](a) - sortValue[sort.key](b));
  };
  return [...needs].sort((a, b) => compare(a, b) || a.rank - b.rank);
}

export type NeedFilter = {
  category: NeedCategory | 'all';
  status: NeedStatus | 'all';
  /** An assessment's docId, or 'all'. */
  assessmentId: string;
  /** A cell of the matrix: the current rating's impact and urgency. */
  cell: { impact: number; urgency: number } | null;
};

export const emptyNeedFilter: NeedFilter = {
  category: 'all',
  status: 'all',
  assessmentId: 'all',
  cell: null,
};

export function filterNeeds<T extends RankedNeed>(needs: readonly T[], filter: NeedFilter): T[] {
  return needs.filter(
    (n) =>
      (filter.category === 'all' || n.need.category === filter.category) &&
      (filter.status === 'all' || n.need.status === filter.status) &&
      (filter.assessmentId === 'all' ||
        n.need.ratings.some((r) => r.assessmentId === filter.assessmentId)) &&
      (filter.cell === null ||
        (n.rating?.impact === filter.cell.impact && n.rating.urgency === filter.cell.urgency)),
  );
}

/** How many needs sit in each cell of the impact × urgency matrix: `cells[impact-1][urgency-1]`. */
export function matrixCounts(needs: readonly RankedNeed[]): number[][] {
  const cells = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const n of needs) {
    if (!n.rating) continue;
    cells[n.rating.impact - 1]![n.rating.urgency - 1]! += 1;
  }
  return cells;
}

export type ScoreMove = {
  docId: string;
  title: string;
  from: number | undefined;
  to: number | undefined;
  /** `to - from` when the need was rated in both. */
  change: number | undefined;
};

/**
 * How needs' scores moved from one assessment to another: each need rated
 * in either, scored among the needs of that same assessment. Biggest rise
 * first, then new ones, then needs no longer rated.
 */
export function compareAssessmentScores(
  needs: readonly NeedRecord[],
  fromId: string,
  toId: string,
  weights: NeedWeights,
): ScoreMove[] {
  const at = (n: NeedRecord, id: string) => n.need.ratings.find((r) => r.assessmentId === id);
  const fromScale = scaleOf(needs.map((n) => at(n, fromId)));
  const toScale = scaleOf(needs.map((n) => at(n, toId)));
  const moves: ScoreMove[] = [];
  for (const n of needs) {
    const a = at(n, fromId);
    const b = at(n, toId);
    if (!a && !b) continue;
    const from = a ? needScore(a, weights, fromScale) : undefined;
    const to = b ? needScore(b, weights, toScale) : undefined;
    const change =
      from !== undefined && to !== undefined ? Math.round((to - from) * 10) / 10 : undefined;
    moves.push({ docId: n.docId, title: n.need.title, from, to, change });
  }
  const group = (m: ScoreMove) => (m.change !== undefined ? 0 : m.to !== undefined ? 1 : 2);
  return moves.sort(
    (a, b) =>
      group(a) - group(b) ||
      (b.change ?? 0) - (a.change ?? 0) ||
      (b.to ?? b.from ?? 0) - (a.to ?? a.from ?? 0) ||
      collator.compare(a.title, b.title) ||
      a.docId.localeCompare(b.docId),
  );
}

/**
 * Puts dot votes counted from a paper sheet on the needs' ratings at one
 * assessment. Returns only the needs whose votes changed, with their new
 * ratings; a need without a rating there is left alone.
 */
export function applyTally(
  needs: readonly NeedRecord[],
  assessmentId: string,
  votes: Readonly<Record<string, number>>,
): { docId: string; ratings: NeedRating[] }[] {
  const changed: { docId: string; ratings: NeedRating[] }[] = [];
  for (const n of needs) {
    const count = votes[n.docId];
    if (count === undefined || !Number.isInteger(count) || count < 0) continue;
    const rating = n.need.ratings.find((r) => r.assessmentId === assessmentId);
    if (!rating || rating.votes === count) continue;
    changed.push({
      docId: n.docId,
      ratings: n.need.ratings.map((r) => (r === rating ? { ...r, votes: count } : r)),
    });
  }
  return changed;
}

/** Sum of the votes given at one assessment. */
export function tallyTotal(needs: readonly NeedRecord[], assessmentId: string): number {
  return needs.reduce(
    (sum, n) => sum + (n.need.ratings.find((r) => r.assessmentId === assessmentId)?.votes ?? 0),
    0,
  );
}
