import { useMemo } from 'react';
import {
  filterNeeds,
  rankNeeds,
  sortNeeds,
  type RankedNeed,
} from '../../../../shared/domain/needScore';
import { useNeedsStore } from './needsStore';
import { useAssessments, useNeeds, useNeedWeights, type NeedItem } from './useNeedsData';

export type RankedNeedItem = RankedNeed<NeedItem>;

/** Every need of the workbook, scored with the workbook's weights and ranked. */
export function useRankedNeeds(communityId: string) {
  const assessments = useAssessments(communityId);
  const { needs, loading } = useNeeds(communityId);
  const weights = useNeedWeights(communityId);
  const ranked = useMemo(
    () => rankNeeds(needs, weights, assessments.order),
    [needs, weights, assessments.order],
  );
  return { ranked, assessments, weights, loading: loading || assessments.loading };
}

/** The ranked needs through the filters and sort chosen in the store. */
export function useVisibleNeeds(ranked: RankedNeedItem[]): RankedNeedItem[] {
  const filter = useNeedsStore((s) => s.filter);
  const sort = useNeedsStore((s) => s.sort);
  return useMemo(() => sortNeeds(filterNeeds(ranked, filter), sort), [ranked, filter, sort]);
}

/** The needs the matrix counts: the list's filters except the matrix cell itself. */
export function useMatrixNeeds(ranked: RankedNeedItem[]): RankedNeedItem[] {
  const filter = useNeedsStore((s) => s.filter);
  return useMemo(() => filterNeeds(ranked, { ...filter, cell: null }), [ranked, filter]);
}
