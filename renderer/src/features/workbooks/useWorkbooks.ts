import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';
import { readCommunityProfile, type CommunityProfile } from '../../../../shared/domain/community';

export type Workbook = {
  communityId: string;
  profile: CommunityProfile;
  createdAt: string;
  archivedAt: string | null;
};

function toWorkbook(doc: ItemDoc): Workbook {
  return {
    communityId: doc.communityId,
    profile: readCommunityProfile(doc.data),
    createdAt: doc.createdAt,
    archivedAt: doc.archivedAt ?? null,
  };
}

const byName = (a: Workbook, b: Workbook) =>
  a.profile.name.localeCompare(b.profile.name, 'lv', { sensitivity: 'base' });

/** Every community workbook on this device, open ones and archived ones, by name. */
export function useWorkbooks(): { active: Workbook[]; archived: Workbook[]; loading: boolean } {
  const query = useMemo(
    () => ({ collection: 'items', query: { selector: { type: 'community' as const } } }),
    [],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  return useMemo(() => {
    const all = results.map((doc) => toWorkbook(doc.toJSON() as ItemDoc)).sort(byName);
    return {
      active: all.filter((w) => !w.archivedAt),
      archived: all.filter((w) => w.archivedAt),
      loading,
    };
  }, [results, loading]);
}

/** One workbook, or null once it is known not to exist. */
export function useWorkbook(communityId: string): { workbook: Workbook | null; loading: boolean } {
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { type: 'community' as const, communityId } },
    }),
    [communityId],
  );
  const { results, loading } = useLiveRxQuery<ItemDoc>(query);
  const first = results[0];
  return useMemo(
    () => ({ workbook: first ? toWorkbook(first.toJSON() as ItemDoc) : null, loading }),
    [first, loading],
  );
}
