import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ItemDoc } from '../../../../shared/db/schemas/item.schema';

/** Every item with an open conflict, in every workbook. */
export function useConflicts(): ItemDoc[] {
  const query = useMemo(
    () => ({
      collection: 'items',
      query: { selector: { conflict: { $exists: true, $ne: null } } },
    }),
    [],
  );
  const { results } = useLiveRxQuery<ItemDoc>(query);
  return useMemo(() => results.map((doc) => doc.toJSON() as ItemDoc), [results]);
}
