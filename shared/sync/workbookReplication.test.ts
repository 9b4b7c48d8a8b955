import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityDatabase,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { startFaultProxy, type FaultProxy } from '../../scripts/test-support/faultProxy';
import { itemId } from '../db/schemas/item.schema';
import { communityDatabase } from './communities';
import { CouchClient, type SyncFetch } from './couchClient';
import {
  basicAuthFetch,
  createTestClientDatabase,
  testItem,
  waitFor,
  type TestDatabase,
} from './testing';
import { WorkbookSync, type SyncIssue } from './workbookReplication';

let server: CouchServer;
const community = 'olaine';
const db = communityDatabase(community);
const users = {
  liga: { username: 'liga', password: 'liga-pw', roles: ['kopspeks:leader:olaine'] },
  maris: { username: 'maris', password: 'maris-pw', roles: ['kopspeks:mentor:olaine'] },
  outsider: { username: 'outsider', password: 'out-pw', roles: ['kopspeks:leader:marupe'] },
};

beforeAll(async () => {
  server = await startCouchServer();
  await createCommunityDatabase(server, community, Object.values(users));
  // The server refuses documents marked so, as a role's validation would.
  await server.adminFetch(`${db}/_design/rules`, {
    method: 'PUT',
    body: JSON.stringify({
      validate_doc_update: `function (doc) { if (doc.data && doc.data.title === 'refuse me') { throw({ forbidden: 'not allowed for your role' }); } }`,
    }),
  });
}, 30_000);

afterAll(async () => {
  await server.stop();
});

type Client = {
  db: TestDatabase;
  sync: WorkbookSync;
  issues: SyncIssue[];
  denied: string[];
  fetch: ReturnType<typeof basicAuthFetch>;
};
const running: Client[] = [];
const proxies: FaultProxy[] = [];

afterEach(async () => {
  for (const client of running.splice(0)) {
    await client.sync.stop();
    await client.db.close();
  }
  for (const proxy of proxies.splice(0)) await proxy.close();
});

let clientCounter = 0;
async function startClient(
  user: { username: string; password: string },
  options: {
    url?: string;
    live?: boolean;
    pollIntervalMs?: number;
    database?: TestDatabase;
    targets?: string[];
    /** Wraps the client's fetch, e.g. to hold an answer back. */
    wrapFetch?: (inner: SyncFetch) => SyncFetch;
  } = {},
): Promise<Client> {
  clientCounter += 1;
  const database = options.database ?? (await createTestClientDatabase());
  const fetch = basicAuthFetch(user.username, user.password);
  const issues: SyncIssue[] = [];
  const denied: string[] = [];
  const sync = new WorkbookSync({
    collection: database.items,
    client: new CouchClient(options.url ?? server.url, options.wrapFetch?.(fetch) ?? fetch),
    identifier: `test-${clientCounter}`,
    targets: (options.targets ?? [community]).map((communityId) => ({
      communityId,
      db: communityDatabase(communityId),
    })),
    liveCommunityId: options.live === false ? null : community,
    pollIntervalMs: options.pollIntervalMs ?? 60_000,
    longpollMs: 2_000,
    retryTimeMs: 300,
    onIssue: (issue) => issues.push(issue),
    onAccessDenied: (id) => denied.push(id),
  });
  const client = { db: database, sync, issues, denied, fetch };
  running.push(client);
  await sync.start();
  return client;
}

const unique = () => Math.random().toString(36).slice(2, 10);
const getData = async (client: Client, docId: string) =>
  (await client.db.items.findOne(itemId(community, docId)).exec())?.toJSON().data;
const serverDoc = async (docId: string) => {
  const response = await server.adminFetch(`${db}/${docId}`);
  return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
};

describe('WorkbookSync against a real CouchDB-compatible server', { timeout: 30_000 }, () => {
  it('syncs both ways on first sync and live between two clients', async () => {
    const docId = `need-${unique()}`;
    const leader = await startClient(users.liga);
    await leader.db.items.insert(testItem(community, docId, { title: 'Apgaismojums parkā' }));
    await waitFor(() => serverDoc(docId), 10_000, 'push to the server');

    const mentor = await startClient(users.maris);
    await waitFor(() => getData(mentor, docId), 10_000, 'first pull');

    // Live: an edit on one side arrives on the other within seconds.
    const started = Date.now();
    const doc = await leader.db.items.findOne(itemId(community, docId)).exec();
    await doc!.incrementalPatch({ data: { title: 'Apgaismojums un soliņi' } });
    await waitFor(
      async () => (await getData(mentor, docId))?.title === 'Apgaismojums un soliņi',
      8_000,
      'live',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('merges different fields edited offline on both sides, and keeps both versions of the same field', async () => {
    const docId = `need-${unique()}`;
    const a = await startClient(users.liga);
    const b = await startClient(users.maris);
    await a.db.items.insert(
      testItem(community, docId, { title: 'Soliņi', status: 'identified', notes: 'sākums' }),
    );
    await waitFor(() => getData(b, docId), 10_000, 'b has the doc');

    await a.sync.pause();
    await b.sync.pause();
    const docA = await a.db.items.findOne(itemId(community, docId)).exec();
    const docB = await b.db.items.findOne(itemId(community, docId)).exec();
    await docA!.incrementalModify((d) => ({
      ...d,
      data: { ...d.data, title: 'Soliņi pie dīķa', notes: 'A piezīme' },
    }));
    await docB!.incrementalModify((d) => ({
      ...d,
      data: { ...d.data, status: 'planned', notes: 'B piezīme' },
    }));

    await a.sync.resume();
    await waitFor(async () => (await serverDoc(docId))?.data, 5_000);
    await b.sync.resume();

    const merged = await waitFor(
      async () => {
        const docs = await Promise.all(
          [a, b].map((c) => c.db.items.findOne(itemId(community, docId)).exec()),
        );
        const [x, y] = docs.map((d) => d?.toJSON());
        return x?.conflict && y?.conflict && JSON.stringify(x.data) === JSON.stringify(y.data)
          ? x
          : null;
      },
      15_000,
      'both replicas merged',
    );
    expect(merged.data.title).toBe('Soliņi pie dīķa');
    expect(merged.data.status).toBe('planned');
    const notesConflict = merged.conflict?.fields.find((f) => f.path === 'data.notes');
    expect(notesConflict).toBeDefined();
    expect([notesConflict?.ours, notesConflict?.theirs].sort()).toEqual(['A piezīme', 'B piezīme']);
  });

  it('keeps an offline edit that meets a deletion made elsewhere, and asks', async () => {
    const docId = `need-${unique()}`;
    const a = await startClient(users.liga);
    const b = await startClient(users.maris);
    await a.db.items.insert(testItem(community, docId, { title: 'Rotaļu laukums' }));
    await waitFor(() => getData(b, docId), 10_000, 'b has the doc');
    await b.sync.pause();
    await (await a.db.items.findOne(itemId(community, docId)).exec())!.remove();
    await waitFor(async () => (await serverDoc(docId)) === null, 5_000, 'deleted on server');
    const docB = await b.db.items.findOne(itemId(community, docId)).exec();
    await docB!.incrementalPatch({ data: { title: 'Rotaļu laukums ar šūpolēm' } });
    await b.sync.resume();
    const kept = await waitFor(
      async () => {
        const doc = (await serverDoc(docId)) as {
          data?: { title?: string };
          conflict?: { deletedElsewhere?: boolean };
        } | null;
        return doc?.conflict?.deletedElsewhere ? doc : null;
      },
      10_000,
      'edit kept with a conflict',
    );
    expect(kept.data?.title).toBe('Rotaļu laukums ar šūpolēm');
    // The other side gets the edit back too, marked, not silently.
    const back = await waitFor(
      async () => (await a.db.items.findOne(itemId(community, docId)).exec())?.toJSON(),
      10_000,
    );
    expect(back.conflict?.deletedElsewhere).toBe(true);
  });

  it('sets aside server documents that fail validation, skips design documents, and applies plain HTTP deletes', async () => {
    const good = `need-${unique()}`;
    const bad = `need-${unique()}`;
    const gone = `need-${unique()}`;
    for (const [id, body] of [
      [
        good,
        { type: 'need', dataVersion: 0, createdAt: 'x', updatedAt: 'x', data: { title: 'Labs' } },
      ],
      [bad, { type: 'spaceship', data: 'nope' }],
      [
        gone,
        { type: 'need', dataVersion: 0, createdAt: 'x', updatedAt: 'x', data: { title: 'Dzēsīs' } },
      ],
    ] as const) {
      await server.adminFetch(`${db}/${id}`, { method: 'PUT', body: JSON.stringify(body) });
    }
    const client = await startClient(users.liga);
    await waitFor(() => getData(client, good), 10_000, 'good doc');
    await waitFor(() => getData(client, gone), 10_000, 'doc to delete');
    expect(await getData(client, bad)).toBeUndefined();
    expect(client.issues).toContainEqual({ communityId: community, docId: bad, kind: 'invalid' });
    expect(await client.db.items.findOne(itemId(community, '_design/rules')).exec()).toBeNull();

    const current = (await serverDoc(gone)) as { _rev: string };
    await server.adminFetch(`${db}/${gone}?rev=${current._rev}`, { method: 'DELETE' });
    await waitFor(
      async () => (await client.db.items.findOne(itemId(community, gone)).exec()) === null,
      10_000,
      'delete',
    );
  });

  it('pushes the rest of a batch when the server refuses one document', async () => {
    const client = await startClient(users.liga);
    await client.sync.pause();
    const ids = Array.from({ length: 6 }, () => `need-${unique()}`);
    await client.db.items.bulkInsert(
      ids.map((id, i) =>
        testItem(community, id, { title: i === 2 ? 'refuse me' : `Vajadzība ${i}` }),
      ),
    );
    await client.sync.resume();
    for (const [i, id] of ids.entries()) {
      if (i !== 2) await waitFor(() => serverDoc(id), 10_000, `doc ${i} pushed`);
    }
    expect(await serverDoc(ids[2]!)).toBeNull();
    expect(client.issues).toContainEqual(
      expect.objectContaining({ docId: ids[2], kind: 'refused' }),
    );
    // Later writes still go through: the push is not stalled.
    const after = `need-${unique()}`;
    await client.db.items.insert(testItem(community, after, { title: 'Pēc atteikuma' }));
    await waitFor(() => serverDoc(after), 10_000, 'later push');
  });

  it('sends one push of the latest state after 1,000 quick edits offline', async () => {
    const docId = `need-${unique()}`;
    const client = await startClient(users.liga);
    await client.db.items.insert(testItem(community, docId, { title: 'v0', count: 0 }));
    await waitFor(() => serverDoc(docId), 10_000);
    await client.sync.pause();
    const doc = await client.db.items.findOne(itemId(community, docId)).exec();
    for (let i = 1; i <= 1000; i += 1)
      await doc!.getLatest().incrementalPatch({ data: { title: `v${i}`, count: i } });
    const before = (await serverDoc(docId)) as { _rev: string };
    await client.sync.resume();
    const after = await waitFor(async () => {
      const current = (await serverDoc(docId)) as { _rev: string; data: { count: number } };
      return current.data.count === 1000 ? current : null;
    }, 10_000);
    // One new revision on the server, not a thousand.
    expect(Number(after._rev.split('-')[0])).toBe(Number(before._rev.split('-')[0]) + 1);
  });

  it('stops on a wrong password after one refused request and never retries it', async () => {
    const client = await startClient({ username: 'liga', password: 'wrong' });
    expect(client.sync.blocked$.value).toBe('unauthorized');
    const requests = client.fetch.count;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(requests).toBe(1);
    expect(client.fetch.count).toBe(requests);
  });

  it('reports no access to a community without touching the others', async () => {
    const client = await startClient(users.outsider);
    await client.db.items.insert(testItem(community, `need-${unique()}`, { title: 'Svešs' }));
    await waitFor(() => client.denied.includes(community), 10_000, 'access denied');
    expect(client.sync.blocked$.value).toBeNull();
  });

  it('resumes live pulling after the long-poll is answered with 401, 403 or 404, and after cut connections', async () => {
    const proxy = await startFaultProxy(server.url);
    proxies.push(proxy);
    const writer = await startClient(users.liga, { live: false });
    const reader = await startClient(users.maris, { url: proxy.url });
    for (const status of [401, 403, 404]) {
      proxy.failNext(/_changes\?.*feed=longpoll/, status);
      // Let the failing long-poll happen, then write.
      await waitFor(() => proxy.log.some((l) => /feed=longpoll/.test(l)), 5_000);
      const docId = `need-${unique()}`;
      await writer.db.items.insert(testItem(community, docId, { title: `Pēc ${status}` }));
      await waitFor(() => getData(reader, docId), 15_000, `live pull after ${status}`);
    }
    proxy.cutAll();
    const docId = `need-${unique()}`;
    await writer.db.items.insert(testItem(community, docId, { title: 'Pēc pārrāvuma' }));
    await waitFor(() => getData(reader, docId), 15_000, 'live pull after a cut');
    expect(reader.sync.blocked$.value).toBeNull();
  }, 60_000);

  it('delivers a change the long-poll reports while a pull is still being read', async () => {
    // The pull's answer is held back; meanwhile a document is written and the
    // long-poll reports it. The held page does not contain it, and finishing
    // that page used to clear the "changes waiting" mark, so the change waited
    // for the next poll (a minute) instead of arriving live.
    const gate = { armed: false, held: false, release: () => {}, longpolls: 0 };
    const reader = await startClient(users.maris, {
      wrapFetch: (inner) => async (url, init) => {
        if (url.includes('feed=longpoll')) gate.longpolls += 1;
        const response = await inner(url, init);
        if (!gate.armed || !url.includes('include_docs=true')) return response;
        gate.armed = false;
        const body = await response.text();
        gate.held = true;
        await new Promise<void>((resolve) => (gate.release = resolve));
        return new Response(body, { status: response.status, headers: response.headers });
      },
    });
    const first = `need-${unique()}`;
    const writer = await startClient(users.liga, { live: false });
    await writer.db.items.insert(testItem(community, first, { title: 'Pirmais' }));
    await waitFor(() => getData(reader, first), 10_000, 'the live pull works');
    await new Promise((resolve) => setTimeout(resolve, 300));

    gate.armed = true;
    reader.sync.syncNow();
    await waitFor(() => gate.held, 5_000, 'a pull being read');
    const longpolls = gate.longpolls;
    const docId = `need-${unique()}`;
    await writer.db.items.insert(testItem(community, docId, { title: 'Kamēr lasa' }));
    await waitFor(() => gate.longpolls > longpolls, 5_000, 'the long-poll reporting it');
    gate.release();
    await waitFor(() => getData(reader, docId), 5_000, 'the change, live');
  });

  it('keeps working offline and delivers the edits after reconnecting', async () => {
    const proxy = await startFaultProxy(server.url);
    proxies.push(proxy);
    const client = await startClient(users.liga, { url: proxy.url });
    proxy.setOffline(true);
    const ids = Array.from({ length: 5 }, () => `need-${unique()}`);
    for (const id of ids)
      await client.db.items.insert(testItem(community, id, { title: 'Bezsaistē' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await serverDoc(ids[0]!)).toBeNull();
    proxy.setOffline(false);
    client.sync.syncNow();
    for (const id of ids) await waitFor(() => serverDoc(id), 15_000, 'delivered after reconnect');
  });
});
