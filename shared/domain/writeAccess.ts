import { currentDataVersion } from '../db/migrations/dataMigrations';
import { itemTypes, type ItemType } from '../db/schemas/item.schema';
import type { CommunityRole } from '../sync/communities';
import { commentLimits, commentTargetTypes } from './comment';
import {
  authorOfDocId,
  commentDocId,
  maxDocIdLength,
  reviewedSessionOfDocId,
  uuidPattern,
} from './docIds';
import { reviewLimits } from './review';

/**
 * Who may write what in a community's workbook (issue #14), as the app
 * checks it before writing. The server enforces the same rules in its
 * `validate_doc_update` (shared/provision/accessRules.ts, ES5 for CouchDB's
 * JavaScript engine); a test runs both over the same attacks and insists on
 * the same answers. In short:
 *
 * - the id says what a document is (docIds.ts), and the document must be
 *   that, whatever revision it arrives on;
 * - a leader writes the workbook's records and their own comments; a mentor
 *   only their own comments and reviews; the coordinator nothing;
 * - a comment or review is written, changed and deleted by its author only
 *   (nobody deletes another's comment, the leader neither: feedback is a
 *   record between two people; the coordinator, as server admin, can);
 * - signatures (`updatedBy`, a comment's `authorRole`, a review's author)
 *   are the writer's own; a session's old `reviewed` status can be kept by
 *   its leader but never set;
 * - a size limit per type, no attachments, no fields the app does not know,
 *   no `dataVersion` newer than the app that set up the rules knew.
 */

/** The largest document of each type, in characters of its JSON (CouchDB itself allows 8 MB). */
export const docSizeLimits: Record<ItemType, number> = {
  community: 65_536,
  assessment: 3_000_000,
  need: 524_288,
  session: 3_000_000,
  action: 65_536,
  eventPlan: 2_000_000,
  comment: 65_536,
  review: 8_192,
};

/** The newest `dataVersion` of each type this app writes; the server refuses newer ones. */
export function maxDataVersions(): Record<ItemType, number> {
  return Object.fromEntries(itemTypes.map((type) => [type, currentDataVersion(type)])) as Record<
    ItemType,
    number
  >;
}

/** Who writes: the server user and their role in this community (null: not a member). */
export type Writer = { name: string; role: CommunityRole | null };

export type AccessVerdict = { ok: true } | { ok: false; reason: string };

const leaderTypes = new Set<string>(['assessment', 'need', 'session', 'action', 'eventPlan']);
const tailPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const envelopeKeys = new Set([
  '_id',
  '_rev',
  '_revisions',
  '_deleted',
  'type',
  'dataVersion',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'archivedAt',
  'data',
  'conflict',
]);
const commentKeys = new Set([
  'targetDocId',
  'targetType',
  'authorName',
  'authorRole',
  'body',
  'createdAt',
]);
const reviewKeys = new Set(['sessionDocId', 'reviewerName', 'reviewedAt', 'sharedAt']);

type Doc = Record<string, unknown>;
const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number, min = 0): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const own = (object: Doc, key: string) => Object.prototype.hasOwnProperty.call(object, key);

class Refused extends Error {}
const deny = (reason: string): never => {
  throw new Refused(reason);
};

/** What an id names: its type, and a comment's or review's author (null: an unsigned old comment). */
function readId(id: string): { type: ItemType; author: string | null } | null {
  if (id === 'profile') return { type: 'community', author: null };
  if (id.startsWith('comment-')) {
    if (uuidPattern.test(id.slice('comment-'.length))) return { type: 'comment', author: null };
    const author = authorOfDocId(id);
    return author === null ? null : { type: 'comment', author };
  }
  if (id.startsWith('review-')) {
    const author = authorOfDocId(id);
    return author === null ? null : { type: 'review', author };
  }
  const dash = id.indexOf('-');
  const prefix = dash > 0 ? id.slice(0, dash) : '';
  return leaderTypes.has(prefix) && tailPattern.test(id.slice(dash + 1))
    ? { type: prefix as ItemType, author: null }
    : null;
}

function check(newDoc: Doc, oldDoc: Doc | null, writer: Writer, limits: Limits): void {
  const { name, role } = writer;
  if (!role || !name) deny('not a leader or mentor of this community');
  if (role === 'coordinator') deny('the coordinator writes nothing');
  const id = newDoc._id;
  if (typeof id !== 'string') return deny('no id');
  if (id.startsWith('_design/')) deny('design document');
  if (id.length > maxDocIdLength) deny('id too long');
  const kind = readId(id);
  if (!kind) return deny('id names no kind of document');
  const { type, author } = kind;

  if (type === 'comment' || type === 'review') {
    if (author === null) deny('unsigned comment');
    if (author !== name) deny('written by someone else');
    if (type === 'review' && role !== 'mentor') deny('only mentors review');
  } else if (role !== 'leader') {
    deny('a mentor writes only their own comments and reviews');
  }

  if (own(newDoc, '_attachments')) deny('attachments');
  const body: Doc = {};
  for (const key of Object.keys(newDoc)) if (key !== '_revisions') body[key] = newDoc[key];
  if (JSON.stringify(body).length > limits.sizes[type]) deny('too large');
  const deleted = newDoc._deleted === true;
  if (deleted && !own(newDoc, 'type')) return;
  if (newDoc.type !== type) deny('type differs from the id');
  if (deleted) return;

  for (const key of Object.keys(newDoc)) if (!envelopeKeys.has(key)) deny(`unknown field ${key}`);
  const version = newDoc.dataVersion;
  if (
    typeof version !== 'number' ||
    version % 1 !== 0 ||
    version < 0 ||
    version > limits.dataVersions[type]
  ) {
    deny('dataVersion');
  }
  if (!isText(newDoc.createdAt, 32) || !isText(newDoc.updatedAt, 32)) deny('times');
  if (own(newDoc, 'updatedBy') && newDoc.updatedBy !== name) deny('updatedBy');
  if (own(newDoc, 'archivedAt') && newDoc.archivedAt !== null && !isText(newDoc.archivedAt, 32))
    deny('archivedAt');
  if (own(newDoc, 'conflict') && newDoc.conflict !== null && !isObject(newDoc.conflict))
    deny('conflict');
  const data = newDoc.data;
  if (!isObject(data)) return deny('data');

  if (type === 'comment') {
    for (const key of Object.keys(data)) if (!commentKeys.has(key)) deny(`unknown field ${key}`);
    if (data.authorRole !== role) deny('authorRole');
    const target = data.targetType;
    if (
      typeof target !== 'string' ||
      !(commentTargetTypes as readonly string[]).includes(target) ||
      !isText(data.targetDocId, maxDocIdLength) ||
      !data.targetDocId.startsWith(`${target}-`)
    ) {
      deny('target');
    }
    if (
      !isText(data.authorName, commentLimits.authorName, 1) ||
      !isText(data.body, commentLimits.body, 1) ||
      !isText(data.createdAt, 32)
    ) {
      deny('comment fields');
    }
  } else if (type === 'review') {
    for (const key of Object.keys(data)) if (!reviewKeys.has(key)) deny(`unknown field ${key}`);
    if (data.sessionDocId !== reviewedSessionOfDocId(id)) deny('session');
    if (
      !isText(data.reviewerName, reviewLimits.reviewerName) ||
      !isText(data.reviewedAt, 32, 1) ||
      !isText(data.sharedAt, 32)
    ) {
      deny('review fields');
    }
  } else if (type === 'session') {
    const before = oldDoc && oldDoc._deleted !== true && isObject(oldDoc.data) ? oldDoc.data : {};
    if (data.status === 'reviewed' && before.status !== 'reviewed') deny('reviewed status');
    for (const key of ['reviewedAt', 'reviewedBy']) {
      if (own(data, key) && (!own(before, key) || data[key] !== before[key])) deny(key);
    }
  }
}

export type Limits = {
  sizes: Record<ItemType, number>;
  dataVersions: Record<ItemType, number>;
};

/**
 * Whether `writer` may write `newDoc` (CouchDB's shape: `_id`, `_deleted`…)
 * over `oldDoc` (the revision it replaces; null when none or unknown).
 */
export function accessVerdict(
  newDoc: Doc,
  oldDoc: Doc | null,
  writer: Writer,
  limits: Limits = { sizes: docSizeLimits, dataVersions: maxDataVersions() },
): AccessVerdict {
  try {
    check(newDoc, oldDoc, writer, limits);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

/** What the rules read of a local item (read-only documents from RxDB included). */
type EnvelopeItem = {
  readonly docId: string;
  readonly type: string;
  readonly dataVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly data: unknown;
  readonly updatedBy?: string;
  readonly archivedAt?: string | null;
  readonly conflict?: unknown;
};

/** A local item as the server will see it (local keys and RxDB's own fields left out). */
export function asServerDoc(item: EnvelopeItem, deleted = false): Doc {
  const doc: Doc = {
    _id: item.docId,
    type: item.type,
    dataVersion: item.dataVersion,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    data: item.data,
  };
  if (item.updatedBy !== undefined) doc.updatedBy = item.updatedBy;
  if (item.archivedAt !== undefined) doc.archivedAt = item.archivedAt;
  if (item.conflict !== undefined) doc.conflict = item.conflict;
  if (deleted) doc._deleted = true;
  return doc;
}

/**
 * Whether the app may make this write in a community on the server:
 * create (`before` null), edit, or delete (`after` null).
 */
export function mayWrite(
  writer: Writer,
  before: EnvelopeItem | null,
  after: EnvelopeItem | null,
): AccessVerdict {
  if (!after && !before) return { ok: false, reason: 'nothing to write' };
  const newDoc = after ? asServerDoc(after) : asServerDoc(before!, true);
  return accessVerdict(newDoc, before ? asServerDoc(before) : null, writer);
}

/**
 * A document of a workbook kept only on this device, as its leader uploads
 * it into a community on the server: everything becomes signed by them
 * (`updatedBy`); their comments (unsigned ones were written on this device
 * before there was an account) get their account in the id and the leader's
 * role. A mentor's review and comments signed by someone else stay behind
 * (null): the server lets only their authors write them; the archived local
 * copy keeps them.
 */
export function copyForUpload<
  T extends { docId: string; type: string; data: Record<string, unknown>; updatedBy?: string },
>(item: T, uploader: string): T | null {
  if (item.type === 'review') return null;
  if (item.type !== 'comment') return { ...item, updatedBy: uploader };
  const author = authorOfDocId(item.docId);
  const tail = item.docId.slice('comment-'.length);
  if (author === null && !uuidPattern.test(tail)) return null;
  if (author !== null && author !== uploader) return null;
  return {
    ...item,
    docId: author === null ? commentDocId(uploader, tail) : item.docId,
    updatedBy: uploader,
    data: { ...item.data, authorRole: 'leader' },
  };
}
