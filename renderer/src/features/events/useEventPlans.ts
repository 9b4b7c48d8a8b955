import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { planDateRange, readEventPlan, type EventPlan } from '../../../../shared/domain/eventPlan';
import { readLinkedNeed, type LinkedNeed } from '../../../../shared/domain/linkedNeed';

export type EventPlanEntry = {
  /** The local primary key, for updateItem. */
  id: string;
  docId: string;
  updatedAt: string;
  plan: EventPlan;
  first: string | null;
  last: string | null;
};

function toEntry(doc: ItemDoc): EventPlanEntry {
  const plan = readEventPlan(doc.data);
  const range = planDateRange(plan);
  return {
    id: doc.id,
    docId: doc.docId,
    updatedAt: doc.updatedAt,
    plan,
    first: range?.first ?? null,
    last: range?.last ?? null,
  };
}

const byFirstDay = (a: EventPlanEntry, b: EventPlanEntry) =>
  (a.first ?? '').localeCompare(b.first ?? '') || a.plan.title.localeCompare(b.plan.title, 'lv');

/** Every event plan of a workbook that is not archived, by first day. */
export function useEventPlans(communityId: string): { plans: EventPlanEntry[]; loading: boolean } {
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { communityId, type: 'eventPlan' as const } },
    }),
    [communityId],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  return useMemo(
    () => ({
      plans: results
        .map((doc) => doc.toJSON() as ItemDoc)
        .filter((doc) => !doc.archivedAt)
        .map(toEntry)
        .sort(byFirstDay),
      loading,
    }),
    [results, loading],
  );
}

/** One stored plan document, live. */
export function useEventPlanDoc(
  communityId: string,
  docId: string,
): { doc: ItemDoc | null; loading: boolean } {
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { communityId, type: 'eventPlan' as const, docId } },
    }),
    [communityId, docId],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  const first = results[0];
  return useMemo(
    () => ({ doc: first ? (first.toJSON() as ItemDoc) : null, loading }),
    [first, loading],
  );
}

export type NeedOption = LinkedNeed & { id: string; docId: string; archived: boolean };

/** The workbook's needs, read leniently (title and status only), by title. */
export function useNeedOptions(communityId: string): { needs: NeedOption[]; loading: boolean } {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { communityId, type: 'need' as const } } }),
    [communityId],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  return useMemo(
    () => ({
      needs: results
        .map((doc) => doc.toJSON() as ItemDoc)
        .map((doc) => ({
          id: doc.id,
          docId: doc.docId,
          archived: Boolean(doc.archivedAt),
          ...readLinkedNeed(doc.data),
        }))
        .sort((a, b) => a.title.localeCompare(b.title, 'lv')),
      loading,
    }),
    [results, loading],
  );
}
