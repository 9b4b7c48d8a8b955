import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../scripts/test-support/couchServer';
import { commentDocId, reviewDocId } from '../domain/docIds';
import { basicAuthorization } from '../sync/syncServer';
import {
  envelope as couchEnvelope,
  formatOutcome,
  outcomeHolds,
  runAccessChecks,
  type Person as WorldPerson,
} from './accessAttacks';
import { validateDocUpdateSource } from './accessRules';
import type { ProvisionConfigInput } from './config';
import { applyProvisioning, listAccess, type ProvisioningResult } from './index';
import {
  httpAttackServer,
  verificationConfig,
  verificationWorld,
  verifyAccess,
} from './verifyAccess';

// Every access rule of the access contract, over HTTP, against PouchDB
// Server with an admin and `_security` (production is CouchDB 3; PouchDB
// Server may refuse with 401 where CouchDB says 403).

const passwords = {
  liga: 'liga-Pa55-one',
  karlis: 'karlis-Pa55-two',
  maris: 'maris-Pa55-three',
  ieva: 'ieva-Pa55-four',
  anna: 'anna-Pa55-five',
  ilze: 'ilze-Pa55-six',
  peteris: 'peteris-Pa55-seven',
};
const changedPassword = 'changed-Pa55-eight';
type Person = keyof typeof passwords;

const config = {
  server: { requireValidUser: true },
  communities: [
    { id: 'olaine', name: 'Olaines kopiena', municipality: 'olaine' },
    { id: 'kekava', name: 'Ķekavas kaimiņi', municipality: 'kekava' },
  ],
  users: [
    { name: 'liga', displayName: 'Līga Ozola', role: 'leader' },
    { name: 'karlis', displayName: 'Kārlis Liepa', role: 'leader' },
    { name: 'maris', displayName: 'Māris Kalniņš', role: 'mentor' },
    { name: 'ieva', displayName: 'Ieva Zariņa', role: 'mentor' },
    { name: 'anna', displayName: 'Anna Bērziņa', role: 'coordinator' },
    { name: 'ilze', displayName: 'Ilze Kalna', role: 'mentor' },
    { name: 'peteris', displayName: 'Pēteris Ozols', role: 'leader' },
  ],
  assignments: [
    { community: 'olaine', leaders: ['liga', 'peteris'], mentors: ['maris', 'ilze'] },
    { community: 'kekava', leaders: ['karlis'], mentors: ['ieva', 'ilze'] },
  ],
} satisfies ProvisionConfigInput;

let server: CouchServer;
const outputs: string[] = [];

async function provision(
  value: ProvisionConfigInput,
  options: { dryRun?: boolean; passwords?: Record<string, string> } = {},
): Promise<ProvisioningResult> {
  const result = await applyProvisioning({
    serverUrl: server.url,
    admin: server.admin,
    config: value,
    dryRun: options.dryRun ?? false,
    passwords: options.passwords ?? passwords,
    onPlan: (lines) => outputs.push(...lines),
    onChange: (line) => outputs.push(line),
  });
  outputs.push(...result.lines, JSON.stringify(result.plan));
  return result;
}

type Answer = { status: number; body: Record<string, unknown> };

async function as(
  person: Person | null,
  method: string,
  path: string,
  body?: unknown,
  password?: string,
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (person) headers.authorization = basicAuthorization(person, password ?? passwords[person]);
  const response = await fetch(new URL(path, server.url), {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
}

const refused = [401, 403];
const now = '2026-03-01T10:00:00.000Z';

const envelope = (id: string, type: string, data: Record<string, unknown>) =>
  couchEnvelope(id, type, data, {}, now);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sessionId = `session-${uuid(1)}`;
const commentOf = (author: string, n: number) => commentDocId(author, uuid(n));
const comment = (id: string, authorRole: string, body = 'Labi padarīts') =>
  envelope(id, 'comment', {
    targetDocId: sessionId,
    targetType: 'session',
    authorName: 'Māris',
    authorRole,
    body,
    createdAt: now,
  });
const notes = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Writes a document as someone: the status, and the new rev on success. */
async function put(person: Person | null, db: string, doc: Record<string, unknown>) {
  const answer = await as(person, 'PUT', `${db}/${String(doc._id)}`, doc);
  return { status: answer.status, rev: answer.body.rev as string | undefined };
}

async function remove(person: Person, db: string, id: string, rev: unknown) {
  return (await as(person, 'DELETE', `${db}/${id}?rev=${String(rev)}`)).status;
}

async function stored(db: string, id: string): Promise<Record<string, unknown>> {
  return (await server.adminFetch(`${db}/${id}`)).json() as Promise<Record<string, unknown>>;
}

async function rolesOf(person: Person, password?: string): Promise<string[]> {
  const session = await as(person, 'GET', '_session', undefined, password);
  return [...(session.body.userCtx as { roles: string[] }).roles].sort();
}

beforeAll(async () => {
  server = await startCouchServer();
  const first = await provision(config);
  expect(first.applied).toBe(true);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  // Whatever the runs printed or returned: no password anywhere.
  const all = outputs.join('\n');
  expect(all).toContain('create user liga');
  for (const secret of [...Object.values(passwords), server.admin.password, changedPassword]) {
    expect(all).not.toContain(secret);
  }
});

describe('provisioning a server', () => {
  it('creates the databases with their security, rules and profile, and the users with roles', async () => {
    expect(await (await server.adminFetch('kopspeks-olaine/_security')).json()).toEqual({
      admins: { names: [], roles: [] },
      members: {
        names: [],
        roles: ['kopspeks:leader:olaine', 'kopspeks:mentor:olaine', 'kopspeks:coordinator'],
      },
    });
    const rules = await stored('kopspeks-olaine', '_design/kopspeks-access');
    expect(rules.validate_doc_update).toBe(validateDocUpdateSource('olaine'));
    expect((await stored('kopspeks-kekava', 'profile')).data).toEqual({
      name: 'Ķekavas kaimiņi',
      municipality: 'kekava',
      neighbourhood: '',
      description: '',
    });
    expect(await rolesOf('ilze')).toEqual(['kopspeks:mentor:kekava', 'kopspeks:mentor:olaine']);
    // The coordinator reads all through `kopspeks:coordinator`; the others name the communities for the app.
    expect(await rolesOf('anna')).toEqual([
      'kopspeks:coordinator',
      'kopspeks:coordinator:kekava',
      'kopspeks:coordinator:olaine',
    ]);
    const user = await stored('_users', 'org.couchdb.user:liga');
    expect(user.displayName).toBe('Līga Ozola');
    expect(user.password).toBeUndefined();
    const setting = await server.adminFetch('_config/chttpd/require_valid_user');
    expect(await setting.json()).toBe('true');
  });

  it('changes nothing on a second run', async () => {
    const second = await provision(config);
    expect(second.plan.changes).toEqual([]);
    expect(second.applied).toBe(false);
    expect(second.lines).toContain('No changes.');
  });

  it('changes nothing on a dry run, and prints the plan', async () => {
    const bigger: ProvisionConfigInput = {
      ...config,
      communities: [...config.communities, { id: 'marupe', name: 'Mārupe' }],
      users: [...config.users, { name: 'zane', displayName: 'Zane', role: 'leader' }],
      assignments: [...config.assignments, { community: 'marupe', leaders: ['zane'] }],
      server: { cors: { origins: ['https://kopspeks.example.lv'] } },
    };
    const dry = await provision(bigger, { dryRun: true, passwords: { ...passwords, zane: 'z' } });
    expect(dry.applied).toBe(false);
    const text = dry.lines.join('\n');
    expect(text).toContain('create database kopspeks-marupe');
    expect(text).toContain('create user zane (Zane) with kopspeks:leader:marupe');
    // PouchDB Server has CORS defaults of its own.
    expect(text).toMatch(/set \[cors\] origins = https:\/\/kopspeks\.example\.lv \(was .*\)/);
    expect(dry.lines.at(-1)).toBe('Dry run: nothing was changed.');
    expect((await server.adminFetch('kopspeks-marupe')).status).toBe(404);
    expect((await server.adminFetch('_users/org.couchdb.user:zane')).status).toBe(404);
    expect(await (await server.adminFetch('_config/cors/origins')).json()).not.toContain(
      'kopspeks',
    );
    expect((await provision(config)).plan.changes).toEqual([]);
  });

  it('lists who can see what', async () => {
    const lines = await listAccess({ serverUrl: server.url, admin: server.admin });
    outputs.push(...lines);
    const text = lines.join('\n');
    expect(text).toContain('olaine "Olaines kopiena" (database kopspeks-olaine)');
    expect(text).toMatch(
      /leaders, read and write: +liga \(Līga Ozola\), peteris \(Pēteris Ozols\)/,
    );
    expect(text).toMatch(/mentors, read, comment and review: +ilze \(Ilze Kalna\), maris/);
    expect(text).toMatch(/coordinators, read only: +anna \(Anna Bērziņa\)/);
    expect(text).toContain('ilze (Ilze Kalna): mentors kekava, olaine');
    expect(text).not.toContain('WARNING');
  });
});

describe('what a leader may do', () => {
  it('reads and writes their own community, deletes there, and reads no other', async () => {
    expect((await as('liga', 'GET', 'kopspeks-olaine')).status).toBe(200);
    expect((await as('liga', 'GET', 'kopspeks-olaine/profile')).status).toBe(200);
    const need = await put('liga', 'kopspeks-olaine', envelope('need-l1', 'need', { title: 'A' }));
    expect(need.status).toBe(201);
    expect(await remove('liga', 'kopspeks-olaine', 'need-l1', need.rev)).toBe(200);
    const own = comment(commentOf('liga', 1), 'leader');
    expect((await put('liga', 'kopspeks-olaine', own)).status).toBe(201);
    const profile = await stored('kopspeks-olaine', 'profile');
    const edited = { ...profile, updatedAt: now, updatedBy: 'liga' };
    expect((await put('liga', 'kopspeks-olaine', edited)).status).toBe(201);

    for (const path of ['', '/profile', '/_all_docs', '/_changes']) {
      expect(refused).toContain((await as('liga', 'GET', `kopspeks-kekava${path}`)).status);
    }
    const elsewhere = envelope('need-x', 'need', { title: 'x' });
    expect(refused).toContain((await put('liga', 'kopspeks-kekava', elsewhere)).status);
  });

  it('cannot change the access rules', async () => {
    const rules = await stored('kopspeks-olaine', '_design/kopspeks-access');
    const forged = { ...rules, validate_doc_update: 'function () {}' };
    expect(refused).toContain((await put('liga', 'kopspeks-olaine', forged)).status);
    const own = { _id: '_design/mine', validate_doc_update: 'function () {}' };
    expect(refused).toContain((await put('liga', 'kopspeks-olaine', own)).status);
    const after = await stored('kopspeks-olaine', '_design/kopspeks-access');
    expect(after.validate_doc_update).toBe(validateDocUpdateSource('olaine'));
  });
});

describe('what a mentor may do', () => {
  beforeAll(async () => {
    const session = envelope(sessionId, 'session', {
      date: '2026-03-01',
      mentor: 'Māris',
      participants: 'Līga',
      topics: 'Budžets',
      notes: notes('Piezīmes'),
      status: 'shared',
      sharedAt: now,
    });
    await put('liga', 'kopspeks-olaine', session);
    await put('liga', 'kopspeks-olaine', envelope('need-1', 'need', { title: 'Soliņi' }));
  });

  it('reads each community they mentor and no other', async () => {
    expect((await as('ilze', 'GET', `kopspeks-olaine/${sessionId}`)).status).toBe(200);
    expect((await as('ilze', 'GET', 'kopspeks-kekava')).status).toBe(200);
    expect((await as('maris', 'GET', 'kopspeks-olaine/_all_docs')).status).toBe(200);
    expect(refused).toContain((await as('maris', 'GET', 'kopspeks-kekava')).status);
    expect(refused).toContain((await as('maris', 'GET', 'kopspeks-kekava/profile')).status);
  });

  it('writes, edits and deletes their own comments', async () => {
    const id = commentOf('maris', 2);
    const created = await put('maris', 'kopspeks-olaine', comment(id, 'mentor'));
    expect(created.status).toBe(201);
    const edited = await put('maris', 'kopspeks-olaine', {
      ...comment(id, 'mentor', 'Labi padarīts!'),
      _rev: created.rev,
      updatedBy: 'maris',
    });
    expect(edited.status).toBe(201);
    expect(await remove('maris', 'kopspeks-olaine', id, edited.rev)).toBe(200);
  });

  it("marks a session reviewed in a review of their own, never in the leader's session", async () => {
    const id = reviewDocId('maris', sessionId);
    const review = envelope(id, 'review', {
      sessionDocId: sessionId,
      reviewerName: 'Māris Kalniņš',
      reviewedAt: now,
      sharedAt: now,
    });
    expect((await put('maris', 'kopspeks-olaine', review)).status).toBe(201);
    const session = await stored('kopspeks-olaine', sessionId);
    const data = { ...(session.data as object), status: 'reviewed', reviewedBy: 'maris' };
    expect(refused).toContain((await put('maris', 'kopspeks-olaine', { ...session, data })).status);
    expect((await stored('kopspeks-olaine', sessionId))._rev).toBe(session._rev);
  });

  it('gets a forbidden document refused in a _bulk_docs batch while the rest is written', async () => {
    const id = commentOf('maris', 3);
    const answer = await as('maris', 'POST', 'kopspeks-olaine/_bulk_docs', {
      docs: [comment(id, 'mentor'), envelope('need-b1', 'need', { title: 'x' })],
    });
    expect(answer.status).toBe(201);
    const results = answer.body as unknown as { id: string; ok?: boolean; error?: string }[];
    expect(results.find((result) => result.id === id)?.ok).toBe(true);
    expect(results.find((result) => result.id === 'need-b1')?.error).toBe('forbidden');
    expect((await server.adminFetch('kopspeks-olaine/need-b1')).status).toBe(404);
  });
});

describe('what the coordinator and others may do', () => {
  it('lets the coordinator read every community and write none', async () => {
    expect((await as('anna', 'GET', `kopspeks-olaine/${sessionId}`)).status).toBe(200);
    expect((await as('anna', 'GET', 'kopspeks-kekava/profile')).status).toBe(200);
    const need = envelope('need-a', 'need', {});
    expect(refused).toContain((await put('anna', 'kopspeks-olaine', need)).status);
    const note = comment(commentOf('anna', 4), 'coordinator');
    expect(refused).toContain((await put('anna', 'kopspeks-kekava', note)).status);
    const profile = await stored('kopspeks-kekava', 'profile');
    const edited = { ...profile, updatedAt: now };
    expect(refused).toContain((await put('anna', 'kopspeks-kekava', edited)).status);
  });

  it('keeps anonymous requests and wrong passwords out', async () => {
    expect(refused).toContain((await as(null, 'GET', 'kopspeks-olaine')).status);
    expect(refused).toContain((await as(null, 'GET', 'kopspeks-olaine/profile')).status);
    const need = envelope('need-n', 'need', {});
    expect(refused).toContain((await put(null, 'kopspeks-olaine', need)).status);
    expect((await as('liga', 'GET', 'kopspeks-olaine', undefined, 'wrong')).status).toBe(401);
  });

  it('lets nobody change their own roles, or anyone else’s', async () => {
    const own = (await as('liga', 'GET', '_users/org.couchdb.user:liga')).body;
    const promoted = { ...own, roles: ['kopspeks:coordinator', 'kopspeks:leader:kekava'] };
    const answer = await as('liga', 'PUT', '_users/org.couchdb.user:liga', promoted);
    expect(refused).toContain(answer.status);
    const others = await stored('_users', 'org.couchdb.user:karlis');
    const demoted = { ...others, roles: [] };
    expect(refused).toContain(
      (await as('liga', 'PUT', '_users/org.couchdb.user:karlis', demoted)).status,
    );
    expect(await rolesOf('liga')).toEqual(['kopspeks:leader:olaine']);
    expect(await rolesOf('karlis')).toEqual(['kopspeks:leader:kekava']);
    expect(refused).toContain((await as('liga', 'GET', 'kopspeks-kekava')).status);
  });
});

describe('changing access later', () => {
  const later = {
    ...config,
    users: config.users.filter((user) => user.name !== 'peteris'),
    assignments: [
      { community: 'olaine', leaders: ['liga'], mentors: ['maris'] },
      { community: 'kekava', leaders: ['karlis'], mentors: ['ieva', 'ilze'] },
    ],
    remove: { users: ['peteris'] },
  } satisfies ProvisionConfigInput;
  const { ilze: _ilze, peteris: _peteris, ...withoutIlze } = passwords;

  it('takes access away with the assignment, keeping the password, and deletes removed users', async () => {
    const result = await provision(later, { passwords: withoutIlze });
    expect(result.plan.changes.map((change) => change.kind)).toEqual(['updateUser', 'deleteUser']);
    expect(result.lines.join('\n')).toContain('update user ilze: -kopspeks:mentor:olaine');

    expect(refused).toContain((await as('ilze', 'GET', 'kopspeks-olaine')).status);
    expect(refused).toContain((await as('ilze', 'GET', `kopspeks-olaine/${sessionId}`)).status);
    expect((await as('ilze', 'GET', 'kopspeks-kekava')).status).toBe(200);
    expect((await as('peteris', 'GET', '_session')).status).toBe(401);
    expect(refused).toContain((await as('peteris', 'GET', 'kopspeks-olaine')).status);
    expect((await provision(later, { passwords: withoutIlze })).plan.changes).toEqual([]);
  });

  it('sets a new password when the given one does not sign in', async () => {
    const next = { ...withoutIlze, karlis: changedPassword };
    const result = await provision(later, { passwords: next });
    expect(result.lines.join('\n')).toContain('update user karlis: new password');
    expect((await as('karlis', 'GET', 'kopspeks-kekava', undefined, changedPassword)).status).toBe(
      200,
    );
    expect((await as('karlis', 'GET', 'kopspeks-kekava')).status).toBe(401);
    expect((await provision(later, { passwords: next })).plan.changes).toEqual([]);
  });

  it('prunes users the config no longer lists, when asked to', async () => {
    const pruned = await provision(
      {
        ...later,
        users: later.users.filter((user) => user.name !== 'ieva'),
        assignments: [
          { community: 'olaine', leaders: ['liga'], mentors: ['maris'] },
          { community: 'kekava', leaders: ['karlis'], mentors: ['ilze'] },
        ],
        prune: true,
      },
      { passwords: { ...withoutIlze, karlis: changedPassword } },
    );
    expect(pruned.plan.changes.map((change) => change.kind)).toEqual(['updateUser']);
    expect(pruned.lines.join('\n')).toContain('update user ieva: -kopspeks:mentor:kekava');
    expect(refused).toContain((await as('ieva', 'GET', 'kopspeks-kekava')).status);
    expect(await rolesOf('ieva')).toEqual([]);
  });
});

describe('every attack of the suite, over HTTP', () => {
  it('is refused on communities set up by the provisioning tool, and the app’s writes are not', async () => {
    const world = verificationWorld('ci');
    const secrets = Object.fromEntries(
      Object.keys(world.names).map((person) => [person, `${person}-Pa55-ci`]),
    ) as Record<WorldPerson, string>;
    const result = await provision(verificationConfig(world, secrets), { passwords: {} });
    expect(result.applied).toBe(true);
    const attackServer = httpAttackServer(server.url, server.admin, world, secrets);
    const outcomes = await runAccessChecks(attackServer, world, 'ci');
    expect(outcomes.filter((outcome) => !outcomeHolds(outcome)).map(formatOutcome)).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.kind === 'attack').length).toBeGreaterThan(70);
  }, 120_000);

  it('is what `npm run verify-access` runs, and it leaves nothing behind', async () => {
    const lines: string[] = [];
    const result = await verifyAccess({
      serverUrl: server.url,
      admin: server.admin,
      runId: 'cleanup',
      onLine: (line) => lines.push(line),
    });
    outputs.push(...lines);
    expect(result.failures.map(formatOutcome)).toEqual([]);
    expect(result.leftOver).toEqual([]);
    expect(lines.some((line) => /^refused +A01 /.test(line))).toBe(true);
    expect(lines.at(-1)).toBe('Cleaned up: the throw-away communities and users are gone.');
    expect((await server.adminFetch('kopspeks-verify-cleanup')).status).toBe(404);
    const users = await server.adminFetch('_users/org.couchdb.user:verify-cleanup-leader');
    expect(users.status).toBe(404);
    // The server's settings are the coordinator's: the check changes none.
    const setting = await server.adminFetch('_config/chttpd/require_valid_user');
    expect(await setting.json()).toBe('true');
  }, 120_000);
});
