import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
} from 'rxdb/plugins/core';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb';
import { collectionDefinitions, type CollectionDocTypes } from '../../../shared/db/collections';
import { wrappedValidateCompiledZSchemaStorage } from '../../../shared/db/compiledValidator';
import { withIndexedChanges } from './dexieChanges';

export type KopspeksCollections = {
  [K in keyof CollectionDocTypes]: RxCollection<CollectionDocTypes[K]>;
};
export type KopspeksDatabase = RxDatabase<KopspeksCollections>;

export const defaultDatabaseName = 'kopspeks';

let pluginsAdded = false;

async function addPlugins(): Promise<void> {
  if (pluginsAdded) return;
  pluginsAdded = true;
  addRxPlugin(RxDBMigrationSchemaPlugin);
  // Dev-mode checks schemas and queries, but loads a page from the RxDB
  // website in a browser: never in a production build.
  if (import.meta.env.DEV) {
    const { RxDBDevModePlugin, disableWarnings } = await import('rxdb/plugins/dev-mode');
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
  }
}

/**
 * Creates the local database with its collections. z-schema validates every
 * write (see compiledValidator.ts for why ours and not RxDB's wrapper).
 */
export async function createDatabase(
  options: { name?: string; storage?: RxStorage<unknown, unknown> } = {},
): Promise<KopspeksDatabase> {
  await addPlugins();
  const db = await createRxDatabase<KopspeksCollections>({
    name: options.name ?? defaultDatabaseName,
    storage: wrappedValidateCompiledZSchemaStorage({
      storage: options.storage ?? withIndexedChanges(getRxStorageDexie()),
    }),
    multiInstance: true,
    eventReduce: true,
    closeDuplicates: true,
  });
  await db.addCollections(collectionDefinitions);
  return db;
}

let opening: Promise<KopspeksDatabase> | undefined;

/** The app's one database, created once however often it is asked for. */
export function openDatabase(): Promise<KopspeksDatabase> {
  opening ??= createDatabase().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
