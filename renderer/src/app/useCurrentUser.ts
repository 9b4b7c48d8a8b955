import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { LocalDoc } from '../../../shared/db/schemas/local.schema';
import { readCurrentUser, type CurrentUser } from '../../../shared/domain/user';

export const currentUserKey = 'user';

/** Who uses this device: name and role, for comments and actions. */
export function useCurrentUser(): CurrentUser {
  const query = useMemo(
    () => ({ collection: 'local', query: { selector: { key: currentUserKey } } }),
    [],
  );
  const { results } = useLiveRxQuery<LocalDoc>(query);
  const first = results[0];
  return useMemo(() => readCurrentUser(first?.toJSON().value), [first]);
}
