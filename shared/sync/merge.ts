import type { FieldConflict, ItemConflict, ItemDoc } from '../db/schemas/item.schema';

/** A document as replication sees it: with its deletion flag. */
export type SyncedItem = ItemDoc & { _deleted: boolean };

/** Deep equality of JSON values, ignoring key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => jsonEqual(value, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => jsonEqual(left[key], right[key]));
}

/** Fields replication bookkeeping adds or changes on every write; never compared. */
const bookkeeping = new Set(['_meta', '_rev', '_attachments', 'updatedAt', 'updatedBy']);

/** Whether two states of an item hold the same content. */
export function sameContent(
  a: Partial<SyncedItem> | undefined,
  b: Partial<SyncedItem> | undefined,
): boolean {
  if (!a || !b) return a === b;
  const strip = (doc: Partial<SyncedItem>) =>
    Object.fromEntries(Object.entries(doc).filter(([key]) => !bookkeeping.has(key)));
  return jsonEqual(
    { ...strip(a), _deleted: Boolean(a._deleted) },
    { ...strip(b), _deleted: Boolean(b._deleted) },
  );
}

type Entry = { id: string } & Record<string, unknown>;
const isEntryList = (value: unknown): value is Entry[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (entry) =>
      typeof entry === 'object' && entry !== null && typeof (entry as Entry).id === 'string',
  );

type MergeResult = { value: unknown; conflicts: FieldConflict[] };

/**
 * Three-way merge of one value. Lists of entries with ids (agenda items,
 * tasks, budget lines, ratings) merge entry by entry; anything else is one
 * value. Where both sides changed it differently, ours is kept in place and
 * theirs goes into the conflict, so neither is lost.
 */
function mergeValue(path: string, base: unknown, theirs: unknown, ours: unknown): MergeResult {
  if (jsonEqual(theirs, ours)) return { value: theirs, conflicts: [] };
  if (jsonEqual(ours, base)) return { value: theirs, conflicts: [] };
  if (jsonEqual(theirs, base)) return { value: ours, conflicts: [] };
  const lists = [base ?? [], theirs ?? [], ours ?? []];
  if (
    lists.every((list) => Array.isArray(list)) &&
    lists.some(isEntryList) &&
    lists.every((l) => (l as unknown[]).length === 0 || isEntryList(l))
  ) {
    return mergeEntries(
      path,
      base as Entry[] | undefined,
      theirs as Entry[] | undefined,
      ours as Entry[] | undefined,
    );
  }
  return { value: ours, conflicts: [{ path, ours, theirs }] };
}

function mergeEntries(
  path: string,
  base: Entry[] = [],
  theirs: Entry[] = [],
  ours: Entry[] = [],
): MergeResult {
  const byId = (list: Entry[]) => new Map(list.map((entry) => [entry.id, entry]));
  const baseMap = byId(base);
  const theirMap = byId(theirs);
  const ourMap = byId(ours);
  const order = [
    ...theirs.map((e) => e.id),
    ...ours.map((e) => e.id).filter((id) => !theirMap.has(id)),
  ];
  const value: Entry[] = [];
  const conflicts: FieldConflict[] = [];
  for (const id of order) {
    const merged = mergeValue(`${path}#${id}`, baseMap.get(id), theirMap.get(id), ourMap.get(id));
    conflicts.push(...merged.conflicts);
    if (merged.value !== undefined) value.push(merged.value as Entry);
  }
  return { value, conflicts };
}

function mergeRecord(
  path: string,
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  ours: Record<string, unknown>,
): { value: Record<string, unknown>; conflicts: FieldConflict[] } {
  const keys = new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(ours)]);
  const value: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const key of keys) {
    const merged = mergeValue(path ? `${path}.${key}` : key, base[key], theirs[key], ours[key]);
    conflicts.push(...merged.conflicts);
    if (merged.value !== undefined) value[key] = merged.value;
  }
  return { value, conflicts };
}

function combineConflicts(
  previous: (ItemConflict | null | undefined)[],
  fields: FieldConflict[],
  detectedAt: string,
  flags: Pick<ItemConflict, 'deletedElsewhere' | 'deletedHere'> = {},
): ItemConflict | null {
  // A later entry for a path used to replace an earlier one outright. That
  // lost a version: with three clients editing one field, B's merge keeps
  // {ours: b, theirs: c}; A, who never saw c, then merges {ours: a, theirs: b}
  // and c was gone (found by workbookReplication.property.test.ts). An
  // earlier entry is now dropped only when later entries for the same path
  // still hold every version it holds; otherwise both stay, and the user
  // settles them one after the other.
  const all = [...previous.flatMap((conflict) => conflict?.fields ?? []), ...fields];
  const kept = all.filter((field, i) => {
    const later = all.slice(i + 1).filter((other) => other.path === field.path);
    const held = (value: unknown) =>
      later.some((other) => jsonEqual(other.ours, value) || jsonEqual(other.theirs, value));
    return !(later.length > 0 && held(field.ours) && held(field.theirs));
  });
  const deletedElsewhere = flags.deletedElsewhere ?? previous.some((c) => c?.deletedElsewhere);
  const deletedHere = flags.deletedHere ?? previous.some((c) => c?.deletedHere);
  if (kept.length === 0 && !deletedElsewhere && !deletedHere) return null;
  return {
    detectedAt,
    fields: kept,
    ...(deletedElsewhere ? { deletedElsewhere: true } : {}),
    ...(deletedHere ? { deletedHere: true } : {}),
  };
}

const later = (a?: string, b?: string) => ((a ?? '') > (b ?? '') ? a : b);

/**
 * Merges our state of an item with the server's against their common
 * ancestor (RxDB's assumed master state). Nothing typed is lost: a field
 * changed on both sides keeps both versions in `conflict`; an edit meets a
 * deletion by keeping the edit and asking.
 */
export function mergeItem(
  base: SyncedItem | undefined,
  theirs: SyncedItem,
  ours: SyncedItem,
  now: string = new Date().toISOString(),
): SyncedItem {
  if (sameContent(theirs, ours)) return { ...theirs, conflict: theirs.conflict ?? null };
  if (theirs._deleted && ours._deleted) return theirs;
  if (theirs._deleted) {
    // Deleted there: accept it unless we changed the item since.
    if (base && sameContent(ours, base)) return theirs;
    return {
      ...ours,
      _deleted: false,
      conflict: combineConflicts([ours.conflict], [], now, { deletedElsewhere: true }),
    };
  }
  if (ours._deleted) {
    // Deleted here: it stands unless someone changed the item meanwhile.
    if (base && sameContent(theirs, base)) return ours;
    // Written back by this device, so without the other writer's signature:
    // the server takes `updatedBy` only from the account that writes it (#14).
    const { updatedBy: _theirSignature, ...unsigned } = theirs;
    return {
      ...unsigned,
      conflict: combineConflicts([theirs.conflict], [], now, { deletedHere: true }),
    };
  }

  const baseDoc: Partial<SyncedItem> = base && !base._deleted ? base : {};
  const data = mergeRecord('data', baseDoc.data ?? {}, theirs.data, ours.data);
  const archived = mergeValue('archivedAt', baseDoc.archivedAt, theirs.archivedAt, ours.archivedAt);
  // Open conflicts merge like a field: a resolution on one side stands.
  const openConflicts = jsonEqual(theirs.conflict ?? null, baseDoc.conflict ?? null)
    ? [ours.conflict]
    : jsonEqual(ours.conflict ?? null, baseDoc.conflict ?? null)
      ? [theirs.conflict]
      : [theirs.conflict, ours.conflict];
  return {
    ...theirs,
    ...ours,
    data: data.value,
    archivedAt: (archived.value as string | null | undefined) ?? null,
    dataVersion: Math.max(theirs.dataVersion, ours.dataVersion),
    updatedAt: later(theirs.updatedAt, ours.updatedAt) ?? ours.updatedAt,
    _deleted: false,
    conflict: combineConflicts(openConflicts, [...data.conflicts, ...archived.conflicts], now),
  };
}

/**
 * Applies an edit made on a copy of `base` to the item as it is now: only
 * the fields the edit changed are written, so a change that arrived (by
 * sync) while an editor was open is kept; where both changed the same field,
 * the edit wins and the other version is kept in `conflict`.
 */
export function applyEditToCurrent<T extends ItemDoc>(
  current: T,
  base: Record<string, unknown>,
  edited: Record<string, unknown>,
  now: string = new Date().toISOString(),
): T {
  const merged = mergeRecord('data', base, current.data, edited);
  return {
    ...current,
    data: merged.value,
    conflict: combineConflicts([current.conflict], merged.conflicts, now),
  };
}
