import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import { itemId, profileDocId, type ItemDoc } from '../../../../shared/db/schemas/item.schema';
import {
  compareAssessments,
  readAssessment,
  type AssessmentRecord,
} from '../../../../shared/domain/assessment';
import { readNeed } from '../../../../shared/domain/need';
import {
  readNeedWeights,
  type NeedRecord,
  type NeedWeights,
} from '../../../../shared/domain/needScore';

export type AssessmentItem = AssessmentRecord & { id: string; archivedAt: string | null };
export type NeedItem = NeedRecord & { id: string };

function useItems(communityId: string, type: 'assessment' | 'need' | 'action' | 'eventPlan') {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { communityId, type } } }),
    [communityId, type],
  );
  return useLiveRxQuery<ItemDoc>(query);
}

/** The workbook's assessments, oldest first, and each one's position in that order. */
export function useAssessments(communityId: string) {
  const { results, loading } = useItems(communityId, 'assessment');
  return useMemo(() => {
    const all: AssessmentItem[] = results
      .map((doc) => {
        const item = doc.toJSON() as ItemDoc;
        return {
          id: item.id,
          docId: item.docId,
          createdAt: item.createdAt,
          archivedAt: item.archivedAt ?? null,
          assessment: readAssessment(item.data),
        };
      })
      .sort(compareAssessments);
    const order = new Map(all.map((a, i) => [a.docId, i]));
    return {
      all,
      active: all.filter((a) => !a.archivedAt),
      archived: all.filter((a) => a.archivedAt),
      order,
      loading,
    };
  }, [results, loading]);
}

/** The workbook's needs that are not archived. */
export function useNeeds(communityId: string): { needs: NeedItem[]; loading: boolean } {
  const { results, loading } = useItems(communityId, 'need');
  return useMemo(() => {
    const needs: NeedItem[] = [];
    for (const doc of results) {
      if (doc.archivedAt) continue;
      needs.push({
        id: doc.id,
        docId: doc.docId,
        createdAt: doc.createdAt,
        need: readNeed(doc.data),
      });
    }
    return { needs, loading };
  }, [results, loading]);
}

/** The priority weights of the workbook, kept in its profile. */
export function useNeedWeights(communityId: string): NeedWeights {
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { id: itemId(communityId, profileDocId) } },
    }),
    [communityId],
  );
  const { results } = useLiveRxQuery<ItemDoc>(query);
  const data = results[0]?.data;
  const stored = data?.needWeights;
  return useMemo(() => readNeedWeights(stored), [stored]);
}

export type LinkedItem = { docId: string; kind: 'event' | 'action'; title: string };

/** Events and actions that address a need: they hold the link, so it is found by query. */
export function useLinkedItems(communityId: string, needDocId: string): LinkedItem[] {
  const events = useItems(communityId, 'eventPlan').results;
  const actions = useItems(communityId, 'action').results;
  return useMemo(() => {
    const title = (data: Record<string, unknown>) =>
      typeof data.title === 'string' ? data.title : '';
    const linked: LinkedItem[] = [];
    for (const doc of events) {
      const data = doc.data;
      if (Array.isArray(data.needIds) && data.needIds.includes(needDocId))
        linked.push({ docId: doc.docId, kind: 'event', title: title(data) });
    }
    for (const doc of actions) {
      const data = doc.data;
      if (data.needId === needDocId)
        linked.push({ docId: doc.docId, kind: 'action', title: title(data) });
    }
    return linked;
  }, [events, actions, needDocId]);
}
