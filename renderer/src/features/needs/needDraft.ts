import {
  currentRating,
  quotesFromLines,
  upsertRating,
  type Need,
  type NeedFormValues,
  type NeedRating,
} from '../../../../shared/domain/need';
import { newId } from '../../db/items';
import type { NeedDraft } from './NeedForm';

export const emptyNeedDraft: NeedDraft = {
  title: '',
  description: '',
  category: 'infrastructure',
  status: 'identified',
  solver: 'community',
  evidenceSource: '',
  quotes: '',
  proposedSolution: '',
  urgency: 3,
  impact: 3,
  feasibility: 3,
  residents: '0',
};

/** The form's starting values for a need, with its rating at `assessmentId` (or its latest). */
export function needToDraft(need: Need, rating: NeedRating | undefined): NeedDraft {
  return {
    title: need.title,
    description: need.description,
    category: need.category,
    status: need.status,
    solver: need.solver,
    evidenceSource: need.evidenceSource,
    quotes: need.quotes.map((q) => q.text).join('\n'),
    proposedSolution: need.proposedSolution,
    urgency: rating?.urgency ?? 3,
    impact: rating?.impact ?? 3,
    feasibility: rating?.feasibility ?? 3,
    residents: String(rating?.residentsAffected ?? 0),
  };
}

/** The assessment a need is edited at: its latest one that is known here. */
export function ratingAssessmentOf(
  need: Need,
  order: ReadonlyMap<string, number>,
): string | undefined {
  const rating = currentRating(need, order);
  return rating && order.has(rating.assessmentId) ? rating.assessmentId : undefined;
}

/** A need as saved from the form, its other ratings and its tallied votes kept. */
export function needFromForm(
  values: NeedFormValues,
  previous: Need | undefined,
  assessmentId: string | undefined,
): Need {
  const { rating, quotes, ...fields } = values;
  const ratings = previous?.ratings ?? [];
  const votes = ratings.find((r) => r.assessmentId === assessmentId)?.votes ?? 0;
  return {
    ...fields,
    quotes: quotesFromLines(quotes, previous?.quotes ?? [], newId),
    ratings: assessmentId
      ? upsertRating(ratings, { ...rating, assessmentId, votes })
      : [...ratings],
  };
}
