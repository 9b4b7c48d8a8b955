import type { FieldConflict, ItemConflict, ItemDoc } from '../db/schemas/item.schema';

type Entry = { id: string } & Record<string, unknown>;

function withValue(doc: ItemDoc, path: string, value: unknown): ItemDoc {
  if (path === 'archivedAt')
    return { ...doc, archivedAt: (value as string | null | undefined) ?? null };
  const match = /^data\.([^#]+)(?:#(.+))?$/.exec(path);
  if (!match) return doc;
  const [, key, entryId] = match as unknown as [string, string, string | undefined];
  const data = { ...doc.data };
  if (entryId === undefined) {
    if (value === undefined) delete data[key];
    else data[key] = value;
    return { ...doc, data };
  }
  const list = Array.isArray(data[key]) ? [...(data[key] as Entry[])] : [];
  const index = list.findIndex((entry) => entry.id === entryId);
  if (value === undefined) {
    if (index >= 0) list.splice(index, 1);
  } else if (index >= 0) list[index] = value as Entry;
  else list.push(value as Entry);
  data[key] = list;
  return { ...doc, data };
}

function remaining(conflict: ItemConflict, fields: FieldConflict[]): ItemConflict | null {
  const flags = conflict.deletedElsewhere || conflict.deletedHere;
  if (fields.length === 0 && !flags) return null;
  return { ...conflict, fields };
}

/**
 * Settles one conflicting field with the user's choice: our version, theirs,
 * or a value they combined. The other open conflicts stay.
 */
export function resolveFieldConflict(
  doc: ItemDoc,
  path: string,
  choice: { keep: 'ours' | 'theirs' } | { value: unknown },
): ItemDoc {
  const conflict = doc.conflict;
  // With several entries for one field, the first is settled; the next stays open.
  const field = conflict?.fields.find((f) => f.path === path);
  if (!conflict || !field) return doc;
  const value =
    'value' in choice ? choice.value : choice.keep === 'ours' ? field.ours : field.theirs;
  const updated = withValue(doc, path, value);
  return {
    ...updated,
    conflict: remaining(
      conflict,
      conflict.fields.filter((f) => f !== field),
    ),
  };
}

/**
 * Settles an edit that met a deletion: keep the item (with its edits) or
 * delete it after all. Returns null when the item should be deleted.
 */
export function resolveDeletionConflict(doc: ItemDoc, keep: boolean): ItemDoc | null {
  if (!keep) return null;
  const conflict = doc.conflict;
  if (!conflict) return doc;
  const rest: ItemConflict = { ...conflict };
  delete rest.deletedElsewhere;
  delete rest.deletedHere;
  return { ...doc, conflict: remaining(rest, rest.fields) };
}
