import { itemId } from '../../../../shared/db/schemas/item.schema';
import type { AssessmentInput } from '../../../../shared/domain/assessment';
import { emptyRichText, type RichTextDoc } from '../../../../shared/domain/richText';
import {
  newRating,
  upsertRating,
  type Need,
  type NeedRating,
} from '../../../../shared/domain/need';
import type { NeedWeights } from '../../../../shared/domain/needScore';
import type { KopspeksDatabase } from '../../db/database';
import { communityProfileId, insertItem, nowIso, updateItem } from '../../db/items';

export async function createAssessment(
  db: KopspeksDatabase,
  communityId: string,
  input: AssessmentInput,
): Promise<string> {
  const doc = await insertItem(db, {
    communityId,
    type: 'assessment',
    data: { ...input, notes: emptyRichText() },
  });
  return doc.docId;
}

export function saveAssessment(
  db: KopspeksDatabase,
  communityId: string,
  docId: string,
  input: AssessmentInput,
): Promise<void> {
  return updateItem(db, itemId(communityId, docId), { data: input });
}

export function saveAssessmentNotes(
  db: KopspeksDatabase,
  communityId: string,
  docId: string,
  notes: RichTextDoc,
): Promise<void> {
  return updateItem(db, itemId(communityId, docId), { data: { notes } });
}

/** Archiving hides an assessment; its needs and their ratings stay. */
export function setAssessmentArchived(
  db: KopspeksDatabase,
  communityId: string,
  docId: string,
  archived: boolean,
): Promise<void> {
  return updateItem(db, itemId(communityId, docId), { archivedAt: archived ? nowIso() : null });
}

export async function createNeed(
  db: KopspeksDatabase,
  communityId: string,
  need: Need,
): Promise<string> {
  const doc = await insertItem(db, { communityId, type: 'need', data: need });
  return doc.docId;
}

/** Saves a need's own fields and its rating at one assessment; other ratings stay. */
export function saveNeed(
  db: KopspeksDatabase,
  communityId: string,
  docId: string,
  fields: Omit<Need, 'ratings'>,
  ratings: NeedRating[],
): Promise<void> {
  return updateItem(db, itemId(communityId, docId), { data: { ...fields, ratings } });
}

export function archiveNeed(db: KopspeksDatabase, communityId: string, docId: string) {
  return updateItem(db, itemId(communityId, docId), { archivedAt: nowIso() });
}

/** A need known from an earlier assessment gets a rating in this one, starting from its last. */
export function addNeedToAssessment(
  db: KopspeksDatabase,
  communityId: string,
  docId: string,
  need: Need,
  assessmentId: string,
  current: NeedRating | undefined,
): Promise<void> {
  const ratings = upsertRating(need.ratings, newRating(assessmentId, current));
  return updateItem(db, itemId(communityId, docId), { data: { ratings } });
}

export async function saveRatings(
  db: KopspeksDatabase,
  communityId: string,
  changes: { docId: string; ratings: NeedRating[] }[],
): Promise<void> {
  for (const change of changes) {
    await updateItem(db, itemId(communityId, change.docId), { data: { ratings: change.ratings } });
  }
}

/** Weights live in the profile, so they travel with the workbook. */
export function saveNeedWeights(
  db: KopspeksDatabase,
  communityId: string,
  weights: NeedWeights,
): Promise<void> {
  return updateItem(db, communityProfileId(communityId), { data: { needWeights: weights } });
}
