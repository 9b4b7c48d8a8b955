import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc, ItemType } from '../../../../shared/db/schemas/item.schema';
import { localIsoDay } from '../../../../shared/domain/eventPlan';
import {
  computeFigures,
  hasFigures,
  periodFor,
  type FigureItem,
  type Period,
  type ProgrammeFigures,
} from '../../../../shared/domain/figures';
import { useFiguresStore } from './figuresStore';

/**
 * Every item of one type across all communities on this device: the
 * `type` index serves it, and the figures pick communities in memory.
 */
function useItemsOfType(type: ItemType) {
  const query = useMemo(() => ({ collection: 'items', query: { selector: { type } } }), [type]);
  return useLiveRxQuery<ItemDoc>(query);
}

export type FiguresView = {
  figures: ProgrammeFigures;
  period: Period;
  /** Whether anything at all was counted, in any period. */
  anything: boolean;
  loading: boolean;
};

/** The programme's figures for the chosen period, live as workbooks change or sync. */
export function useFigures(): FiguresView {
  const communities = useItemsOfType('community');
  const assessments = useItemsOfType('assessment');
  const needs = useItemsOfType('need');
  const sessions = useItemsOfType('session');
  const actions = useItemsOfType('action');
  const plans = useItemsOfType('eventPlan');
  const choice = useFiguresStore((s) => s.choice);
  const custom = useFiguresStore((s) => s.custom);
  const today = localIsoDay();

  // The result arrays change only when their documents do; the query objects on every render.
  const profileDocs = communities.results;
  const assessmentDocs = assessments.results;
  const needDocs = needs.results;
  const sessionDocs = sessions.results;
  const actionDocs = actions.results;
  const planDocs = plans.results;
  const items = useMemo(
    () =>
      [profileDocs, assessmentDocs, needDocs, sessionDocs, actionDocs, planDocs].flatMap((docs) =>
        docs.map((doc) => doc.toJSON() as FigureItem),
      ),
    [profileDocs, assessmentDocs, needDocs, sessionDocs, actionDocs, planDocs],
  );
  const period = useMemo(() => periodFor(choice, today, custom), [choice, today, custom]);
  const all = useMemo(() => computeFigures(items, { today }), [items, today]);
  const figures = useMemo(
    () => (choice === 'all' ? all : computeFigures(items, { today, period })),
    [all, items, today, period, choice],
  );
  const loading = [communities, assessments, needs, sessions, actions, plans].some(
    (query) => query.loading,
  );
  return { figures, period, anything: hasFigures(all.total), loading };
}
