import { ipcContract, type DesktopApi, type IpcResult } from '../../../shared/ipc/contract';
import { initialUpdateState, type UpdateState } from '../../../shared/updates/updateState';

type UpdateChannel = 'update:getState' | 'update:checkNow' | 'update:install' | 'update:setBusy';

/**
 * Updates in a plain browser: there is nothing to update (the page is
 * whatever the server sends), so the state is always `unavailable` and the
 * page says "updates are not available in the browser".
 */
export function createWebUpdates(version: () => string): Pick<DesktopApi, UpdateChannel> {
  // The version is read on each call: `__APP_VERSION__` exists only in a Vite build.
  const answer = (): Promise<IpcResult<UpdateState>> =>
    Promise.resolve({ ok: true, value: initialUpdateState(version(), 'unavailable') });
  return {
    'update:getState': answer,
    'update:checkNow': answer,
    'update:install': answer,
    'update:setBusy': (input) => {
      const parsed = ipcContract['update:setBusy'].input.safeParse(input);
      return Promise.resolve(
        parsed.success ? { ok: true, value: null } : { ok: false, code: 'ipc.badInput' },
      );
    },
  };
}
