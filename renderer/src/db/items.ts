import { currentDataVersion } from '../../../shared/db/migrations/dataMigrations';
import {
  itemId,
  profileDocId,
  type ItemDoc,
  type ItemType,
} from '../../../shared/db/schemas/item.schema';
import { mayWrite, type Writer } from '../../../shared/domain/writeAccess';
import { AppError } from '../../../shared/errors';
import { applyEditToCurrent } from '../../../shared/sync/merge';
import type { KopspeksDatabase } from './database';
import { communityRole, useSyncStore } from './sync/syncStore';

/**
 * Who writes in a community on the server: the signed-in account and its
 * role there. Null for a workbook kept only on this device.
 */
export function writerIn(communityId: string): Writer | null {
  const role = communityRole(communityId);
  if (role === null) return null;
  return { name: useSyncStore.getState().account?.username ?? '', role };
}

type Written = Parameters<typeof mayWrite>[1];

/**
 * A write the server would refuse is refused here first (the same rules,
 * shared/domain/writeAccess.ts), so nothing waits forever to sync: the
 * coordinator writes nothing, a mentor only their own comments and reviews.
 */
function checkWrite(communityId: string, before: Written, after: Written): void {
  const writer = writerIn(communityId);
  if (!writer) return;
  if (writer.role === 'coordinator') throw new AppError('sync.coordinatorReadOnly');
  if (mayWrite(writer, before, after).ok) return;
  throw new AppError(writer.role === 'mentor' ? 'sync.mentorReadOnly' : 'sync.writeRefused');
}

/** In a community on the server every write is signed with the writer's user name. */
export function signed<T extends { updatedBy?: string }>(communityId: string, item: T): T {
  const writer = writerIn(communityId);
  return writer?.name ? { ...item, updatedBy: writer.name } : item;
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}

/** Adds a new item to a community's workbook. */
export async function insertItem<T extends Record<string, unknown>>(
  db: KopspeksDatabase,
  input: { communityId: string; docId?: string; type: ItemType; data: T },
): Promise<ItemDoc<T>> {
  const docId = input.docId ?? `${input.type}-${newId()}`;
  const now = nowIso();
  const doc = signed<ItemDoc<T>>(input.communityId, {
    id: itemId(input.communityId, docId),
    communityId: input.communityId,
    docId,
    type: input.type,
    dataVersion: currentDataVersion(input.type),
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    data: input.data,
  });
  checkWrite(input.communityId, null, doc);
  try {
    await db.items.insert(doc);
  } catch (error) {
    throw new AppError('db.saveFailed', { cause: error });
  }
  return doc;
}

/** Changes fields of an item, keeping the ones not named in `patch`. */
export async function updateItem(
  db: KopspeksDatabase,
  id: string,
  change: {
    data?: Record<string, unknown>;
    /** The data the edit started from: only fields changed since then are written. */
    base?: Record<string, unknown>;
    archivedAt?: string | null;
  },
): Promise<void> {
  const doc = await db.items.findOne(id).exec();
  if (!doc) throw new AppError('db.notFound');
  try {
    await doc.incrementalModify((current) => {
      const data = change.data;
      const edited =
        data && change.base
          ? applyEditToCurrent(current, change.base, data)
          : { ...current, data: data ? { ...current.data, ...data } : current.data };
      const next = signed(current.communityId, {
        ...edited,
        ...(change.archivedAt !== undefined ? { archivedAt: change.archivedAt } : {}),
        updatedAt: nowIso(),
      });
      // A merge that found nothing to flag leaves no `conflict: null` behind.
      if (next.conflict === null && current.conflict === undefined) delete next.conflict;
      checkWrite(current.communityId, current, next);
      return next;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('db.saveFailed', { cause: error });
  }
}

/** Creates a community workbook: its profile is its first item. */
export async function createCommunity(
  db: KopspeksDatabase,
  profile: Record<string, unknown>,
): Promise<string> {
  const communityId = newId();
  await insertItem(db, { communityId, docId: profileDocId, type: 'community', data: profile });
  return communityId;
}

export function communityProfileId(communityId: string): string {
  return itemId(communityId, profileDocId);
}

/** Deletes an item; RxDB keeps a tombstone so the deletion syncs. */
export async function removeItem(db: KopspeksDatabase, id: string): Promise<void> {
  const doc = await db.items.findOne(id).exec();
  if (!doc) return;
  checkWrite(doc.communityId, doc.toJSON(), null);
  try {
    await doc.remove();
  } catch (error) {
    throw new AppError('db.saveFailed', { cause: error });
  }
}
