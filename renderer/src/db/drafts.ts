import type { KopspeksDatabase } from './database';

/** What was typed into the form `key` and not yet saved, if anything. */
export async function loadDraft(
  db: KopspeksDatabase,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const doc = await db.drafts.findOne(key).exec();
  return doc ? doc.toJSON().values : undefined;
}

export async function saveDraft(
  db: KopspeksDatabase,
  key: string,
  values: Record<string, unknown>,
): Promise<void> {
  await db.drafts.upsert({ key, values, updatedAt: new Date().toISOString() });
}

export async function deleteDraft(db: KopspeksDatabase, key: string): Promise<void> {
  const doc = await db.drafts.findOne(key).exec();
  if (doc) await doc.remove();
}
