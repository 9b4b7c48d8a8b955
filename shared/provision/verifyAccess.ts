import { communityDatabase } from '../sync/communities';
import { basicAuthorization, resolveServerPath } from '../sync/syncServer';
import { applyChanges } from './apply';
import {
  formatOutcome,
  outcomeHolds,
  runAccessChecks,
  type Actor,
  type AttackAnswer,
  type AttackRequest,
  type AttackServer,
  type AttackWorld,
  type CheckOutcome,
  type Person,
} from './accessAttacks';
import { checkConfig, type ProvisionConfigInput } from './config';
import { CouchAdmin, ProvisionError, type AdminFetch } from './couchAdmin';
import { planChanges, userDocId } from './plan';
import { readServerState } from './serverState';

/**
 * `npm run verify-access` (issue #14): sets up two throw-away communities
 * and their people on a real server with the provisioning tool's own code,
 * tries every check of accessAttacks.ts over plain HTTP, and removes all of
 * it again. Nothing of the server's real communities is read or changed,
 * and server settings are left alone.
 */

export type VerifyOptions = {
  serverUrl: string;
  admin: { username: string; password: string };
  /** Names this run's communities and users; random when not given. */
  runId?: string;
  onLine?: (line: string) => void;
  fetch?: AdminFetch;
};

export type VerifyResult = {
  outcomes: CheckOutcome[];
  /** Attacks the server took, and app writes it refused. */
  failures: CheckOutcome[];
  /** What is left on the server if the clean-up failed (to remove by hand). */
  leftOver: string[];
};

const people: Record<Person, 'leader' | 'mentor' | 'coordinator'> = {
  leader: 'leader',
  mentor: 'mentor',
  mentor2: 'mentor',
  otherLeader: 'leader',
  otherMentor: 'mentor',
  coordinator: 'coordinator',
};

/** The throw-away world of one run: `verify-<run>` and `verify-<run>-b`, users `verify-<run>-<who>`. */
export function verificationWorld(runId: string): AttackWorld {
  const names = Object.fromEntries(
    Object.keys(people).map((person) => [person, `verify-${runId}-${person.toLowerCase()}`]),
  ) as Record<Person, string>;
  return { community: `verify-${runId}`, otherCommunity: `verify-${runId}-b`, names };
}

/** The provisioning config that makes that world. */
export function verificationConfig(
  world: AttackWorld,
  passwords: Record<Person, string>,
): ProvisionConfigInput {
  const { names } = world;
  return {
    communities: [
      { id: world.community, name: 'Kopspēks access check (A)' },
      { id: world.otherCommunity, name: 'Kopspēks access check (B)' },
    ],
    users: (Object.keys(people) as Person[]).map((person) => ({
      name: names[person],
      displayName: `Access check ${person}`,
      role: people[person],
      password: passwords[person],
    })),
    assignments: [
      {
        community: world.community,
        leaders: [names.leader],
        mentors: [names.mentor, names.mentor2],
      },
      {
        community: world.otherCommunity,
        leaders: [names.otherLeader],
        mentors: [names.otherMentor],
      },
    ],
  };
}

function randomSecret(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Plain HTTP as each person of the world (and as the admin), exactly as sent. */
export function httpAttackServer(
  serverUrl: string,
  admin: { username: string; password: string },
  world: AttackWorld,
  passwords: Record<Person, string>,
  fetchImpl: AdminFetch = (url, init) => fetch(url, init),
): AttackServer {
  const send = async (authorization: string | null, request: AttackRequest) => {
    const url = resolveServerPath(
      serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`,
      request.path,
    );
    if (!url) throw new ProvisionError(`${request.path}: not a path on the server`);
    const raw = typeof request.body === 'string';
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(request.body === undefined || raw ? {} : { 'content-type': 'application/json' }),
      ...request.headers,
    };
    if (authorization) headers.authorization = authorization;
    const response = await fetchImpl(url.href, {
      method: request.method,
      headers,
      redirect: 'manual',
      ...(request.body === undefined
        ? {}
        : { body: raw ? (request.body as string) : JSON.stringify(request.body) }),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: kept as text
    }
    return { status: response.status, body } satisfies AttackAnswer;
  };
  const adminAuthorization = basicAuthorization(admin.username, admin.password);
  return {
    as: (actor: Actor, request) =>
      send(
        actor === 'anonymous' ? null : basicAuthorization(world.names[actor], passwords[actor]),
        request,
      ),
    admin: (request) => send(adminAuthorization, request),
  };
}

/** Creates the world with the provisioning tool's plan, leaving server settings as they are. */
async function setUp(admin: CouchAdmin, world: AttackWorld, passwords: Record<Person, string>) {
  const checked = checkConfig(verificationConfig(world, passwords));
  if (!checked.ok) throw new ProvisionError('the check world is not a valid config');
  const config = checked.config;
  const secrets = new Map(config.users.map((user) => [user.name, user.password ?? '']));
  const state = await readServerState(admin, {
    communityIds: config.communities.map((community) => community.id),
    settingKeys: [],
    passwords: new Map(),
  });
  const plan = planChanges(config, state, secrets);
  const changes = plan.changes.filter((change) => change.kind !== 'setting');
  await applyChanges(admin, changes, state.configStyle, secrets);
}

/** Removes the world's databases and users; returns what could not be removed. */
async function tearDown(admin: CouchAdmin, world: AttackWorld): Promise<string[]> {
  const left: string[] = [];
  for (const community of [world.community, world.otherCommunity]) {
    const db = communityDatabase(community);
    const answer = await admin.request('DELETE', db).catch(() => ({ status: 0, body: null }));
    if (answer.status !== 200 && answer.status !== 202 && answer.status !== 404) {
      left.push(`database ${db}`);
    }
  }
  for (const name of Object.values(world.names)) {
    const path = `_users/${encodeURIComponent(userDocId(name))}`;
    const stored = await admin.getOrNull(path).catch(() => undefined);
    if (stored === null) continue;
    const rev = stored && typeof stored._rev === 'string' ? stored._rev : '';
    const answer = rev
      ? await admin
          .request('DELETE', `${path}?rev=${encodeURIComponent(rev)}`)
          .catch(() => ({ status: 0, body: null }))
      : { status: 0 };
    if (answer.status !== 200 && answer.status !== 202) left.push(`user ${name}`);
  }
  return left;
}

/**
 * The whole check: set up, every request, clean up (also after a failure).
 * Passwords are random and never printed.
 */
export async function verifyAccess(options: VerifyOptions): Promise<VerifyResult> {
  const runId = options.runId ?? randomSecret().slice(0, 8);
  const world = verificationWorld(runId);
  const passwords = Object.fromEntries(
    Object.keys(people).map((person) => [person, randomSecret()]),
  ) as Record<Person, string>;
  const say = options.onLine ?? (() => {});
  const admin = new CouchAdmin(options.serverUrl, options.admin, options.fetch);
  say(
    `Setting up throw-away communities ${world.community} and ${world.otherCommunity} with ${Object.keys(world.names).length} users (verify-${runId}-…).`,
  );
  let outcomes: CheckOutcome[] = [];
  let leftOver: string[] = [];
  try {
    await setUp(admin, world, passwords);
    const server = httpAttackServer(
      options.serverUrl,
      options.admin,
      world,
      passwords,
      options.fetch,
    );
    outcomes = await runAccessChecks(server, world, runId, (outcome) =>
      say(formatOutcome(outcome)),
    );
  } finally {
    leftOver = await tearDown(admin, world);
    say(
      leftOver.length === 0
        ? 'Cleaned up: the throw-away communities and users are gone.'
        : `Could not remove: ${leftOver.join(', ')}. Remove them by hand.`,
    );
  }
  const failures = outcomes.filter((outcome) => !outcomeHolds(outcome));
  return { outcomes, failures, leftOver };
}

/** The closing lines: what was tried and whether the rules held. */
export function summarize(result: VerifyResult): string[] {
  const count = (kind: CheckOutcome['kind']) =>
    result.outcomes.filter((outcome) => outcome.kind === kind).length;
  const attacksAccepted = result.failures.filter((outcome) => outcome.kind === 'attack');
  const controlsRefused = result.failures.filter((outcome) => outcome.kind === 'control');
  const lines = [
    `${count('attack')} attacks tried: ${count('attack') - attacksAccepted.length} refused, ${attacksAccepted.length} ACCEPTED.`,
    `${count('control')} things the app does: ${count('control') - controlsRefused.length} allowed, ${controlsRefused.length} refused.`,
  ];
  if (count('unchecked') > 0) {
    lines.push(
      `${count('unchecked')} request(s) CouchDB never checks (_local documents): see the README, "What _local documents can do".`,
    );
  }
  lines.push(
    result.failures.length === 0
      ? 'The access rules hold.'
      : 'The access rules do NOT hold: see the lines marked ACCEPTED! or REFUSED! above.',
  );
  return lines;
}
