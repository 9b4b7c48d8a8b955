import { z } from 'zod';
import { currentDataVersion } from '../db/migrations/dataMigrations';
import { itemTypes, profileDocId, type ItemDoc } from '../db/schemas/item.schema';
import type { ErrorCode } from '../errors';
import { communityIdPattern } from '../sync/communities';

/** What the `format` field of every Kopspēks backup file says. */
export const backupFormatName = 'kopspeks-backup';
/** The version of the file layout this app writes and reads. */
export const backupFormatVersion = 1;
/** The file name ending of a backup, for save dialogs and the automatic backup folder. */
export const backupFileSuffix = '.kopspeks-backup.json';
/** The largest backup accepted, in characters (the IPC limit of a file's content). */
export const maxBackupChars = 50_000_000;

const timestampSchema = z.string().min(1).max(32);

/** An unresolved conflict, as `ItemConflict` in the item schema. */
const conflictSchema = z
  .object({
    detectedAt: timestampSchema,
    fields: z.array(
      z.object({ path: z.string().max(500), ours: z.unknown(), theirs: z.unknown() }).strict(),
    ),
    deletedElsewhere: z.boolean().optional(),
    deletedHere: z.boolean().optional(),
  })
  .strict();

/**
 * One `items` document as kept in a backup: everything but the local key
 * and the community, which the restore chooses. Conflict fields travel too,
 * so a restore brings back an unresolved conflict rather than losing a side.
 */
export const backupItemSchema = z
  .object({
    docId: z.string().min(1).max(128),
    type: z.enum(itemTypes),
    dataVersion: z.number().int().min(0).max(10_000),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    updatedBy: z.string().max(200).optional(),
    archivedAt: timestampSchema.nullable().optional(),
    data: z.record(z.string(), z.unknown()),
    conflict: conflictSchema.nullable().optional(),
  })
  .strict();
export type BackupItem = z.infer<typeof backupItemSchema>;

/**
 * A whole workbook in one JSON file. The header comes first so that a list
 * of backups can read it without parsing the items; `checksum` is SHA-256
 * over `canonicalJson(items)`, so an edited or damaged item is noticed.
 */
const backupEnvelopeSchema = z
  .object({
    format: z.literal(backupFormatName),
    formatVersion: z.literal(backupFormatVersion),
    appVersion: z.string().min(1).max(64),
    createdAt: timestampSchema,
    communityId: z.string().regex(communityIdPattern),
    communityName: z.string().max(200),
    itemCount: z.number().int().min(0),
    checksum: z.object({
      algorithm: z.literal('SHA-256'),
      value: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    // Checked one by one after the checksum, so a bad item gets its own error.
    items: z.array(z.unknown()),
  })
  .strict();

export type BackupFile = Omit<z.infer<typeof backupEnvelopeSchema>, 'items'> & {
  items: BackupItem[];
};

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; code: ErrorCode };

/** JSON with every object's keys sorted, so equal documents always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) {
    if (source[key] !== undefined) sorted[key] = sortKeys(source[key]);
  }
  return sorted;
}

/** SHA-256 of the items' canonical JSON, hex: WebCrypto, so the same in Node and the page. */
export async function itemsChecksum(items: readonly unknown[]): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(items));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A stored document as a backup item: without its local key and community. */
export function toBackupItem(doc: ItemDoc): BackupItem {
  const item: BackupItem = {
    docId: doc.docId,
    type: doc.type,
    dataVersion: doc.dataVersion,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    archivedAt: doc.archivedAt ?? null,
    data: doc.data,
  };
  if (doc.updatedBy !== undefined) item.updatedBy = doc.updatedBy;
  if (doc.conflict) item.conflict = doc.conflict;
  return item;
}

/** Builds the backup of one workbook from its live documents (deleted ones are not included). */
export async function createBackup(input: {
  appVersion: string;
  createdAt: string;
  communityId: string;
  communityName: string;
  docs: readonly ItemDoc[];
}): Promise<BackupFile> {
  const items = input.docs
    .map(toBackupItem)
    .sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  return {
    format: backupFormatName,
    formatVersion: backupFormatVersion,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    communityId: input.communityId,
    communityName: input.communityName,
    itemCount: items.length,
    checksum: { algorithm: 'SHA-256', value: await itemsChecksum(items) },
    items,
  };
}

/** The file's text: the header fields first, then one item per line. */
export function serializeBackup(backup: BackupFile): string {
  const { items, ...header } = backup;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `${head},\n  "items": [${items.length > 0 ? `\n${body}\n  ` : ''}]\n}\n`;
}

const ourFormatMark = /"format"\s*:\s*"kopspeks-backup"/;

/**
 * Reads a backup file's text and checks everything a restore relies on.
 * Never throws: a file that is not JSON, cut short, edited, from another
 * program, from a newer app, or with an item that does not fit gets its
 * own error code, and nothing is restored from it.
 */
export async function readBackup(text: string): Promise<BackupReadResult> {
  if (text.length > maxBackupChars) return { ok: false, code: 'backup.tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Our header but no valid end: the file was cut short (a copy or download stopped).
    const ours = ourFormatMark.test(text.slice(0, 2000));
    const cut = ours && !text.trimEnd().endsWith('}');
    return { ok: false, code: cut ? 'backup.truncated' : 'backup.corrupt' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, code: 'backup.foreign' };
  }
  const fields = raw as Record<string, unknown>;
  if (fields.format !== backupFormatName) return { ok: false, code: 'backup.foreign' };
  if (typeof fields.formatVersion === 'number' && fields.formatVersion > backupFormatVersion) {
    return { ok: false, code: 'backup.newerFormat' };
  }
  const envelope = backupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, code: 'backup.corrupt' };
  const { items: rawItems, ...header } = envelope.data;
  if (rawItems.length !== header.itemCount) return { ok: false, code: 'backup.truncated' };
  if ((await itemsChecksum(rawItems)) !== header.checksum.value) {
    return { ok: false, code: 'backup.tampered' };
  }
  const items: BackupItem[] = [];
  const seen = new Set<string>();
  let hasProfile = false;
  for (const rawItem of rawItems) {
    const parsed = backupItemSchema.safeParse(rawItem);
    if (!parsed.success) return { ok: false, code: 'backup.invalidItem' };
    const item = parsed.data;
    if (item.dataVersion > currentDataVersion(item.type)) {
      return { ok: false, code: 'backup.newerFormat' };
    }
    const isProfile = item.docId === profileDocId;
    if (seen.has(item.docId) || isProfile !== (item.type === 'community')) {
      return { ok: false, code: 'backup.invalidItem' };
    }
    seen.add(item.docId);
    hasProfile ||= isProfile;
    items.push(item);
  }
  // A workbook without its profile could not be opened after the restore.
  if (!hasProfile) return { ok: false, code: 'backup.invalidItem' };
  return { ok: true, backup: { ...header, items } };
}
