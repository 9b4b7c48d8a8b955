import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { KopspeksDatabase } from '../db/database';

const DatabaseContext = createContext<KopspeksDatabase | null>(null);

/** Makes the database available to hooks: ours (typed) and RxDB's React hooks. */
export function DatabaseProvider({
  database,
  children,
}: {
  database: KopspeksDatabase;
  children: ReactNode;
}) {
  return (
    <RxDatabaseProvider database={database}>
      <DatabaseContext.Provider value={database}>{children}</DatabaseContext.Provider>
    </RxDatabaseProvider>
  );
}

export function useDatabase(): KopspeksDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
