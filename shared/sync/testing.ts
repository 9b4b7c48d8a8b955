import { createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateCompiledZSchemaStorage } from '../db/compiledValidator';
import { collectionDefinitions, type CollectionDocTypes } from '../db/collections';
import { itemId, type ItemDoc, type ItemType } from '../db/schemas/item.schema';
import type { SyncFetch } from './couchClient';

/**
 * Helpers for sync tests: a real RxDB database (in-memory storage, the same
 * collections, validator and conflict handler as the app) per client.
 */
export type TestDatabase = RxDatabase<{
  [K in keyof CollectionDocTypes]: RxCollection<CollectionDocTypes[K]>;
}>;

let counter = 0;

export async function createTestClientDatabase(): Promise<TestDatabase> {
  counter += 1;
  const db = await createRxDatabase<{
    [K in keyof CollectionDocTypes]: RxCollection<CollectionDocTypes[K]>;
  }>({
    name: `client${counter}x${Math.random().toString(36).slice(2, 8)}`,
    storage: wrappedValidateCompiledZSchemaStorage({ storage: getRxStorageMemory() }),
    multiInstance: false,
  });
  await db.addCollections(collectionDefinitions);
  return db;
}

export function testItem(
  communityId: string,
  docId: string,
  data: Record<string, unknown>,
  type: ItemType = 'need',
): ItemDoc {
  const now = new Date().toISOString();
  return {
    id: itemId(communityId, docId),
    communityId,
    docId,
    type,
    dataVersion: 0,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    data,
  };
}

/** fetch with HTTP Basic credentials, counting the requests it makes. */
export function basicAuthFetch(username: string, password: string): SyncFetch & { count: number } {
  const authorization = `Basic ${btoa(`${username}:${password}`)}`;
  const wrapped = Object.assign(
    (url: string, init: RequestInit = {}) => {
      wrapped.count += 1;
      return fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization },
      });
    },
    { count: 0 },
  );
  return wrapped;
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
