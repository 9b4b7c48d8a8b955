import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useReadsOnly } from '../review';
import { useNeedsStore } from './needsStore';

/**
 * Opens the need named by `?need=<docId>` (a search result) in its edit
 * dialog, once, and takes the parameter off the address so that going back
 * or reloading does not open it again. A mentor, who cannot edit the
 * leader's needs, only lands on the page that lists it.
 */
export function useNeedFromQuery(communityId: string): void {
  const [params, setParams] = useSearchParams();
  const openDialog = useNeedsStore((s) => s.openDialog);
  const mentor = useReadsOnly(communityId);
  const docId = params.get('need');
  useEffect(() => {
    if (!docId) return;
    if (!mentor) openDialog({ kind: 'editNeed', docId });
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('need');
        return next;
      },
      { replace: true },
    );
  }, [docId, mentor, openDialog, setParams]);
}
