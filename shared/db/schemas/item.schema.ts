import type { RxJsonSchema } from 'rxdb';

/**
 * The kinds of document a community workbook holds. Each community's
 * documents sync to that community's own CouchDB database.
 */
export const itemTypes = [
  'community',
  'assessment',
  'need',
  'session',
  'action',
  'eventPlan',
  'comment',
  'review',
] as const;
export type ItemType = (typeof itemTypes)[number];

/** The document id of a community's profile inside its own database. */
export const profileDocId = 'profile';

/**
 * Where both sides changed the same field since the common ancestor: both
 * versions are kept until the user chooses (see docs/architecture.md).
 */
export type FieldConflict = { path: string; ours: unknown; theirs: unknown };
export type ItemConflict = {
  detectedAt: string;
  fields: FieldConflict[];
  /** The other side deleted the item while this side edited it. */
  deletedElsewhere?: boolean;
  /** This side deleted the item while the other side edited it. */
  deletedHere?: boolean;
};

/**
 * One synced workbook document. The local primary key is
 * `<communityId>|<docId>`: every community shares one collection here, while
 * on the server each community has its own database in which `docId` is the
 * CouchDB `_id`.
 */
export type ItemDoc<TData = Record<string, unknown>> = {
  id: string;
  communityId: string;
  docId: string;
  type: ItemType;
  /** The version of `data`'s shape for this type; travels with synced documents. */
  dataVersion: number;
  createdAt: string;
  updatedAt: string;
  updatedBy?: string;
  /** When the item was archived; archived items are hidden, never deleted. */
  archivedAt?: string | null;
  data: TData;
  conflict?: ItemConflict | null;
};

export const itemSchema: RxJsonSchema<ItemDoc> = {
  title: 'workbook item',
  description: 'Every synced document of every community workbook on this device',
  // 1: `type` may be `review` (a mentor's review of a session, issue #14).
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    communityId: { type: 'string', maxLength: 64 },
    docId: { type: 'string', maxLength: 128 },
    type: { type: 'string', enum: [...itemTypes], maxLength: 16 },
    dataVersion: { type: 'integer', minimum: 0, maximum: 10000, multipleOf: 1 },
    createdAt: { type: 'string', maxLength: 32 },
    updatedAt: { type: 'string', maxLength: 32 },
    updatedBy: { type: 'string', maxLength: 200 },
    archivedAt: { type: ['string', 'null'], maxLength: 32 },
    data: { type: 'object' },
    conflict: { type: ['object', 'null'] },
  },
  required: ['id', 'communityId', 'docId', 'type', 'dataVersion', 'createdAt', 'updatedAt', 'data'],
  indexes: [
    ['communityId', 'type', 'updatedAt'],
    ['type', 'updatedAt'],
  ],
  additionalProperties: false,
};

/** The type a server docId names (`<type>-<uuid>`, or `profile`); null for anything else. */
export function itemTypeOfDocId(docId: string): ItemType | null {
  if (docId === profileDocId) return 'community';
  return itemTypes.find((type) => type !== 'community' && docId.startsWith(`${type}-`)) ?? null;
}

/** The local primary key of a community's document. */
export function itemId(communityId: string, docId: string): string {
  return `${communityId}|${docId}`;
}
