import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityDatabase,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { currentDataVersion } from '../db/migrations/dataMigrations';
import { itemId } from '../db/schemas/item.schema';
import { communityDatabase } from './communities';
import { CouchClient } from './couchClient';
import {
  basicAuthFetch,
  createTestClientDatabase,
  testItem,
  waitFor,
  type TestDatabase,
} from './testing';
import { WorkbookSync, type SyncIssue } from './workbookReplication';

// Issue #9, versioning: a client older than the data it receives must neither
// misread nor overwrite documents written by a newer Kopspēks; it sets them
// aside as `newerVersion` issues, which the page turns into "update the app".

let server: CouchServer;
const community = 'kekava';
const db = communityDatabase(community);
const liga = { username: 'liga', password: 'liga-pw', roles: ['kopspeks:leader:kekava'] };
const newer = currentDataVersion('need') + 1;

beforeAll(async () => {
  server = await startCouchServer();
  await createCommunityDatabase(server, community, [liga]);
}, 30_000);
afterAll(async () => {
  await server.stop();
});

const running: { sync: WorkbookSync; database: TestDatabase }[] = [];
afterEach(async () => {
  for (const { sync, database } of running.splice(0)) {
    await sync.stop();
    await database.close();
  }
});

async function startClient() {
  const database = await createTestClientDatabase();
  const issues: SyncIssue[] = [];
  const sync = new WorkbookSync({
    collection: database.items,
    client: new CouchClient(server.url, basicAuthFetch(liga.username, liga.password)),
    identifier: `newer-${running.length}-${Math.random().toString(36).slice(2, 8)}`,
    targets: [{ communityId: community, db }],
    liveCommunityId: community,
    pollIntervalMs: 60_000,
    longpollMs: 2_000,
    retryTimeMs: 300,
    onIssue: (issue) => issues.push(issue),
  });
  running.push({ sync, database });
  await sync.start();
  return { database, sync, issues };
}

const unique = () => Math.random().toString(36).slice(2, 10);
const serverDoc = async (docId: string) =>
  (await (await server.adminFetch(`${db}/${docId}`)).json()) as {
    _rev: string;
    dataVersion: number;
    data: Record<string, unknown>;
  };
const putOnServer = (docId: string, body: Record<string, unknown>) =>
  server.adminFetch(`${db}/${docId}`, { method: 'PUT', body: JSON.stringify(body) });
const newerNeed = (title: string, extra: Record<string, unknown> = {}) => ({
  type: 'need',
  dataVersion: newer,
  createdAt: '2026-11-26T08:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  // A field this app does not know: a newer shape of the data.
  data: { title, priorityMatrix: { impact: 3, effort: 1 }, ...extra },
});

describe('data from a newer Kopspēks, against a real server', { timeout: 30_000 }, () => {
  it('is not pulled into the workbook, and the user is told it needs an update', async () => {
    const docId = `need-${unique()}`;
    await putOnServer(docId, newerNeed('No jaunākas versijas'));
    const plain = `need-${unique()}`;
    await putOnServer(plain, {
      ...newerNeed('Parasta'),
      dataVersion: currentDataVersion('need'),
      data: { title: 'Parasta' },
    });

    const client = await startClient();
    await waitFor(
      () => client.database.items.findOne(itemId(community, plain)).exec(),
      10_000,
      'the current-version document',
    );
    await waitFor(() => client.issues.some((issue) => issue.docId === docId), 10_000, 'the issue');
    expect(client.issues).toContainEqual({ communityId: community, docId, kind: 'newerVersion' });
    expect(await client.database.items.findOne(itemId(community, docId)).exec()).toBeNull();
  });

  it('is not overwritten by a push of a local edit of the same item', async () => {
    const docId = `need-${unique()}`;
    const client = await startClient();
    // This client made the need, and it reached the server.
    await client.database.items.insert(testItem(community, docId, { title: 'Soliņi pagalmā' }));
    await waitFor(async () => (await server.adminFetch(`${db}/${docId}`)).ok, 10_000, 'push');
    await client.sync.pause();

    // Meanwhile a newer Kopspēks rewrote it on the server, in its newer shape.
    const before = await serverDoc(docId);
    await putOnServer(docId, { ...newerNeed('Soliņi un apgaismojums'), _rev: before._rev });
    const written = await serverDoc(docId);
    expect(written.dataVersion).toBe(newer);

    // The old client, offline, edits the same need, then syncs.
    const local = await client.database.items.findOne(itemId(community, docId)).exec();
    await local!.incrementalPatch({
      data: { title: 'Soliņi pagalmā (labots)' },
      updatedAt: new Date().toISOString(),
    });
    await client.sync.resume();
    await waitFor(
      () => client.issues.filter((issue) => issue.docId === docId).length > 0,
      10_000,
      'the newer-version issue',
    );
    // Let the push and any retry run their course.
    await client.sync.state.awaitInSync();

    const after = await serverDoc(docId);
    expect(after._rev).toBe(written._rev);
    expect(after.dataVersion).toBe(newer);
    expect(after.data).toEqual(newerNeed('Soliņi un apgaismojums').data);
    expect(client.issues).toContainEqual({ communityId: community, docId, kind: 'newerVersion' });
    // Nor was the newer document misread into the workbook: the local edit stays as typed.
    const kept = await client.database.items.findOne(itemId(community, docId)).exec();
    expect(kept?.toJSON().data).toEqual({ title: 'Soliņi pagalmā (labots)' });
    expect(kept?.toJSON().dataVersion).toBe(currentDataVersion('need'));
  });
});
