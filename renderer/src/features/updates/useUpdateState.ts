import { useCallback, useEffect, useState } from 'react';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import type { UpdateState } from '../../../../shared/updates/updateState';
import { desktop } from '../../platform';

/** The update channels of the desktop API (a fake one in tests). */
export type UpdatesApi = Pick<
  DesktopApi,
  'update:getState' | 'update:checkNow' | 'update:install' | 'update:setBusy'
>;

/** How often the page asks again: often while something is moving, rarely otherwise. */
export const updatePollMs = { active: 1_500, quiet: 60_000 } as const;

/**
 * The app's update state from the main process, kept fresh by asking again
 * (the contract has no push channel). `null` until the first answer.
 */
export function useUpdateState(api: UpdatesApi = desktop) {
  const [state, setState] = useState<UpdateState | null>(null);

  const status = state?.status;
  useEffect(() => {
    let cancelled = false;
    const refresh = () =>
      api['update:getState']().then((result) => {
        if (!cancelled && result.ok) setState(result.value);
      });
    void refresh();
    const active = status === 'checking' || status === 'downloading';
    const timer =
      status === 'unavailable'
        ? undefined
        : setInterval(() => void refresh(), active ? updatePollMs.active : updatePollMs.quiet);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [api, status]);

  const checkNow = useCallback(async () => {
    const result = await api['update:checkNow']();
    if (result.ok) setState(result.value);
  }, [api]);

  const install = useCallback(async () => {
    const result = await api['update:install']();
    if (result.ok) setState(result.value);
  }, [api]);

  return { state, checkNow, install };
}
