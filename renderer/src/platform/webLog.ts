import { ipcContract, type DesktopApi } from '../../../shared/ipc/contract';

/**
 * The page log in a plain browser: there is no log file, so the checked
 * entry goes to the browser's console, where the developer sees it.
 */
export function createWebLog(): Pick<DesktopApi, 'log:write'> {
  return {
    'log:write': (input) => {
      const parsed = ipcContract['log:write'].input.safeParse(input);
      if (!parsed.success) return Promise.resolve({ ok: false, code: 'ipc.badInput' });
      const { level, event, ...rest } = parsed.data;
      (level === 'error' ? console.error : console.warn)(`page: ${event}`, rest);
      return Promise.resolve({ ok: true, value: null });
    },
  };
}
