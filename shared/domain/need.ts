import { z } from 'zod';

export const needCategories = [
  'infrastructure',
  'environment',
  'safety',
  'social',
  'culture',
  'youth',
  'seniors',
  'information',
  'other',
] as const;
export type NeedCategory = (typeof needCategories)[number];

export const needStatuses = ['identified', 'planned', 'inProgress', 'solved', 'dropped'] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** Who can solve a need. */
export const needSolvers = ['community', 'municipality', 'partner'] as const;
export type NeedSolver = (typeof needSolvers)[number];

export const needLimits = {
  title: 200,
  description: 4000,
  evidenceSource: 500,
  quote: 1000,
  quotes: 50,
  proposedSolution: 4000,
  residents: 1_000_000,
  votes: 100_000,
  ratings: 200,
} as const;

/** Urgency, impact and feasibility are rated 1 (least) to 5 (most). */
export const ratingScale = { min: 1, max: 5 } as const;

const level = z.number().int().min(ratingScale.min).max(ratingScale.max);

/**
 * How a need stood at one assessment. A need carries one rating per
 * assessment it appeared in (an array of items keyed by `assessmentId`, so
 * concurrent edits merge item by item); the latest assessment's rating is
 * the current one.
 */
export const needRatingSchema = z.object({
  assessmentId: z.string().min(1).max(128),
  urgency: level,
  impact: level,
  feasibility: level,
  residentsAffected: z.number().int().min(0).max(needLimits.residents),
  /** Dot votes from a paper sheet at the meeting. */
  votes: z.number().int().min(0).max(needLimits.votes),
});
export type NeedRating = z.infer<typeof needRatingSchema>;

export const needQuoteSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(needLimits.quote),
});
export type NeedQuote = z.infer<typeof needQuoteSchema>;

/**
 * A need residents named. Events and actions that address it link to it
 * from their side (`needIds`, `needId`).
 */
export const needSchema = z.object({
  title: z.string().trim().min(1).max(needLimits.title),
  description: z.string().trim().max(needLimits.description),
  category: z.enum(needCategories),
  status: z.enum(needStatuses),
  solver: z.enum(needSolvers),
  evidenceSource: z.string().trim().max(needLimits.evidenceSource),
  quotes: z.array(needQuoteSchema).max(needLimits.quotes),
  proposedSolution: z.string().trim().max(needLimits.proposedSolution),
  ratings: z
    .array(needRatingSchema)
    .max(needLimits.ratings)
    .refine(
      (ratings) => new Set(ratings.map((r) => r.assessmentId)).size === ratings.length,
      'one rating per assessment',
    ),
});
export type Need = z.infer<typeof needSchema>;

/** The need fields the form edits, with the rating at the assessment in hand. */
export const needFormSchema = needSchema.omit({ ratings: true, quotes: true }).extend({
  quotes: z.array(z.string().trim().min(1).max(needLimits.quote)).max(needLimits.quotes),
  rating: needRatingSchema.omit({ votes: true, assessmentId: true }),
});
export type NeedFormValues = z.infer<typeof needFormSchema>;

export function newRating(assessmentId: string, from?: NeedRating): NeedRating {
  return {
    assessmentId,
    urgency: from?.urgency ?? 3,
    impact: from?.impact ?? 3,
    feasibility: from?.feasibility ?? 3,
    residentsAffected: from?.residentsAffected ?? 0,
    votes: 0,
  };
}

/** Sets the rating at `rating.assessmentId`, keeping the others in place. */
export function upsertRating(ratings: readonly NeedRating[], rating: NeedRating): NeedRating[] {
  const index = ratings.findIndex((r) => r.assessmentId === rating.assessmentId);
  if (index < 0) return [...ratings, rating];
  return ratings.map((r, i) => (i === index ? rating : r));
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';

const clampInt = (value: unknown, min: number, max: number, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
};

function readRating(raw: unknown): NeedRating | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.assessmentId !== 'string' || r.assessmentId === '') return null;
  return {
    assessmentId: r.assessmentId.slice(0, 128),
    urgency: clampInt(r.urgency, 1, 5, 3),
    impact: clampInt(r.impact, 1, 5, 3),
    feasibility: clampInt(r.feasibility, 1, 5, 3),
    residentsAffected: clampInt(r.residentsAffected, 0, needLimits.residents, 0),
    votes: clampInt(r.votes, 0, needLimits.votes, 0),
  };
}

/** Reads a stored or synced need leniently, never throwing. */
export function readNeed(data: unknown): Need {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const ratings: NeedRating[] = [];
  for (const item of Array.isArray(raw.ratings) ? raw.ratings : []) {
    const rating = readRating(item);
    if (rating && !ratings.some((r) => r.assessmentId === rating.assessmentId))
      ratings.push(rating);
  }
  const quotes = (Array.isArray(raw.quotes) ? raw.quotes : [])
    .map((q) => needQuoteSchema.safeParse(q))
    .flatMap((q) => (q.success ? [q.data] : []))
    .slice(0, needLimits.quotes);
  return {
    title: text(raw.title, needLimits.title),
    description: text(raw.description, needLimits.description),
    category: needCategories.find((c) => c === raw.category) ?? 'other',
    status: needStatuses.find((s) => s === raw.status) ?? 'identified',
    solver: needSolvers.find((s) => s === raw.solver) ?? 'community',
    evidenceSource: text(raw.evidenceSource, needLimits.evidenceSource),
    quotes,
    proposedSolution: text(raw.proposedSolution, needLimits.proposedSolution),
    ratings: ratings.slice(0, needLimits.ratings),
  };
}

/**
 * Turns the form's quote lines back into quote items, keeping the id of a
 * quote whose text did not change so merges stay item by item.
 */
export function quotesFromLines(
  lines: readonly string[],
  previous: readonly NeedQuote[],
  newId: () => string,
): NeedQuote[] {
  const unused = [...previous];
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const index = unused.findIndex((q) => q.text === line);
      if (index >= 0) return unused.splice(index, 1)[0]!;
      return { id: newId(), text: line };
    });
}

/**
 * The rating of the latest assessment the need appeared in. `order` gives
 * each known assessment's position, oldest first; ratings of assessments
 * not (yet) known here count as oldest.
 */
export function currentRating(
  need: Pick<Need, 'ratings'>,
  order: ReadonlyMap<string, number>,
): NeedRating | undefined {
  let best: NeedRating | undefined;
  let bestPos = -Infinity;
  for (const rating of need.ratings) {
    const pos = order.get(rating.assessmentId) ?? -1;
    if (best === undefined || pos >= bestPos) {
      best = rating;
      bestPos = pos;
    }
  }
  return best;
}
