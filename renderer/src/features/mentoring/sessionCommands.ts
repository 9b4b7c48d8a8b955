import { newSession, type Session } from '../../../../shared/domain/session';
import { today } from '../actions';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, updateItem } from '../../db/items';

/** Starts a session dated today, with the same mentor as the one before. Returns its docId. */
export async function startSession(
  db: KopspeksDatabase,
  communityId: string,
  mentor = '',
): Promise<string> {
  const doc = await insertItem(db, {
    communityId,
    type: 'session',
    data: newSession(today(), mentor),
  });
  return doc.docId;
}

export function saveSessionFields(
  db: KopspeksDatabase,
  id: string,
  patch: Partial<Session>,
): Promise<void> {
  return updateItem(db, id, { data: patch });
}
