import { basicAuthorization, resolveServerPath } from '../sync/syncServer';

/** The part of `fetch` the tool uses (Node's global fetch, or a test's). */
export type AdminFetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Why provisioning stopped. Messages name the request and the server's
 * answer, never a request body: bodies may carry passwords.
 */
export class ProvisionError extends Error {
  constructor(
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'ProvisionError';
  }
}

export type CouchAnswer = { status: number; body: unknown };

const timeoutMs = 30_000;

/** An HTTP client for the server admin: JSON in, JSON out, Basic authentication. */
export class CouchAdmin {
  readonly serverUrl: string;
  private readonly authorization: string;

  constructor(
    serverUrl: string,
    admin: { username: string; password: string },
    private readonly fetchImpl: AdminFetch = (url, init) => fetch(url, init),
  ) {
    this.serverUrl = serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`;
    this.authorization = basicAuthorization(admin.username, admin.password);
  }

  /** One request; any HTTP status is returned, only a network failure throws. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    authorization: string = this.authorization,
  ): Promise<CouchAnswer> {
    const url = resolveServerPath(this.serverUrl, path);
    if (!url) throw new ProvisionError(`${path}: not a path on the server`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await this.fetchImpl(url.href, {
        method,
        headers: {
          accept: 'application/json',
          authorization,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        redirect: 'manual',
        signal: controller.signal,
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text (a proxy's error page)
      }
      return { status: response.status, body: parsed };
    } catch (error) {
      throw new ProvisionError(
        `${method} ${path}: the server did not answer (${error instanceof Error ? error.message : 'network error'})`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** A request that must succeed (2xx); otherwise a ProvisionError naming it. */
  async expect(method: string, path: string, body?: unknown): Promise<unknown> {
    const answer = await this.request(method, path, body);
    if (answer.status >= 200 && answer.status < 300) return answer.body;
    throw new ProvisionError(`${method} ${path}: ${describeFailure(answer)}`, answer.status);
  }

  /** A document or database, or null when the server says 404. */
  async getOrNull(path: string): Promise<Record<string, unknown> | null> {
    const answer = await this.request('GET', path);
    if (answer.status === 404) return null;
    if (answer.status >= 200 && answer.status < 300) return asObject(answer.body);
    throw new ProvisionError(`GET ${path}: ${describeFailure(answer)}`, answer.status);
  }

  /** Whether these credentials sign in as `name` (CouchDB counts a failure towards its lock-out). */
  async signsIn(name: string, password: string): Promise<boolean> {
    const answer = await this.request(
      'GET',
      '_session',
      undefined,
      basicAuthorization(name, password),
    );
    const userCtx = asObject(asObject(answer.body).userCtx);
    return answer.status === 200 && userCtx.name === name;
  }
}

export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `403 forbidden (reason)`: the status and CouchDB's error, shortened. */
export function describeFailure(answer: CouchAnswer): string {
  const body = asObject(answer.body);
  const error = typeof body.error === 'string' ? body.error : '';
  const reason = typeof body.reason === 'string' ? body.reason.slice(0, 200) : '';
  return [String(answer.status), error, reason ? `(${reason})` : ''].filter(Boolean).join(' ');
}
