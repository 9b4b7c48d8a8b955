import { z } from 'zod';
import { currentDataVersion } from '../db/migrations/dataMigrations';
import { itemId, itemTypeOfDocId, itemTypes, type ItemDoc } from '../db/schemas/item.schema';
import type { SyncedItem } from './merge';

/** The shape of an item on the server: the local envelope minus local keys. */
const couchItemSchema = z.object({
  _id: z.string().min(1).max(128),
  type: z.enum(itemTypes),
  dataVersion: z.number().int().min(0).max(10_000),
  createdAt: z.string().max(32),
  updatedAt: z.string().max(32),
  updatedBy: z.string().max(200).optional(),
  archivedAt: z.string().max(32).nullable().optional(),
  data: z.record(z.string(), z.unknown()),
  conflict: z
    .object({
      detectedAt: z.string(),
      fields: z.array(z.object({ path: z.string(), ours: z.unknown(), theirs: z.unknown() })),
      deletedElsewhere: z.boolean().optional(),
      deletedHere: z.boolean().optional(),
    })
    .nullable()
    .optional(),
});

/** What the server holds for an item: local keys stripped, CouchDB's `_id`. */
export function toCouchDoc(item: SyncedItem, rev?: string): Record<string, unknown> {
  const { id: _id, communityId: _communityId, docId, _deleted, ...rest } = item;
  const meta = rest as Record<string, unknown>;
  delete meta._meta;
  delete meta._rev;
  delete meta._attachments;
  return {
    ...meta,
    _id: docId,
    ...(rev ? { _rev: rev } : {}),
    ...(_deleted ? { _deleted: true } : {}),
  };
}

export type PulledDoc =
  | { kind: 'item'; item: SyncedItem }
  | { kind: 'skip' } // design documents and other server-side records
  | { kind: 'invalid'; docId: string; reason: 'schema' | 'newerVersion' };

const deletedStubType = (docId: string): ItemDoc['type'] => itemTypeOfDocId(docId) ?? 'comment';

/**
 * Reads a document from a community's database. Design documents are
 * skipped; a deleted stub (another client's plain DELETE leaves only
 * `_id`, `_rev`, `_deleted`) becomes a deletion; anything that does not fit
 * is set aside, never written into the workbook.
 */
export function fromCouchDoc(communityId: string, raw: Record<string, unknown>): PulledDoc {
  const docId = typeof raw._id === 'string' ? raw._id : '';
  if (docId.startsWith('_design/') || docId.startsWith('_local/')) return { kind: 'skip' };
  if (raw._deleted === true) {
    const parsed = couchItemSchema.safeParse(raw);
    const base = parsed.success
      ? parsed.data
      : { type: deletedStubType(docId), dataVersion: 0, createdAt: '', updatedAt: '', data: {} };
    const { _id, ...rest } = base as z.infer<typeof couchItemSchema>;
    return {
      kind: 'item',
      item: {
        ...rest,
        id: itemId(communityId, docId),
        communityId,
        docId,
        archivedAt: rest.archivedAt ?? null,
        _deleted: true,
      },
    };
  }
  const parsed = couchItemSchema.safeParse(raw);
  if (!parsed.success || docId.length === 0)
    return { kind: 'invalid', docId: docId || '?', reason: 'schema' };
  if (parsed.data.dataVersion > currentDataVersion(parsed.data.type)) {
    return { kind: 'invalid', docId, reason: 'newerVersion' };
  }
  const { _id, ...rest } = parsed.data;
  const item: SyncedItem = {
    ...rest,
    id: itemId(communityId, docId),
    communityId,
    docId,
    archivedAt: rest.archivedAt ?? null,
    _deleted: false,
  };
  if (rest.conflict === undefined) delete item.conflict;
  if (rest.updatedBy === undefined) delete item.updatedBy;
  return { kind: 'item', item };
}
