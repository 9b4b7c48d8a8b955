import type { KopspeksDatabase } from './database';

/** Reads a device-local record. */
export async function getLocal<T extends Record<string, unknown>>(
  db: KopspeksDatabase,
  key: string,
): Promise<T | undefined> {
  const doc = await db.local.findOne(key).exec();
  return doc ? (doc.toJSON().value as T) : undefined;
}

/** Writes a device-local record; `kind` is the part of `key` before the first colon. */
export async function setLocal(
  db: KopspeksDatabase,
  key: string,
  value: Record<string, unknown>,
): Promise<void> {
  await db.local.upsert({
    key,
    kind: key.split(':')[0] ?? key,
    value,
    updatedAt: new Date().toISOString(),
  });
}

export async function deleteLocal(db: KopspeksDatabase, key: string): Promise<void> {
  const doc = await db.local.findOne(key).exec();
  if (doc) await doc.remove();
}
