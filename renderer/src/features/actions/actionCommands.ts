import {
  actionSchema,
  localIsoDate,
  type Action,
  type ActionInput,
  type ActionStatus,
} from '../../../../shared/domain/action';
import { AppError } from '../../../../shared/errors';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, removeItem, updateItem } from '../../db/items';

/** Adds an agreed action to a session, as its own document. */
export async function createAction(
  db: KopspeksDatabase,
  communityId: string,
  input: ActionInput & { sessionId: string; needId?: string; eventPlanId?: string },
): Promise<void> {
  const data: Action = { ...input, status: 'open', carriedTo: [] };
  const parsed = actionSchema.safeParse(data);
  if (!parsed.success) throw new AppError('validation.invalid');
  await insertItem(db, { communityId, type: 'action', data: parsed.data });
}

/** Done records the day (for "done on time" in the programme's figures); any other status clears it. */
export function setActionStatus(db: KopspeksDatabase, id: string, status: ActionStatus) {
  const doneOn = status === 'done' ? localIsoDate(new Date()) : '';
  return updateItem(db, id, { data: { status, doneOn } });
}

/** Reviewed in a later session and kept open: it shows in that session too. */
export function keepActionOpen(
  db: KopspeksDatabase,
  id: string,
  action: Action,
  sessionId: string,
): Promise<void> {
  if (action.carriedTo.includes(sessionId)) return Promise.resolve();
  return updateItem(db, id, { data: { carriedTo: [...action.carriedTo, sessionId] } });
}

export function deleteAction(db: KopspeksDatabase, id: string): Promise<void> {
  return removeItem(db, id);
}
