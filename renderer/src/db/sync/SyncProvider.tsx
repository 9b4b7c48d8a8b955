import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { SyncController } from './syncController';

const SyncContext = createContext<SyncController | null>(null);

/** Starts sync for the stored account once the database is open; never blocks the app. */
export function SyncProvider({ children }: { children: ReactNode }) {
  const db = useDatabase();
  const [controller] = useState(() => new SyncController(db));
  useEffect(() => {
    void controller.init();
  }, [controller]);
  return <SyncContext.Provider value={controller}>{children}</SyncContext.Provider>;
}

export function useSyncController(): SyncController {
  const controller = useContext(SyncContext);
  if (!controller) throw new Error('useSyncController outside SyncProvider');
  return controller;
}
