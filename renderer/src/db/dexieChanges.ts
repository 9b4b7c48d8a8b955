import type { DexieSettings, DexieStorageInternals, RxStorage, RxStorageInstance } from 'rxdb';
import { getPrimaryFieldOfPrimaryKey, RX_META_LWT_MINIMUM } from 'rxdb/plugins/core';
import { fromDexieToStorage } from 'rxdb/plugins/storage-dexie';

type Checkpoint = { id: string; lwt: number };
type DexieStorage = RxStorage<DexieStorageInternals, DexieSettings>;

/**
 * Dexie storage that reads "documents changed since a checkpoint" with one
 * IndexedDB request per batch. RxDB's replication asks for them before
 * every push; without `getChangedDocumentsSince` on the storage it runs a
 * query, which Dexie answers by walking an IndexedDB cursor one document at
 * a time (about 0.5 ms per step in Chromium: nearly half of pushing 10,000
 * documents). The `[_meta.lwt+id]` index RxDB adds to every schema is
 * ordered exactly like that query, so a key range above the checkpoint with
 * a limit returns the same documents in the same order.
 */
export function withIndexedChanges(storage: DexieStorage): DexieStorage {
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const primaryPath = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey) as string;
      const getChangedDocumentsSince: RxStorageInstance<
        unknown,
        DexieStorageInternals,
        DexieSettings,
        Checkpoint
      >['getChangedDocumentsSince'] = async (limit, checkpoint) => {
        const state = await instance.internals;
        const since = [checkpoint?.lwt ?? RX_META_LWT_MINIMUM, checkpoint?.id ?? ''];
        const rows = (await state.dexieTable
          .where(`[_meta.lwt+${primaryPath}]`)
          .above(since)
          .limit(limit)
          .toArray()) as unknown[];
        const documents = rows.map(
          (row) =>
            fromDexieToStorage(state.booleanIndexes, row) as {
              _meta: { lwt: number };
            } & Record<string, unknown>,
        );
        const last = documents.at(-1);
        return {
          documents: documents as never,
          checkpoint: last
            ? { id: last[primaryPath] as string, lwt: last._meta.lwt }
            : (checkpoint ?? { id: '', lwt: 0 }),
        };
      };
      return Object.assign(instance, { getChangedDocumentsSince });
    },
  };
}
