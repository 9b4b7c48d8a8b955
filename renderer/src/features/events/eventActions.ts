import { itemId } from '../../../../shared/db/schemas/item.schema';
import { z } from 'zod';
import {
  eventPlanLimits,
  eventPlanSchema,
  type EventPlan,
  type NewPlanInput,
} from '../../../../shared/domain/eventPlan';
import { instantiateTemplate } from '../../../../shared/domain/eventTemplates';
import type { LinkedNeedStatus } from '../../../../shared/domain/linkedNeed';
import { AppError } from '../../../../shared/errors';
import type { Locale } from '../../../../shared/i18n/locales';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem, newId, updateItem } from '../../db/items';

/** Creates a plan from the template of its kind; returns its docId. */
export async function createEventPlan(
  db: KopspeksDatabase,
  communityId: string,
  input: NewPlanInput,
  locale: Locale,
): Promise<string> {
  const plan = instantiateTemplate(input.kind, {
    title: input.title,
    startDate: input.startDate,
    locale,
    newId,
  });
  const doc = await insertItem(db, { communityId, type: 'eventPlan', data: plan });
  return doc.docId;
}

const draftPlanSchema = eventPlanSchema.extend({ title: z.string().max(eventPlanLimits.title) });

/**
 * Saves the whole plan. The title may be empty while the user is typing, so
 * the check here is the schema's limits with the title relaxed; anything the
 * schema refuses is not written (the editor keeps it and says "not saved").
 */
export async function saveEventPlan(
  db: KopspeksDatabase,
  id: string,
  plan: EventPlan,
  base?: EventPlan,
): Promise<void> {
  const parsed = draftPlanSchema.safeParse(plan);
  if (!parsed.success) throw new AppError('validation.invalid', { cause: parsed.error });
  // Only the fields edited since `base` are written: a synced change to
  // another field while the plan was open is kept.
  await updateItem(db, id, base ? { data: plan, base } : { data: plan });
}

/** Moves a linked need forward; the need's own document changes, not the plan. */
export function setNeedStatus(
  db: KopspeksDatabase,
  communityId: string,
  needDocId: string,
  status: LinkedNeedStatus,
): Promise<void> {
  return updateItem(db, itemId(communityId, needDocId), { data: { status } });
}
