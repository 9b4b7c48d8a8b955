import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { readEventPlan, type EventPlan } from '../../../../shared/domain/eventPlan';
import { useDatabase } from '../../app/DatabaseContext';
import { saveEventPlan } from './eventActions';
import { PlanAutosave, type SaveState } from './planAutosave';

export type { SaveState };

export type PlanEditor = {
  plan: EventPlan;
  saveState: SaveState;
  /** Applies a change to the plan; it is written a moment after the last change. */
  change: (update: (plan: EventPlan) => EventPlan) => void;
};

/**
 * Autosave for an open plan (see PlanAutosave). Whatever is pending is
 * written when the editor closes and before the page unloads. A `readOnly`
 * editor (a mentor's view) ignores changes.
 */
export function usePlanEditor(doc: ItemDoc, readOnly = false): PlanEditor {
  const db = useDatabase();
  const docId = doc.id;
  const [autosave] = useState(
    () =>
      new PlanAutosave(readEventPlan(doc.data), (plan, base) =>
        saveEventPlan(db, docId, plan, base),
      ),
  );
  const snapshot = useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);

  useEffect(() => {
    autosave.receive(doc.data, readEventPlan);
  }, [autosave, doc.data]);

  useEffect(() => {
    const onUnload = () => void autosave.flush();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      void autosave.flush();
    };
  }, [autosave]);

  const change = useCallback(
    (update: (plan: EventPlan) => EventPlan) => {
      if (!readOnly) autosave.change(update);
    },
    [autosave, readOnly],
  );
  return { plan: snapshot.plan, saveState: snapshot.saveState, change };
}
