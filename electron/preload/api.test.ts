import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc/channels';
import { buildDesktopApi, type Invoke } from './api';

describe('buildDesktopApi', () => {
  it('has exactly one method per channel', () => {
    const api = buildDesktopApi(vi.fn());
    expect(Object.keys(api).toSorted()).toEqual([...ipcChannels].toSorted());
    for (const channel of ipcChannels) expect(typeof api[channel]).toBe('function');
  });

  it('forwards the channel and the input, and returns the answer', async () => {
    const invoke = vi.fn<Invoke>((channel) => Promise.resolve({ ok: true, value: channel }));
    const api = buildDesktopApi(invoke);

    await expect(api['settings:update']({ locale: 'en' })).resolves.toEqual({
      ok: true,
      value: 'settings:update',
    });
    await api['app:getInfo']();
    await api['shell:openExternal']({ url: 'https://example.lv' });

    expect(invoke.mock.calls).toEqual([
      ['settings:update', { locale: 'en' }],
      ['app:getInfo', undefined],
      ['shell:openExternal', { url: 'https://example.lv' }],
    ]);
  });

  it('forwards only the one input, whatever else the page passes', async () => {
    const invoke = vi.fn<Invoke>(() => Promise.resolve({ ok: true, value: null }));
    const api = buildDesktopApi(invoke);
    const call = api['settings:get'] as unknown as (...args: unknown[]) => Promise<unknown>;
    await call('extra', 'arguments');
    expect(invoke).toHaveBeenCalledExactlyOnceWith('settings:get', 'extra');
  });

  it('cannot be changed by the page', () => {
    const api = buildDesktopApi(vi.fn());
    expect(Object.isFrozen(api)).toBe(true);
  });
});
