import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP proxy in front of the test server that can misbehave on
 * purpose: cut connections, delay answers, or answer chosen requests with
 * an error status, as networks and servers do in the field.
 */
export type FaultProxy = {
  url: string;
  /** Requests forwarded so far, as `METHOD path`. */
  log: string[];
  /** While set, every request fails at the connection (like a dropped network). */
  setOffline: (offline: boolean) => void;
  /** Adds this much delay before each answer. */
  setDelay: (ms: number) => void;
  /** The next `times` requests whose path matches get `status` instead of the server's answer. */
  failNext: (match: RegExp, status: number, times?: number) => void;
  /** Destroys every open connection now (mid-request included). */
  cutAll: () => void;
  close: () => Promise<void>;
};

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const log: string[] = [];
  let offline = false;
  let delay = 0;
  const failures: { match: RegExp; status: number; times: number }[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    log.push(`${req.method} ${path}`);
    if (offline) {
      req.socket.destroy();
      return;
    }
    const failure = failures.find((f) => f.times > 0 && f.match.test(path));
    const answer = () => {
      if (failure) {
        failure.times -= 1;
        res.writeHead(failure.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'injected', reason: `status ${failure.status}` }));
        return;
      }
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path,
          headers: req.headers,
        },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    };
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  };

  const server: Server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    setOffline: (value) => {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    setDelay: (ms) => {
      delay = ms;
    },
    failNext: (match, status, times = 1) => {
      failures.push({ match, status, times });
    },
    cutAll: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
