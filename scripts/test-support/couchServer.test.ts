import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunityDatabase, startCouchServer, type CouchServer } from './couchServer';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);
afterAll(async () => {
  await server.stop();
});

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('the test CouchDB server', () => {
  it('lets a member in and keeps others out', async () => {
    const db = await createCommunityDatabase(server, 'balozi', [
      { username: 'liga', password: 'p1', roles: ['kopspeks:leader:balozi'] },
      { username: 'outsider', password: 'p2', roles: ['kopspeks:leader:other'] },
    ]);
    const asLiga = await fetch(new URL(db, server.url), {
      headers: { authorization: basic('liga', 'p1') },
    });
    expect(asLiga.status).toBe(200);
    const asOutsider = await fetch(new URL(db, server.url), {
      headers: { authorization: basic('outsider', 'p2') },
    });
    expect([401, 403]).toContain(asOutsider.status);
    const wrongPassword = await fetch(new URL('_session', server.url), {
      headers: { authorization: basic('liga', 'nope') },
    });
    expect(wrongPassword.status).toBe(401);
  });
});
