import { describe, expect, it } from 'vitest';
import { createWebUpdates } from './webUpdates';

describe('updates in the browser', () => {
  it('are unavailable, whatever is asked', async () => {
    const updates = createWebUpdates(() => '1.2.3');
    for (const channel of ['update:getState', 'update:checkNow', 'update:install'] as const) {
      const result = await updates[channel]();
      expect(result).toMatchObject({
        ok: true,
        value: { status: 'unavailable', currentVersion: '1.2.3', availableVersion: null },
      });
    }
  });

  it('accepts busy reports and refuses malformed ones', async () => {
    const updates = createWebUpdates(() => '1.2.3');
    expect(await updates['update:setBusy']({ busy: true })).toEqual({ ok: true, value: null });
    const setBusy = updates['update:setBusy'] as (input: unknown) => Promise<unknown>;
    expect(await setBusy({ busy: 1 })).toEqual({ ok: false, code: 'ipc.badInput' });
  });
});
