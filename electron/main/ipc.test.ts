import { describe, expect, it, vi } from 'vitest';
import { AppError, isErrorCode } from '../../shared/errors';
import { ipcChannels } from '../../shared/ipc/channels';
import { ipcContract } from '../../shared/ipc/contract';
import { initialUpdateState } from '../../shared/updates/updateState';
import {
  handleIpcCall,
  isTrustedSender,
  registerIpcHandlers,
  type IpcDeps,
  type IpcHandlers,
  type SenderFrame,
} from './ipc';

const appOrigins = ['app://kopspeks'];
const topFrame: SenderFrame = { url: 'app://kopspeks/index.html#/needs', parent: null };
const trustedEvent = { senderFrame: topFrame };

function fakeHandlers() {
  return {
    'app:getInfo': vi.fn<IpcHandlers['app:getInfo']>(() =>
      Promise.resolve({ version: '1.2.3', runtime: 'electron', platform: 'linux' }),
    ),
    'settings:get': vi.fn<IpcHandlers['settings:get']>(() => Promise.resolve({ locale: 'lv' })),
    'settings:update': vi.fn<IpcHandlers['settings:update']>((patch) =>
      Promise.resolve({ locale: patch.locale ?? 'lv' }),
    ),
    'shell:openExternal': vi.fn<IpcHandlers['shell:openExternal']>(() => Promise.resolve(null)),
    'file:saveText': vi.fn<IpcHandlers['file:saveText']>(() => Promise.resolve({ saved: false })),
    'file:savePdf': vi.fn<IpcHandlers['file:savePdf']>(() => Promise.resolve({ saved: false })),
    'sync:getAccount': vi.fn<IpcHandlers['sync:getAccount']>(() => Promise.resolve(null)),
    'sync:signIn': vi.fn<IpcHandlers['sync:signIn']>(({ serverUrl, username }) =>
      Promise.resolve({ serverUrl, username }),
    ),
    'sync:signOut': vi.fn<IpcHandlers['sync:signOut']>(() => Promise.resolve(null)),
    'sync:testConnection': vi.fn<IpcHandlers['sync:testConnection']>(() =>
      Promise.resolve({ result: 'ready', roles: [] }),
    ),
    'sync:fetch': vi.fn<IpcHandlers['sync:fetch']>(() =>
      Promise.resolve({ status: 200, body: '{}' }),
    ),
    'backup:saveAuto': vi.fn<IpcHandlers['backup:saveAuto']>(() =>
      Promise.reject(new AppError('backup.saveFailed')),
    ),
    'backup:listAuto': vi.fn<IpcHandlers['backup:listAuto']>(() => Promise.resolve([])),
    'backup:readAuto': vi.fn<IpcHandlers['backup:readAuto']>(() =>
      Promise.reject(new AppError('backup.notFound')),
    ),
    'update:getState': vi.fn<IpcHandlers['update:getState']>(() =>
      Promise.resolve(initialUpdateState('1.2.3')),
    ),
    'update:checkNow': vi.fn<IpcHandlers['update:checkNow']>(() =>
      Promise.resolve(initialUpdateState('1.2.3')),
    ),
    'update:install': vi.fn<IpcHandlers['update:install']>(() =>
      Promise.resolve(initialUpdateState('1.2.3')),
    ),
    'update:setBusy': vi.fn<IpcHandlers['update:setBusy']>(() => Promise.resolve(null)),
    'log:write': vi.fn<IpcHandlers['log:write']>(() => Promise.resolve(null)),
  } satisfies IpcHandlers;
}

function deps(handlers = fakeHandlers()) {
  const log = { warn: vi.fn(), error: vi.fn() };
  const all: IpcDeps = {
    handlers,
    isTrustedSender: (frame) => isTrustedSender(frame, appOrigins),
    log,
  };
  return { ...all, log, handlers };
}

describe('isTrustedSender', () => {
  it('trusts the top frame of our own page', () => {
    expect(isTrustedSender(topFrame, appOrigins)).toBe(true);
    expect(
      isTrustedSender({ url: 'http://localhost:5173/', parent: null }, ['http://localhost:5173']),
    ).toBe(true);
  });

  it.each([
    ['a missing frame', null],
    ['an undefined frame', undefined],
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['another app host', { url: 'app://other/index.html', parent: null }],
    ['a file page', { url: 'file:///index.html', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['a sub-frame of our page', { url: 'app://kopspeks/index.html', parent: topFrame }],
  ] as const)('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame, appOrigins)).toBe(false);
  });

  it('refuses a disposed frame whose url throws', () => {
    const disposed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(disposed, appOrigins)).toBe(false);
  });
});

describe('handleIpcCall', () => {
  it('answers a good call with the handler value', async () => {
    const d = deps();
    expect(await handleIpcCall('app:getInfo', trustedEvent, undefined, d)).toEqual({
      ok: true,
      value: { version: '1.2.3', runtime: 'electron', platform: 'linux' },
    });
    expect(await handleIpcCall('settings:update', trustedEvent, { locale: 'en' }, d)).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
    expect(d.handlers['settings:update']).toHaveBeenCalledWith({ locale: 'en' });
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame', { senderFrame: { url: 'app://kopspeks/index.html', parent: topFrame } }],
    ['no frame', { senderFrame: null }],
  ])('refuses a call from %s before looking at the input', async (_name, event) => {
    const d = deps();
    expect(await handleIpcCall('settings:update', event, { locale: 'en' }, d)).toEqual({
      ok: false,
      code: 'ipc.untrustedSender',
    });
    expect(d.handlers['settings:update']).not.toHaveBeenCalled();
  });

  it('refuses when the trust check itself throws', async () => {
    const d = {
      ...deps(),
      isTrustedSender: () => {
        throw new Error('frame gone');
      },
    };
    expect(await handleIpcCall('settings:get', trustedEvent, undefined, d)).toEqual({
      ok: false,
      code: 'ipc.untrustedSender',
    });
  });

  const pollutedJson: unknown = JSON.parse('{"__proto__": {"locale": "en"}}');
  const inherited: unknown = Object.create({ locale: 'en' });
  const withGetter = Object.defineProperty({}, 'locale', { enumerable: true, get: () => 'en' });
  const constructorTrick = { locale: 'en', constructor: { prototype: { polluted: true } } };

  it.each([
    ['settings:update', 42],
    ['settings:update', 'en'],
    ['settings:update', null],
    ['settings:update', []],
    ['settings:update', { locale: 'de' }],
    ['settings:update', { locale: 1 }],
    ['settings:update', { locale: 'en', extra: true }],
    ['settings:update', { locale: 'x'.repeat(1_000_000) }],
    ['settings:update', pollutedJson],
    ['settings:update', inherited],
    ['settings:update', withGetter],
    ['settings:update', constructorTrick],
    ['settings:update', new Date()],
    ['settings:update', () => ({ locale: 'en' })],
    ['settings:update', Symbol('locale')],
    ['shell:openExternal', undefined],
    ['shell:openExternal', { url: 42 }],
    ['shell:openExternal', { url: `https://example.com/${'a'.repeat(5000)}` }],
    ['shell:openExternal', { url: 'https://example.com', target: '_blank' }],
    ['shell:openExternal', { url: ['https://example.com'] }],
    ['file:saveText', { suggestedName: '', content: 'a', format: 'csv' }],
    ['file:saveText', { suggestedName: 'a', content: 'a', format: 'exe' }],
    ['file:savePdf', { suggestedName: 'a', html: 7 }],
    ['app:getInfo', {}],
    ['app:getInfo', null],
    ['settings:get', 'please'],
    ['sync:getAccount', {}],
    ['sync:signOut', { everything: true }],
    ['sync:signIn', { serverUrl: 'https://a:b@sync.example.lv/', username: 'a', password: 'b' }],
    ['sync:signIn', { serverUrl: 'ftp://sync.example.lv/', username: 'a', password: 'b' }],
    ['sync:signIn', { serverUrl: 'https://sync.example.lv/?x=1', username: 'a', password: 'b' }],
    ['sync:signIn', { serverUrl: 'not a url', username: 'a', password: 'b' }],
    ['sync:signIn', { serverUrl: 'https://sync.example.lv/', username: ' ', password: 'b' }],
    ['sync:signIn', { serverUrl: 'https://sync.example.lv/', username: 'a', password: '' }],
    ['sync:signIn', { serverUrl: 'https://sync.example.lv/', username: 'a' }],
    ['sync:signIn', { serverUrl: 'https://sync.example.lv/', username: 'a', password: 'b', x: 1 }],
    ['sync:testConnection', { serverUrl: 'https://sync.example.lv/' }],
    ['sync:testConnection', { serverUrl: 'https://sync.example.lv/', username: 'a', database: 7 }],
    ['sync:fetch', { path: '/_users', method: 'GET' }],
    ['sync:fetch', { path: '//evil.example/', method: 'GET' }],
    ['sync:fetch', { path: 'https://evil.example/', method: 'GET' }],
    ['sync:fetch', { path: 'kopspeks-x', method: 'PATCH' }],
    ['sync:fetch', { path: 'kopspeks-x', method: 'GET', timeoutMs: 10 }],
    ['sync:fetch', { path: 'kopspeks-x', method: 'GET', headers: { host: 'evil' } }],
  ] as const)('refuses %s with input %#', async (channel, input) => {
    const d = deps();
    const result = await handleIpcCall(channel, trustedEvent, input, d);
    expect(result).toEqual({ ok: false, code: 'ipc.badInput' });
    expect(d.handlers[channel]).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).locale).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deeply nested input without overflowing the stack', async () => {
    let deep: unknown = { locale: 'en' };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const d = deps();
    expect(await handleIpcCall('settings:update', trustedEvent, deep, d)).toEqual({
      ok: false,
      code: 'ipc.badInput',
    });
  });

  it("answers an AppError's code", async () => {
    const handlers = fakeHandlers();
    handlers['shell:openExternal'].mockRejectedValue(new AppError('shell.urlNotAllowed'));
    const d = deps(handlers);
    expect(
      await handleIpcCall('shell:openExternal', trustedEvent, { url: 'file:///x' }, d),
    ).toEqual({
      ok: false,
      code: 'shell.urlNotAllowed',
    });
  });

  it('answers ipc.failed for any other error and logs it without the input', async () => {
    const handlers = fakeHandlers();
    handlers['shell:openExternal'].mockRejectedValue(new Error('xdg-open missing'));
    const d = deps(handlers);
    const secret = 'https://example.com/?token=very-secret-token';
    expect(await handleIpcCall('shell:openExternal', trustedEvent, { url: secret }, d)).toEqual({
      ok: false,
      code: 'ipc.failed',
    });
    expect(d.log.error).toHaveBeenCalledOnce();
    expect(JSON.stringify(d.log.error.mock.calls)).toContain('xdg-open missing');
    expect(JSON.stringify([d.log.error.mock.calls, d.log.warn.mock.calls])).not.toContain(
      'very-secret',
    );
  });

  it('never logs a password, whatever the sign-in handler throws', async () => {
    const handlers = fakeHandlers();
    handlers['sync:signIn'].mockRejectedValue(new Error('socket hang up'));
    const d = deps(handlers);
    const input = {
      serverUrl: 'https://sync.example.lv',
      username: 'liga',
      password: 'very-secret-password',
    };
    expect(await handleIpcCall('sync:signIn', trustedEvent, input, d)).toEqual({
      ok: false,
      code: 'ipc.failed',
    });
    expect(await handleIpcCall('sync:signIn', trustedEvent, { ...input, extra: 1 }, d)).toEqual({
      ok: false,
      code: 'ipc.badInput',
    });
    expect(JSON.stringify([d.log.error.mock.calls, d.log.warn.mock.calls])).not.toContain(
      'very-secret',
    );
  });

  it('hands the sync handlers the normalised server address', async () => {
    const d = deps();
    const input = {
      serverUrl: ' https://Sync.Example.lv/couch ',
      username: ' liga ',
      password: 'p',
    };
    expect(await handleIpcCall('sync:signIn', trustedEvent, input, d)).toEqual({
      ok: true,
      value: { serverUrl: 'https://sync.example.lv/couch/', username: 'liga' },
    });
  });

  it('survives a handler that throws synchronously or throws a non-Error', async () => {
    const handlers = fakeHandlers();
    handlers['settings:get'].mockImplementation(() => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a non-Error throw is the case under test
      throw 'not an error';
    });
    expect(await handleIpcCall('settings:get', trustedEvent, undefined, deps(handlers))).toEqual({
      ok: false,
      code: 'ipc.failed',
    });
  });

  it('refuses to pass on output that breaks the contract', async () => {
    const handlers = fakeHandlers();
    handlers['settings:get'].mockResolvedValue({ locale: 'de' } as never);
    const d = deps(handlers);
    expect(await handleIpcCall('settings:get', trustedEvent, undefined, d)).toEqual({
      ok: false,
      code: 'ipc.failed',
    });
    expect(d.log.error).toHaveBeenCalledOnce();
  });

  it('never answers with a code the renderer cannot translate', async () => {
    const d = deps();
    const results = await Promise.all([
      handleIpcCall('settings:update', trustedEvent, 7, d),
      handleIpcCall('settings:update', { senderFrame: null }, {}, d),
    ]);
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(isErrorCode(result.code)).toBe(true);
    }
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, deps());
    const registered = handle.mock.calls.map(([channel]) => channel as string);
    expect(registered.toSorted()).toEqual(Object.keys(ipcContract).toSorted());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('routes each registered channel through the checks to its handler', async () => {
    const handle = vi.fn();
    const d = deps();
    registerIpcHandlers({ handle }, d);
    const listener = handle.mock.calls.find(([channel]) => channel === 'settings:update')?.[1] as (
      event: unknown,
      input: unknown,
    ) => Promise<unknown>;
    expect(await listener(trustedEvent, { locale: 'en' })).toEqual({
      ok: true,
      value: { locale: 'en' },
    });
    expect(await listener({ senderFrame: null }, { locale: 'en' })).toEqual({
      ok: false,
      code: 'ipc.untrustedSender',
    });
    expect(d.handlers['settings:update']).toHaveBeenCalledOnce();
  });
});

describe('the IPC contract', () => {
  it('lists the same channels as channels.ts', () => {
    expect(new Set(Object.keys(ipcContract))).toEqual(new Set(ipcChannels));
    expect(Object.keys(ipcContract)).toHaveLength(ipcChannels.length);
  });

  it('names every channel domain:verb', () => {
    for (const channel of ipcChannels) expect(channel).toMatch(/^[a-z]+:[a-z][A-Za-z]+$/);
  });
});
