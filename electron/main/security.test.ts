import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  installSessionSecurity,
  installWindowSecurity,
  isAllowedExternalUrl,
  isAppUrl,
  originOf,
  productionContentSecurityPolicy,
  withContentSecurityPolicy,
  type NavigationEvent,
  type SecurableSession,
  type SecurableWebContents,
} from './security';

const appOrigins = ['app://kopspeks'];

class FakeWebContents extends EventEmitter implements SecurableWebContents {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits `name` like Electron does and says whether the page prevented it. */
  navigate(name: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event: NavigationEvent & { defaultPrevented: boolean } = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

function secured() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  installWindowSecurity(contents, { appOrigins, openExternal });
  return { contents, openExternal };
}

/** Lets the promise chain that calls `openExternal` run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.lv/path?q=1', 'http://example.com', 'mailto:valde@example.lv'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://kopspeks/index.html',
    'smb://server/share',
    'ms-msdt:/id',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('refuses what is not a string', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ href: 'https://example.com' })).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origins', () => {
    expect(isAppUrl('app://kopspeks/index.html#/needs', appOrigins)).toBe(true);
    expect(isAppUrl('app://KOPSPEKS/index.html', appOrigins)).toBe(true);
    expect(isAppUrl('app://other/index.html', appOrigins)).toBe(false);
    expect(isAppUrl('https://kopspeks/index.html', appOrigins)).toBe(false);
    expect(isAppUrl('file:///index.html', appOrigins)).toBe(false);
    expect(isAppUrl('about:blank', appOrigins)).toBe(false);
    expect(isAppUrl('garbage', appOrigins)).toBe(false);
  });

  it('tells a dev server port apart', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/', ['http://localhost:5173'])).toBe(true);
    expect(isAppUrl('http://localhost:5174/', ['http://localhost:5173'])).toBe(false);
  });
});

describe('installWindowSecurity', () => {
  it('denies every new window and opens allowed links in the system browser', async () => {
    const { contents, openExternal } = secured();
    expect(contents.windowOpenHandler?.({ url: 'https://example.lv/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://kopspeks/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await settle();
    expect(openExternal.mock.calls).toEqual([['https://example.lv/']]);
  });

  it('blocks navigation away from the app', async () => {
    const { contents, openExternal } = secured();
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///C:/Windows/System32/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://other/index.html')).toBe(true);
    await settle();
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });

  it('lets the app navigate within its own origin', () => {
    const { contents } = secured();
    expect(contents.navigate('will-navigate', 'app://kopspeks/index.html#/settings')).toBe(false);
    expect(contents.navigate('will-redirect', 'app://kopspeks/index.html')).toBe(false);
  });

  it('blocks redirects elsewhere without opening them', async () => {
    const { contents, openExternal } = secured();
    expect(contents.navigate('will-redirect', 'https://tracker.example/')).toBe(true);
    await settle();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { contents } = secured();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('survives openExternal failing', async () => {
    const contents = new FakeWebContents();
    const log = { warn: vi.fn(), error: vi.fn() };
    installWindowSecurity(contents, {
      appOrigins,
      openExternal: () => Promise.reject(new Error('no browser')),
      log,
    });
    expect(contents.windowOpenHandler?.({ url: 'https://example.lv/' })).toEqual({
      action: 'deny',
    });
    await settle();
    expect(log.error).toHaveBeenCalledOnce();
  });
});

type HeadersListener = Parameters<SecurableSession['webRequest']['onHeadersReceived']>[0];
type RequestHandler = Parameters<SecurableSession['setPermissionRequestHandler']>[0];

class FakeSession implements SecurableSession {
  requestHandler: RequestHandler | undefined;
  checkHandler: (() => boolean) | undefined;
  headersListener: HeadersListener | undefined;
  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.checkHandler = handler;
  }
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };
}

const fakeSession = () => new FakeSession();

describe('installSessionSecurity', () => {
  it('denies every permission request and check', () => {
    const session = fakeSession();
    installSessionSecurity(session, { csp: productionContentSecurityPolicy });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(session.checkHandler?.()).toBe(false);
  });

  it('adds the CSP to every response', () => {
    const session = fakeSession();
    installSessionSecurity(session, { csp: productionContentSecurityPolicy });
    const callback = vi.fn();
    session.headersListener?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [productionContentSecurityPolicy],
      },
    });
  });

  it('leaves headers alone without a CSP but still denies permissions', () => {
    const session = fakeSession();
    installSessionSecurity(session, { csp: null });
    expect(session.headersListener).toBeUndefined();
    expect(session.checkHandler?.()).toBe(false);
  });
});

describe('withContentSecurityPolicy', () => {
  it('keeps a policy the response already had, whatever its case', () => {
    expect(
      withContentSecurityPolicy({ 'content-security-policy': ["default-src 'none'"] }, 'ours'),
    ).toEqual({ 'Content-Security-Policy': ["default-src 'none'", 'ours'] });
  });
});

describe('productionContentSecurityPolicy', () => {
  const directives = new Map(
    productionContentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it("runs only the app's own scripts", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(productionContentSecurityPolicy).not.toContain('unsafe-eval');
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('lets the renderer connect to nothing but the app', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});
