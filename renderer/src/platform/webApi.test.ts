import { beforeEach, describe, expect, it } from 'vitest';
import { createWebApi } from './webApi';

describe('the browser implementation of the desktop API', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the language between starts', async () => {
    const api = createWebApi(window.localStorage);
    expect(await api['settings:get']()).toEqual({ ok: true, value: { locale: 'lv' } });
    expect(await api['settings:update']({ locale: 'en' })).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
    expect(await createWebApi(window.localStorage)['settings:get']()).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
  });

  it('answers wrong payloads with an error result, never a throw', async () => {
    const api = createWebApi(window.localStorage);
    const update = api['settings:update'] as (
      input: unknown,
    ) => ReturnType<(typeof api)['settings:update']>;
    for (const bad of [null, 42, 'en', { locale: 'de' }, { locale: 'en', extra: true }, []]) {
      expect(await update(bad)).toEqual({ ok: false, code: 'ipc.badInput' });
    }
    expect(await api['settings:get']()).toEqual({ ok: true, value: { locale: 'lv' } });
  });

  it('falls back to defaults when stored settings are damaged', async () => {
    window.localStorage.setItem('kopspeks.settings', '{not json');
    expect(await createWebApi(window.localStorage)['settings:get']()).toEqual({
      ok: true,
      value: { locale: 'lv' },
    });
  });

  it('refuses links other than http, https and mailto', async () => {
    const api = createWebApi(window.localStorage);
    expect(await api['shell:openExternal']({ url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      code: 'shell.urlNotAllowed',
    });
  });
});
