import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc, ItemType } from '../../../../shared/db/schemas/item.schema';
import { readAction, type ActionRecord } from '../../../../shared/domain/action';
import { readSession } from '../../../../shared/domain/session';

/** An action with the local id of its document. */
export type ActionEntry = ActionRecord & { id: string };

function useItemsOfType(communityId: string, type: ItemType) {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { communityId, type } } }),
    [communityId, type],
  );
  return useLiveRxQuery<ItemDoc>(query);
}

/** Every agreed action of a workbook. */
export function useActions(communityId: string): { actions: ActionEntry[]; loading: boolean } {
  const { results, loading } = useItemsOfType(communityId, 'action');
  const actions = useMemo(
    () =>
      results.map((doc) => {
        const item = doc.toJSON() as ItemDoc;
        return {
          id: item.id,
          docId: item.docId,
          createdAt: item.createdAt,
          action: readAction(item.data),
        };
      }),
    [results],
  );
  return { actions, loading };
}

/** The date of each session, by docId, to say where an action was agreed. */
export function useSessionDates(communityId: string): ReadonlyMap<string, string> {
  const { results } = useItemsOfType(communityId, 'session');
  return useMemo(
    () =>
      new Map(
        results.map((doc) => {
          const item = doc.toJSON() as ItemDoc;
          return [item.docId, readSession(item.data).date];
        }),
      ),
    [results],
  );
}

export type LinkTarget = { kind: 'need' | 'eventPlan'; docId: string; title: string };

function titleOf(data: unknown): string {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return typeof raw.title === 'string' ? raw.title.slice(0, 200) : '';
}

/** The needs and event plans an action can be linked to, by title. */
export function useLinkTargets(communityId: string): LinkTarget[] {
  const needs = useItemsOfType(communityId, 'need').results;
  const plans = useItemsOfType(communityId, 'eventPlan').results;
  return useMemo(() => {
    const toTarget = (kind: LinkTarget['kind']) => (doc: { toJSON: () => unknown }) => {
      const item = doc.toJSON() as ItemDoc;
      return { kind, docId: item.docId, title: titleOf(item.data) || item.docId };
    };
    const byTitle = (a: LinkTarget, b: LinkTarget) => a.title.localeCompare(b.title, 'lv');
    return [
      ...needs.map(toTarget('need')).sort(byTitle),
      ...plans.map(toTarget('eventPlan')).sort(byTitle),
    ];
  }, [needs, plans]);
}
