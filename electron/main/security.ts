import { buildContentSecurityPolicy } from '../../shared/security/csp';
import { isAllowedExternalLink } from '../../shared/security/links';
import { describeError, type Logger } from './logger';

/**
 * The policy the main process puts on the app's responses. No extra
 * `connect-src`: in Electron the renderer never talks to remote servers
 * itself.
 */
export const productionContentSecurityPolicy = buildContentSecurityPolicy();

/**
 * The origin of `url` as `scheme://host[:port]`, or null when it has none
 * (file:, data:, about:blank, unparseable). Computed by hand because Node's
 * URL gives custom schemes such as `app:` an opaque `null` origin.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** Whether `url` belongs to one of the app's own origins (as given by `originOf`). */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && appOrigins.includes(origin);
}

/**
 * The normalised form of a link that may open in the system browser (http,
 * https or mailto, no credentials, sane length), or null. Handing the OS the
 * serialised URL rather than the raw string keeps quotes and spaces encoded.
 */
export function normalizeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || !isAllowedExternalLink(url)) return null;
  return new URL(url).href;
}

/** Whether `url` may open in the system browser. */
export function isAllowedExternalUrl(url: unknown): boolean {
  return normalizeExternalUrl(url) !== null;
}

export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The parts of Electron's `WebContents` that `installWindowSecurity` uses. */
export interface SecurableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Keeps a renderer on the app's own pages: no new windows, no navigation or
 * redirect to another origin, no `<webview>`. Allowed links the page tries
 * to open go to the system browser instead.
 */
export function installWindowSecurity(
  webContents: SecurableWebContents,
  options: {
    appOrigins: readonly string[];
    openExternal: (url: string) => Promise<void> | void;
    log?: Logger;
  },
): void {
  const { appOrigins, openExternal, log } = options;
  const openIfAllowed = (url: string): void => {
    const external = normalizeExternalUrl(url);
    if (external === null) {
      log?.warn('security: blocked a link that may not leave the app');
      return;
    }
    Promise.resolve()
      .then(() => openExternal(external))
      .catch((error: unknown) =>
        log?.error('security: could not open a link externally', { error: describeError(error) }),
      );
  };

  webContents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  webContents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appOrigins)) return;
    event.preventDefault();
    openIfAllowed(event.url);
  });
  // A redirect is the server's choice, not the user's click: block it without opening anything.
  webContents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appOrigins)) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
}

type ResponseHeaders = Record<string, string | string[]>;

/** The parts of Electron's `Session` that `installSessionSecurity` uses. */
export interface SecurableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: ResponseHeaders }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Denies every permission (camera, notifications, geolocation, …) and puts
 * `csp` on every response. `csp: null` leaves the headers alone, for the
 * dev server whose pages need inline scripts.
 */
export function installSessionSecurity(
  session: SecurableSession,
  options: { csp: string | null },
): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const { csp } = options;
  if (csp === null) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}, csp) });
  });
}

/**
 * `headers` with `csp` added. A policy the response already had is kept:
 * the browser enforces every policy it is given, so adding never loosens.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]>,
  csp: string,
): ResponseHeaders {
  const name = 'Content-Security-Policy';
  const result: ResponseHeaders = {};
  const existing: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name.toLowerCase()) existing.push(...value);
    else result[key] = value;
  }
  result[name] = [...existing, csp];
  return result;
}
