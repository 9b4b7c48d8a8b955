import { useCallback, useEffect, useRef, useState } from 'react';
import { useDatabase } from '../app/DatabaseContext';
import { deleteDraft, loadDraft, saveDraft } from './drafts';

const saveDelayMs = 250;

/** Keeps only the keys the form knows, with the type the form expects. */
function mergeDraft<T extends Record<string, unknown>>(
  initial: T,
  draft: Record<string, unknown>,
): T {
  const merged: Record<string, unknown> = { ...initial };
  for (const key of Object.keys(initial)) {
    if (typeof draft[key] === typeof initial[key]) merged[key] = draft[key];
  }
  return merged as T;
}

export type DraftState<T> = {
  values: T;
  /** True when the form was filled from a draft left earlier. */
  restored: boolean;
  ready: boolean;
  update: (patch: Partial<T>) => void;
  /** Forgets the draft, after a successful save or when the user discards it. */
  clear: (resetTo?: T) => Promise<void>;
};

/**
 * Form values that survive a reload, a crash or a failed save: every change
 * is written to the local `drafts` collection as the user types.
 */
export function useDraft<T extends Record<string, unknown>>(
  key: string,
  initial: T,
): DraftState<T> {
  const db = useDatabase();
  const [values, setValues] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const [ready, setReady] = useState(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; values: T } | null>(null);
  const initialRef = useRef(initial);

  useEffect(() => {
    let cancelled = false;
    void loadDraft(db, key).then((draft) => {
      if (cancelled) return;
      if (draft) {
        setValues(mergeDraft(initialRef.current, draft));
        setRestored(true);
      }
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [db, key]);

  const flush = useCallback(() => {
    const current = pending.current;
    if (!current) return;
    clearTimeout(current.timer);
    pending.current = null;
    void saveDraft(db, key, current.values);
  }, [db, key]);

  // Write what is pending when the form goes away.
  useEffect(() => flush, [flush]);

  const update = useCallback(
    (patch: Partial<T>) => {
      setValues((previous) => {
        const next = { ...previous, ...patch };
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = { timer: setTimeout(flush, saveDelayMs), values: next };
        return next;
      });
    },
    [flush],
  );

  const clear = useCallback(
    async (resetTo?: T) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      await deleteDraft(db, key);
      setRestored(false);
      if (resetTo) setValues(resetTo);
    },
    [db, key],
  );

  return { values, restored, ready, update, clear };
}
