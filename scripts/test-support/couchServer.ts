import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real CouchDB-compatible server for tests: PouchDB Server, in memory (or
 * on disk in its temporary folder), on a free 127.0.0.1 port, with an admin
 * defined so `_users` and `_security` work. Started and stopped by the test
 * set-up; nothing is mocked.
 */
export type CouchServer = {
  /** e.g. `http://127.0.0.1:41234/` (always ends with `/`). */
  url: string;
  port: number;
  admin: { username: string; password: string };
  /** fetch with the admin's credentials. */
  adminFetch: (path: string, init?: RequestInit) => Promise<Response>;
  stop: () => Promise<void>;
  /**
   * Kills the process (like a crash) and starts a new one on the same port.
   * In memory the data is lost; on disk (`onDisk`) it is kept.
   */
  restart: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const serverBin = resolve(
  import.meta.dirname,
  '../../node_modules/pouchdb-server/bin/pouchdb-server',
);

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error('pouchdb-server did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function startCouchServer(
  options: {
    cors?: boolean;
    port?: number;
    /** Keep the databases on disk (LevelDB in the server's temporary folder), so they survive `restart()`. */
    onDisk?: boolean;
  } = {},
): Promise<CouchServer> {
  const admin = { username: 'admin', password: `admin-${Math.random().toString(36).slice(2)}` };
  const dir = await mkdtemp(join(tmpdir(), 'kopspeks-couch-'));
  const config: Record<string, unknown> = {
    admins: { [admin.username]: admin.password },
    log: { level: 'error' },
  };
  if (options.cors) {
    config.httpd = { enable_cors: true };
    config.cors = {
      origins: '*',
      credentials: true,
      methods: 'GET, PUT, POST, HEAD, DELETE',
      headers: 'accept, authorization, content-type, origin, referer',
    };
  }
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}/`;
  const authorization = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

  let child: ChildProcess;
  const launch = async () => {
    child = spawn(
      process.execPath,
      [
        serverBin,
        ...(options.onDisk ? [] : ['--in-memory']),
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--config',
        'config.json',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    await waitUntilUp(url, child);
  };
  const kill = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  };
  await launch();

  return {
    url,
    port,
    admin,
    adminFetch: (path, init = {}) =>
      fetch(new URL(path, url), {
        ...init,
        headers: { authorization, 'content-type': 'application/json', ...(init.headers ?? {}) },
      }),
    stop: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
    restart: async () => {
      await kill();
      await launch();
    },
  };
}

/** Creates a user, a community database and its `_security` giving the user the role. */
export async function createCommunityDatabase(
  server: CouchServer,
  community: string,
  members: { username: string; password: string; roles: string[] }[],
): Promise<string> {
  const db = `kopspeks-${community}`;
  const put = async (path: string, body: unknown) => {
    const response = await server.adminFetch(path, { method: 'PUT', body: JSON.stringify(body) });
    if (!response.ok && response.status !== 409 && response.status !== 412) {
      throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
    }
  };
  await put(db, {});
  await put(`${db}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: [], roles: [`kopspeks:leader:${community}`, `kopspeks:mentor:${community}`] },
  });
  for (const member of members) {
    await put(`_users/org.couchdb.user:${member.username}`, {
      _id: `org.couchdb.user:${member.username}`,
      name: member.username,
      password: member.password,
      roles: member.roles,
      type: 'user',
    });
  }
  return db;
}
