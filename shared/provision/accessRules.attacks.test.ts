import { beforeAll, describe, expect, it } from 'vitest';
import { accessRulesBeforeIssue14 } from '../../scripts/test-support/accessRulesBeforeIssue14';
import { CouchModel } from '../../scripts/test-support/couchModel';
import { communityDatabase } from '../sync/communities';
import {
  formatOutcome,
  outcomeHolds,
  runAccessChecks,
  type AttackServer,
  type CheckOutcome,
  type Person,
} from './accessAttacks';
import { accessDesignDoc, validateDocUpdateSource } from './accessRules';
import { communitySecurity, coordinatorRole, leaderRole, mentorRole } from './plan';
import { verificationWorld } from './verifyAccess';
import { accessVerdict, type Writer } from '../domain/writeAccess';
import type { CommunityRole } from '../sync/communities';

// Every attack of accessAttacks.ts against the access rules as Apache
// CouchDB 3 runs them: the CouchDB model hands validate_doc_update the oldDoc
// CouchDB would (null for new_edits:false branches without an ancestor, over
// tombstones, with all_or_nothing…), evaluating the stored ES5 source.

const world = verificationWorld('model');
const admin = { name: 'admin', password: 'admin-pw' };
const rolesOf: Record<Person, string[]> = {
  leader: [leaderRole(world.community)],
  mentor: [mentorRole(world.community)],
  mentor2: [mentorRole(world.community)],
  otherLeader: [leaderRole(world.otherCommunity)],
  otherMentor: [mentorRole(world.otherCommunity)],
  coordinator: [coordinatorRole],
};
const lowerCase = (headers: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));

/** The two communities on a CouchDB model, with the given rules in each database. */
async function modelWorld(rulesFor: (community: string) => string) {
  const model = new CouchModel();
  const server: AttackServer = {
    as: (actor, request) =>
      model.request(
        actor === 'anonymous' ? null : { name: world.names[actor], password: `${actor}-pw` },
        request.method,
        request.path,
        request.body,
        lowerCase(request.headers),
      ),
    admin: (request) =>
      model.request(admin, request.method, request.path, request.body, lowerCase(request.headers)),
  };
  model.addAdmin(admin.name, admin.password);
  for (const [person, roles] of Object.entries(rolesOf) as [Person, string[]][]) {
    model.addUser(world.names[person], `${person}-pw`, roles);
  }
  for (const community of [world.community, world.otherCommunity]) {
    const db = communityDatabase(community);
    model.createDatabase(db, communitySecurity(community));
    const rules = { ...accessDesignDoc(community), validate_doc_update: rulesFor(community) };
    const installed = await server.admin({
      method: 'PUT',
      path: `${db}/${rules._id}`,
      body: rules,
    });
    expect(installed.status).toBe(201);
    const profile = {
      type: 'community',
      dataVersion: 0,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      archivedAt: null,
      data: { name: community, municipality: 'other', neighbourhood: '', description: '' },
    };
    await server.admin({ method: 'PUT', path: `${db}/profile`, body: profile });
  }
  return { model, server };
}

let model: CouchModel;
let outcomes: CheckOutcome[] = [];

beforeAll(async () => {
  const current = await modelWorld((community) => validateDocUpdateSource(community));
  model = current.model;
  outcomes = await runAccessChecks(current.server, world, 'model');
});

describe('the access rules against every attack, as CouchDB 3 calls them', () => {
  it('refuse every attack and allow every write the app makes', () => {
    expect(outcomes.filter((outcome) => !outcomeHolds(outcome)).map(formatOutcome)).toEqual([]);
  });

  it('cover each class of attack, and the app’s own writes', () => {
    const classes = new Set(outcomes.map((outcome) => outcome.id.replace(/\d+$/, '')));
    expect([...classes].sort()).toEqual(['A', 'B', 'D', 'E', 'F', 'H', 'L', 'R', 'S', 'T', 'V']);
    expect(outcomes.filter((outcome) => outcome.kind === 'attack').length).toBeGreaterThan(70);
  });

  it('never crash on what attackers send', () => {
    expect(model.crashes).toEqual([]);
  });

  it('are refused by the rules themselves where CouchDB gives oldDoc = null', () => {
    // These reach validate_doc_update on CouchDB (PouchDB Server turns them away earlier).
    for (const id of ['A01', 'A02', 'A03', 'A05', 'A06', 'A07', 'A08', 'B13']) {
      const outcome = outcomes.find((one) => one.id === id)!;
      expect(outcome.succeeded, id).toBe(false);
      expect(outcome.reason, id).toMatch(/^forbidden: /);
    }
    const nullOld = model.calls.filter((call) => call.oldDoc === null);
    expect(nullOld.length).toBeGreaterThan(20);
  });

  it('say what a _local document write is: unchecked, and CouchDB takes it', () => {
    expect(outcomes.find((one) => one.id === 'L01')).toMatchObject({
      kind: 'unchecked',
      succeeded: true,
    });
  });
});

describe('the attack suite itself', () => {
  it('finds what issue #14 found in the rules it was filed against', async () => {
    const before = await modelWorld((community) =>
      accessRulesBeforeIssue14.replace('__COMMUNITY__', JSON.stringify(community)),
    );
    const found = (await runAccessChecks(before.server, world, 'old'))
      .filter((outcome) => !outcomeHolds(outcome))
      .map((outcome) => outcome.id);
    // A mentor's takeover through oldDoc = null, forged authorship, any id, size and attachments.
    for (const id of ['A01', 'A02', 'A03', 'B01', 'B03', 'B05', 'B06', 'B20', 'T02', 'F01', 'E04'])
      expect(found).toContain(id);
  });
});

describe('the app’s own check (writeAccess.ts) and the server’s rules', () => {
  // The strongest role this community's roles give, as the rules and the app read them.
  function writerOf(userCtx: Record<string, unknown>, community: string): Writer {
    const roles = (userCtx.roles as string[]) ?? [];
    const role: CommunityRole | null = roles.includes(leaderRole(community))
      ? 'leader'
      : roles.includes(mentorRole(community))
        ? 'mentor'
        : roles.includes(coordinatorRole)
          ? 'coordinator'
          : null;
    return { name: typeof userCtx.name === 'string' ? userCtx.name : '', role };
  }

  it('give the same answer for every document the attacks and the app sent', () => {
    const checked = model.calls.filter(
      (call) =>
        !String(call.newDoc._id).startsWith('_design/') &&
        !(call.userCtx.roles as string[]).includes('_admin'),
    );
    expect(checked.length).toBeGreaterThan(80);
    const differences = checked
      .map((call) => {
        const community = String(call.userCtx.db).replace(/^kopspeks-/, '');
        const app = accessVerdict(call.newDoc, call.oldDoc, writerOf(call.userCtx, community));
        return { id: call.newDoc._id, rules: call.accepted, app: app.ok };
      })
      .filter((verdict) => verdict.rules !== verdict.app);
    expect(differences).toEqual([]);
  });
});
