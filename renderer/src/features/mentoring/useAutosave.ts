import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import type { Session } from '../../../../shared/domain/session';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { saveSessionFields } from './sessionCommands';

const saveDelayMs = 400;

export type AutosaveState = 'idle' | 'pending' | 'saved';

/**
 * Saves a session's fields as the user types: changes are merged and written
 * a moment after the last keystroke, and at once when the page is left or
 * hidden, so a reload loses nothing.
 */
export function useAutosave(id: string) {
  const db = useDatabase();
  const locale = useLocale();
  const pending = useRef<Partial<Session> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<AutosaveState>('idle');

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    saveSessionFields(db, id, patch).then(
      () => setState(pending.current ? 'pending' : 'saved'),
      (error: unknown) => {
        // Keep the patch so the next change or flush retries it.
        pending.current = { ...patch, ...pending.current };
        notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
      },
    );
  }, [db, id, locale]);

  const save = useCallback(
    (patch: Partial<Session>) => {
      pending.current = { ...pending.current, ...patch };
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, saveDelayMs);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { save, state };
}
