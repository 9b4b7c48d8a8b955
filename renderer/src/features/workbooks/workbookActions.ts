import type { CommunityProfile } from '../../../../shared/domain/community';
import type { KopspeksDatabase } from '../../db/database';
import { communityProfileId, createCommunity, nowIso, updateItem } from '../../db/items';

export function createWorkbook(db: KopspeksDatabase, profile: CommunityProfile): Promise<string> {
  return createCommunity(db, profile);
}

export function saveWorkbookProfile(
  db: KopspeksDatabase,
  communityId: string,
  profile: CommunityProfile,
): Promise<void> {
  return updateItem(db, communityProfileId(communityId), { data: profile });
}

/** Archiving hides a workbook; it never deletes anything. */
export function setWorkbookArchived(
  db: KopspeksDatabase,
  communityId: string,
  archived: boolean,
): Promise<void> {
  return updateItem(db, communityProfileId(communityId), {
    archivedAt: archived ? nowIso() : null,
  });
}
