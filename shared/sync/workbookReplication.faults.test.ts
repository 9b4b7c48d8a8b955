import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityDatabase,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { startFaultProxy, type FaultProxy } from '../../scripts/test-support/faultProxy';
import { itemId, type ItemDoc } from '../db/schemas/item.schema';
import { communityDatabase } from './communities';
import { CouchClient, type SyncFetch } from './couchClient';
import { jsonEqual } from './merge';
import {
  basicAuthFetch,
  createTestClientDatabase,
  testItem,
  waitFor,
  type TestDatabase,
} from './testing';
import { WorkbookSync } from './workbookReplication';

/**
 * The sync engine against the faults a real deployment meets: the server
 * crashing mid-push, connections cut and slowed mid-batch, and CouchDB's
 * `_changes` feed not being in write order. One PouchDB Server on disk, so
 * a restart keeps the data as Apache CouchDB does.
 */

let server: CouchServer;
const leader = (community: string) => ({
  username: `leader-${community}`,
  password: `pw-${community}`,
  roles: [`kopspeks:leader:${community}`],
});

beforeAll(async () => {
  server = await startCouchServer({ onDisk: true });
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

type Client = { db: TestDatabase; sync: WorkbookSync };
const running: Client[] = [];
const proxies: FaultProxy[] = [];
afterEach(async () => {
  for (const client of running.splice(0)) {
    await client.sync.stop();
    await client.db.close();
  }
  for (const proxy of proxies.splice(0)) await proxy.close();
});

let counter = 0;
const unique = () => `${(counter += 1)}${Math.random().toString(36).slice(2, 7)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newCommunity(): Promise<{ community: string; db: string }> {
  const community = `f${unique()}`;
  const db = await createCommunityDatabase(server, community, [leader(community)]);
  return { community, db };
}

async function startClient(options: {
  communities: string[];
  url?: string;
  fetch?: SyncFetch;
  live?: string | null;
  pollIntervalMs?: number;
  pullBatchSize?: number;
  pushBatchSize?: number;
  pushChunkSize?: number;
  autoStart?: boolean;
}): Promise<Client> {
  const [first] = options.communities as [string];
  const user = leader(first);
  const db = await createTestClientDatabase();
  const sync = new WorkbookSync({
    collection: db.items,
    client: new CouchClient(
      options.url ?? server.url,
      options.fetch ?? basicAuthFetch(user.username, user.password),
    ),
    identifier: `faults-${unique()}`,
    targets: options.communities.map((communityId) => ({
      communityId,
      db: communityDatabase(communityId),
    })),
    liveCommunityId: options.live === undefined ? first : options.live,
    pollIntervalMs: options.pollIntervalMs ?? 60_000,
    longpollMs: 2_000,
    retryTimeMs: 300,
    pullBatchSize: options.pullBatchSize,
    pushBatchSize: options.pushBatchSize,
    pushChunkSize: options.pushChunkSize,
  });
  const client = { db, sync };
  running.push(client);
  if (options.autoStart !== false) await sync.start();
  return client;
}

async function proxy(): Promise<FaultProxy> {
  const started = await startFaultProxy(server.url);
  proxies.push(started);
  return started;
}

type ServerRow = { id: string; value: { rev: string }; doc: ItemDoc & { _rev: string } };
async function serverRows(db: string): Promise<ServerRow[]> {
  const response = await server.adminFetch(`${db}/_all_docs?include_docs=true`);
  const body = (await response.json()) as { rows: ServerRow[] };
  return body.rows.filter((row) => !row.id.startsWith('_design/'));
}
async function docCount(db: string): Promise<number> {
  const response = await server.adminFetch(db);
  return ((await response.json()) as { doc_count: number }).doc_count;
}

/** What a document holds, bookkeeping (updatedAt, _rev, _meta) left out. */
const content = (doc: Partial<ItemDoc>) => ({
  type: doc.type,
  data: doc.data,
  conflict: doc.conflict ?? null,
  archivedAt: doc.archivedAt ?? null,
});
async function serverContent(db: string) {
  return Object.fromEntries((await serverRows(db)).map((row) => [row.id, content(row.doc)]));
}
async function localContent(client: Client, community: string) {
  const docs = await client.db.items.find({ selector: { communityId: community } }).exec();
  return Object.fromEntries(docs.map((doc) => [doc.docId, content(doc.toJSON() as ItemDoc)]));
}

/** Every document on the server written exactly once: one revision each, none extra. */
async function expectWrittenOnce(db: string, ids: string[]) {
  const rows = await serverRows(db);
  expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(rows.filter((row) => !row.value.rev.startsWith('1-'))).toEqual([]);
  expect(await docCount(db)).toBe(ids.length);
}

const newDocs = (community: string, count: number, label: string) =>
  Array.from({ length: count }, (_, i) =>
    testItem(community, `need-${label}-${String(i).padStart(4, '0')}`, {
      title: `${label} ${i}`,
      notes: 'x'.repeat(200),
    }),
  );

/**
 * Cuts every connection of `proxy` a random moment (0–90 ms) after a request
 * matching `pattern` arrives: while the proxy holds it back, while the server
 * works on it, or while the answer travels. Stops after `times` cuts or when
 * `done`; returns how many cuts it made.
 */
async function cutInFlight(
  through: FaultProxy,
  pattern: RegExp,
  times: number,
  done: () => Promise<boolean>,
): Promise<number> {
  const matching = () => through.log.filter((line) => pattern.test(line)).length;
  let seen = 0;
  let cuts = 0;
  const started = Date.now();
  while (cuts < times && Date.now() - started < 20_000) {
    const count = matching();
    if (count > seen) {
      seen = count;
      await sleep(Math.random() * 90);
      through.cutAll();
      cuts += 1;
    } else if (await done()) break;
    else await sleep(5);
  }
  return cuts;
}

const bulkDocs = /_bulk_docs/;
const pulls = /_changes\?(?!.*feed=longpoll)/;

describe('WorkbookSync under faults', { timeout: 60_000 }, () => {
  it('finishes a push of 300 documents that the server crashed in the middle of, by itself', async () => {
    const { community, db } = await newCommunity();
    const slow = await proxy();
    // A little latency so the crash surely lands while batches are in flight.
    slow.setDelay(60);
    const client = await startClient({
      communities: [community],
      url: slow.url,
      pushBatchSize: 25,
      pushChunkSize: 10,
    });
    const docs = newDocs(community, 300, 'crash');
    await client.db.items.bulkInsert(docs);

    await waitFor(async () => (await docCount(db)) >= 25, 20_000, 'the first batches');
    await server.restart();
    // The crash came before the push was done; what was written survived it.
    const afterCrash = await docCount(db);
    expect(afterCrash).toBeGreaterThanOrEqual(25);
    expect(afterCrash).toBeLessThan(docs.length);
    const bulkBefore = slow.log.filter((line) => bulkDocs.test(line)).length;

    // No "sync now", no resume: the replication retries on its own.
    await waitFor(async () => (await docCount(db)) === docs.length, 30_000, 'every document');
    await expectWrittenOnce(
      db,
      docs.map((doc) => doc.docId),
    );
    expect(slow.log.filter((line) => bulkDocs.test(line)).length).toBeGreaterThan(bulkBefore);
    const local = await client.db.items.find({ selector: { communityId: community } }).exec();
    expect(local).toHaveLength(docs.length);
    expect(local.filter((doc) => doc.conflict)).toEqual([]);

    // And it is live again both ways.
    const fromServer = `need-after-${unique()}`;
    await server.adminFetch(`${db}/${fromServer}`, {
      method: 'PUT',
      body: JSON.stringify({
        type: 'need',
        dataVersion: 0,
        createdAt: 'x',
        updatedAt: 'x',
        data: { title: 'Pēc restarta' },
      }),
    });
    await waitFor(
      () => client.db.items.findOne(itemId(community, fromServer)).exec(),
      20_000,
      'a live pull after the restart',
    );
    const fromClient = testItem(community, `need-after-${unique()}`, { title: 'Arī uz serveri' });
    await client.db.items.insert(fromClient);
    await waitFor(
      async () => (await server.adminFetch(`${db}/${fromClient.docId}`)).ok,
      10_000,
      'a push after the restart',
    );
  });

  it('pushes 500 documents exactly once through a slow connection cut mid-batch again and again', async () => {
    const { community, db } = await newCommunity();
    const flaky = await proxy();
    flaky.setDelay(40);
    const client = await startClient({
      communities: [community],
      url: flaky.url,
      pushBatchSize: 50,
      pushChunkSize: 20,
    });
    const docs = newDocs(community, 500, 'push');
    await client.db.items.bulkInsert(docs);

    const cuts = await cutInFlight(
      flaky,
      bulkDocs,
      12,
      async () => (await docCount(db)) === docs.length,
    );
    await waitFor(async () => (await docCount(db)) === docs.length, 30_000, 'every document');
    await expectWrittenOnce(
      db,
      docs.map((doc) => doc.docId),
    );
    // The cuts did hit: more bulk requests than batches were needed.
    expect(cuts).toBeGreaterThan(3);
    expect(flaky.log.filter((line) => bulkDocs.test(line)).length).toBeGreaterThan(
      docs.length / 50,
    );
    const local = await client.db.items.find({ selector: { communityId: community } }).exec();
    expect(local.filter((doc) => doc.conflict)).toEqual([]);
    expect(await localContent(client, community)).toEqual(await serverContent(db));
  });

  it('pulls 500 documents exactly once through a slow connection cut mid-batch again and again', async () => {
    const { community, db } = await newCommunity();
    const toCouch = (doc: ItemDoc) => ({
      _id: doc.docId,
      type: doc.type,
      dataVersion: doc.dataVersion,
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
      data: doc.data,
    });
    const writeOnServer = async (docs: ItemDoc[]) => {
      const response = await server.adminFetch(`${db}/_bulk_docs`, {
        method: 'POST',
        body: JSON.stringify({ docs: docs.map(toCouch) }),
      });
      expect(response.ok).toBe(true);
    };
    const early = newDocs(community, 400, 'early');
    const late = newDocs(community, 100, 'late');
    const all = [...early, ...late];
    await writeOnServer(early);

    const flaky = await proxy();
    flaky.setDelay(40);
    const client = await startClient({
      communities: [community],
      url: flaky.url,
      pullBatchSize: 60,
    });
    const localCount = () => client.db.items.count({ selector: { communityId: community } }).exec();
    // Some documents arrive on the server while the pull is under way.
    const lateWrites = (async () => {
      for (let i = 0; i < late.length; i += 20) {
        await sleep(100);
        await writeOnServer(late.slice(i, i + 20));
      }
    })();
    const cuts = await cutInFlight(
      flaky,
      pulls,
      12,
      async () => (await localCount()) === all.length,
    );
    await lateWrites;
    await waitFor(async () => (await localCount()) === all.length, 30_000, 'every document');
    expect(cuts).toBeGreaterThan(3);
    expect(flaky.log.filter((line) => pulls.test(line)).length).toBeGreaterThan(all.length / 60);
    const local = await client.db.items.find({ selector: { communityId: community } }).exec();
    // Written into the local database once each (a second write would be revision 2)…
    expect(local.filter((doc) => !doc.revision.startsWith('1-')).map((doc) => doc.docId)).toEqual(
      [],
    );
    expect(local.filter((doc) => doc.conflict)).toEqual([]);
    expect(await localContent(client, community)).toEqual(await serverContent(db));
    // …and nothing echoed back to the server.
    await sleep(500);
    await expectWrittenOnce(
      db,
      all.map((doc) => doc.docId),
    );
  });

  it('ends with the server state although _changes comes out of order, rewinds and uses opaque sequences', async () => {
    const a = await newCommunity();
    const b = await newCommunity();
    const put = (db: string, id: string, body: Record<string, unknown>) =>
      server.adminFetch(`${db}/${id}`, { method: 'PUT', body: JSON.stringify(body) });
    const doc = (title: string) => ({
      type: 'need',
      dataVersion: 0,
      createdAt: 'x',
      updatedAt: 'x',
      data: { title },
    });
    const revs = new Map<string, string>();
    const write = async (db: string, id: string, title: string | null) => {
      const rev = revs.get(`${db}/${id}`);
      const response =
        title === null
          ? await server.adminFetch(`${db}/${id}?rev=${rev}`, { method: 'DELETE' })
          : await put(db, id, { ...doc(title), ...(rev ? { _rev: rev } : {}) });
      expect(response.ok).toBe(true);
      const body = (await response.json()) as { rev: string };
      revs.set(`${db}/${id}`, body.rev);
    };

    // Community a: many changes, interleaved creates, updates, deletions and a re-creation.
    for (let i = 0; i < 40; i += 1) {
      await write(a.db, `need-${i}`, `a${i} v1`);
      if (i % 4 === 3) await write(a.db, `need-${i - 2}`, `a${i - 2} v2`);
      if (i % 9 === 8) await write(a.db, `need-${i - 5}`, null);
    }
    // Created again after its deletion (continues from the deleted revision).
    await write(a.db, 'need-3', 'a3 v3, created again');
    // Community b: a few, so its sequence numbers stay far below a's.
    for (let i = 0; i < 3; i += 1) await write(b.db, `need-${i}`, `b${i} v1`);

    const user = leader(a.community);
    // Both communities for one user.
    await server.adminFetch(`_users/org.couchdb.user:${user.username}`).then(async (response) => {
      const current = (await response.json()) as Record<string, unknown>;
      await server.adminFetch(`_users/org.couchdb.user:${user.username}`, {
        method: 'PUT',
        body: JSON.stringify({
          ...current,
          password: user.password,
          roles: [...user.roles, `kopspeks:leader:${b.community}`],
        }),
      });
    });
    const shuffled = unorderedChanges(basicAuthFetch(user.username, user.password));
    const client = await startClient({
      communities: [a.community, b.community],
      fetch: shuffled,
      pullBatchSize: 7,
      pollIntervalMs: 500,
    });
    const agrees = async () =>
      jsonEqual(await localContent(client, a.community), await serverContent(a.db)) &&
      jsonEqual(await localContent(client, b.community), await serverContent(b.db));
    await waitFor(agrees, 20_000, 'the first sync of both communities');

    // More changes on both: b's must arrive although a's checkpoint is far ahead.
    await write(b.db, 'need-9', 'b9 v1');
    await write(b.db, 'need-0', 'b0 v2');
    await write(b.db, 'need-1', null);
    await write(a.db, 'need-0', 'a0 v2');
    await write(a.db, 'need-1', null);
    await waitFor(agrees, 20_000, 'later changes of both communities');
    expect(await client.db.items.findOne(itemId(b.community, 'need-9')).exec()).not.toBeNull();
    expect(await client.db.items.findOne(itemId(a.community, 'need-3')).exec()).not.toBeNull();
    expect(shuffled.stats.shuffled).toBeGreaterThan(3);
    expect(shuffled.stats.rewound).toBeGreaterThan(0);
    const local = await client.db.items.find().exec();
    expect(local.filter((item) => item.conflict)).toEqual([]);
  });
});

/**
 * Makes PouchDB Server's `_changes` look like a clustered CouchDB's: results
 * in no particular order, sequences opaque strings (`<n>-g1AAAA…`), and now
 * and then a feed that starts again from a little before the requested point
 * (as after a shard moves), so already-seen changes come again.
 */
function unorderedChanges(
  inner: SyncFetch,
): SyncFetch & { stats: { shuffled: number; rewound: number } } {
  const stats = { shuffled: 0, rewound: 0 };
  const encode = (seq: unknown) =>
    `${String(seq)}-g1AAAA${Buffer.from(`shard-${String(seq)}`).toString('base64url')}`;
  const decode = (seq: string | null) => Number.parseInt(seq ?? '0', 10) || 0;
  let requests = 0;
  let random = 7;
  const next = () => {
    random = (random * 48271) % 2147483647;
    return random / 2147483647;
  };
  const wrapped = async (url: string, init?: RequestInit) => {
    const target = new URL(url);
    const isChanges = target.pathname.endsWith('/_changes');
    const isDbInfo = /^\/[^/_][^/]*\/?$/.test(target.pathname);
    if (!isChanges && !isDbInfo) return inner(url, init);
    if (isChanges) {
      let since = decode(target.searchParams.get('since'));
      requests += 1;
      if (target.searchParams.get('feed') !== 'longpoll' && since > 3 && requests % 3 === 0) {
        since -= 3;
        stats.rewound += 1;
      }
      target.searchParams.set('since', String(since));
    }
    const response = await inner(target.toString(), init);
    if (!response.ok) return response;
    const body = (await response.json()) as Record<string, unknown>;
    if (isChanges) {
      const results = (body.results as { seq: unknown }[]).map((r) => ({
        ...r,
        seq: encode(r.seq),
      }));
      for (let i = results.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [results[i], results[j]] = [results[j]!, results[i]!];
      }
      if (results.length > 1) stats.shuffled += 1;
      body.results = results;
      body.last_seq = encode(body.last_seq);
    } else if ('update_seq' in body) {
      body.update_seq = encode(body.update_seq);
    }
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return Object.assign(wrapped, { stats });
}
