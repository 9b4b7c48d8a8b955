import { describe, expect, it } from 'vitest';
import { validateDocUpdateSource } from './accessRules';
import { checkConfig, type ProvisionConfig, type ProvisionConfigInput } from './config';
import {
  communitySecurity,
  desiredRoles,
  desiredSettings,
  describeChange,
  formatPlan,
  planChanges,
  type Change,
} from './plan';
import type { ServerState, UserDoc } from './serverState';

const input = {
  communities: [
    { id: 'olaine', name: 'Olaines kopiena' },
    { id: 'kekava', name: 'Ķekavas kaimiņi', municipality: 'kekava' as const },
  ],
  users: [
    { name: 'liga', displayName: 'Līga', role: 'leader' as const, passwordEnv: 'PW_LIGA' },
    { name: 'maris', displayName: 'Māris', role: 'mentor' as const },
    { name: 'anna', displayName: 'Anna', role: 'coordinator' as const },
  ],
  assignments: [
    { community: 'olaine', leaders: ['liga'], mentors: ['maris'] },
    { community: 'kekava', mentors: ['maris'] },
  ],
} satisfies ProvisionConfigInput;

function configOf(value: ProvisionConfigInput): ProvisionConfig {
  const checked = checkConfig(value);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.config;
}

const none = { has: () => false };

function emptyServer(): ServerState {
  return {
    serverUrl: 'https://sync.example.lv/',
    kind: 'couchdb',
    version: '3.4.2',
    configStyle: 'node',
    settings: new Map(),
    usersDbExists: true,
    usersGuard: null,
    users: new Map(),
    communities: new Map(),
    passwordMatches: new Map(),
  };
}

const userDoc = (name: string, roles: string[], displayName?: string): UserDoc => ({
  _id: `org.couchdb.user:${name}`,
  _rev: '1-a',
  name,
  type: 'user',
  roles,
  ...(displayName === undefined ? {} : { displayName }),
  password_scheme: 'pbkdf2',
  derived_key: 'abc',
  salt: 'def',
});

/** The server as a successful run of `config` leaves it. */
function provisioned(config: ProvisionConfig): ServerState {
  const state = emptyServer();
  for (const [key, value] of desiredSettings(config)) state.settings.set(key, value);
  for (const community of config.communities) {
    state.communities.set(community.id, {
      id: community.id,
      db: `kopspeks-${community.id}`,
      exists: true,
      security: communitySecurity(community.id),
      designDoc: {
        _rev: '1-r',
        language: 'javascript',
        validate_doc_update: validateDocUpdateSource(community.id),
      },
      profile: { _id: 'profile', data: { name: community.name } },
    });
  }
  for (const user of config.users) {
    state.users.set(user.name, userDoc(user.name, desiredRoles(config, user), user.displayName));
  }
  return state;
}

const kinds = (changes: Change[]) => changes.map((change) => change.kind);
const described = (changes: Change[]) => changes.map(describeChange);

describe('planChanges', () => {
  const config = configOf(input);

  it('sets up an empty server in order: databases, security, rules, profiles, users, settings', () => {
    const plan = planChanges(config, emptyServer(), { has: (name) => name === 'liga' }, 'T');
    expect(kinds(plan.changes)).toEqual([
      ...['createDatabase', 'putSecurity', 'putDesignDoc', 'createProfile'],
      ...['createDatabase', 'putSecurity', 'putDesignDoc', 'createProfile'],
      ...['createUser', 'createUser', 'createUser', 'setting'],
    ]);
    expect(described(plan.changes)).toEqual([
      'create database kopspeks-olaine',
      'set kopspeks-olaine/_security: readable by kopspeks:leader:olaine, kopspeks:mentor:olaine, kopspeks:coordinator',
      'install the access rules _design/kopspeks-access in kopspeks-olaine',
      'create the profile of olaine: "Olaines kopiena"',
      'create database kopspeks-kekava',
      'set kopspeks-kekava/_security: readable by kopspeks:leader:kekava, kopspeks:mentor:kekava, kopspeks:coordinator',
      'install the access rules _design/kopspeks-access in kopspeks-kekava',
      'create the profile of kekava: "Ķekavas kaimiņi"',
      'create user liga (Līga) with kopspeks:leader:olaine; password from $PW_LIGA',
      'create user maris (Māris) with kopspeks:mentor:kekava, kopspeks:mentor:olaine; password asked for',
      'create user anna (Anna) with kopspeks:coordinator, kopspeks:coordinator:kekava, kopspeks:coordinator:olaine; password asked for',
      'set [chttpd] require_valid_user = true (was unset)',
    ]);
    const profile = plan.changes.find((change) => change.kind === 'createProfile');
    expect(profile?.kind === 'createProfile' && profile.doc).toEqual({
      _id: 'profile',
      type: 'community',
      dataVersion: 0,
      createdAt: 'T',
      updatedAt: 'T',
      archivedAt: null,
      data: { name: 'Olaines kopiena', municipality: 'other', neighbourhood: '', description: '' },
    });
    expect(plan.warnings).toEqual([]);
  });

  it('finds nothing to do on a server already provisioned', () => {
    const plan = planChanges(config, provisioned(config), none);
    expect(plan.changes).toEqual([]);
    expect(formatPlan(plan, 'the server')).toEqual(['Plan for the server:', 'No changes.']);
  });

  it("takes away an assignment deleted from the config, keeping the user's other roles and password", () => {
    const state = provisioned(config);
    const roles = ['other-app', 'kopspeks:mentor:kekava', 'kopspeks:mentor:olaine'];
    state.users.set('maris', userDoc('maris', roles, 'Māris'));
    const smaller = configOf({ ...input, assignments: input.assignments.slice(0, 1) });
    const plan = planChanges(smaller, state, none);
    expect(described(plan.changes)).toEqual(['update user maris: -kopspeks:mentor:kekava']);
    const change = plan.changes[0];
    expect(change?.kind === 'updateUser' && change.doc).toMatchObject({
      _rev: '1-a',
      roles: ['other-app', 'kopspeks:mentor:olaine'],
      derived_key: 'abc',
      salt: 'def',
    });
    expect(change?.kind === 'updateUser' && 'password' in change.doc).toBe(false);
  });

  it('updates a display name, and a password only when the given one does not sign in', () => {
    const state = provisioned(config);
    state.users.set(
      'anna',
      userDoc(
        'anna',
        ['kopspeks:coordinator', 'kopspeks:coordinator:kekava', 'kopspeks:coordinator:olaine'],
        'Old name',
      ),
    );
    state.passwordMatches.set('liga', false);
    state.passwordMatches.set('maris', true);
    expect(described(planChanges(config, state, none).changes)).toEqual([
      'update user liga: new password',
      'update user anna: display name "Anna"',
    ]);
  });

  it('keeps users it does not know unless pruning, and deletes users listed for removal', () => {
    const state = provisioned(config);
    state.users.set('old', userDoc('old', ['kopspeks:leader:olaine']));
    state.users.set('gone', userDoc('gone', ['kopspeks:mentor:olaine']));
    state.users.set('someone', userDoc('someone', ['other-app']));
    const removing = configOf({ ...input, remove: { users: ['gone', 'never'] } });
    const kept = planChanges(removing, state, none);
    expect(described(kept.changes)).toEqual(['delete user gone']);
    expect(kept.warnings).toEqual([
      'old has access on the server (kopspeks:leader:olaine) but is not in the config: kept (list them under remove.users, or set prune: true)',
    ]);
    const pruned = planChanges(configOf({ ...input, prune: true }), state, none);
    expect(described(pruned.changes)).toEqual([
      'update user old: -kopspeks:leader:olaine',
      'update user gone: -kopspeks:mentor:olaine',
    ]);
  });

  it('repairs security and outdated rules, and leaves a renamed profile and unknown databases alone', () => {
    const state = provisioned(config);
    const olaine = state.communities.get('olaine')!;
    olaine.security = {
      admins: { names: [], roles: [] },
      members: { names: ['x'], roles: ['kopspeks:leader:olaine'] },
    };
    olaine.designDoc = { _rev: '3-z', language: 'javascript', validate_doc_update: 'function(){}' };
    olaine.profile = { _id: 'profile', data: { name: 'Olaine (new name)' } };
    state.communities.set('old', {
      id: 'old',
      db: 'kopspeks-old',
      exists: true,
      security: communitySecurity('old'),
      designDoc: null,
      profile: null,
    });
    const plan = planChanges(config, state, none);
    expect(described(plan.changes)).toEqual([
      'set kopspeks-olaine/_security: readable by kopspeks:leader:olaine, kopspeks:mentor:olaine, kopspeks:coordinator',
      'update the access rules _design/kopspeks-access in kopspeks-olaine',
    ]);
    const rules = plan.changes[1];
    expect(rules?.kind === 'putDesignDoc' && rules.doc._rev).toBe('3-z');
    expect(plan.warnings).toEqual([
      'olaine: the community is called "Olaine (new name)" on the server; the leaders edit the name in the app, so the tool leaves it',
      "kopspeks-old is on the server but not in the config (the tool never deletes a community's database)",
    ]);
  });

  it('sets CORS only when asked, and warns about people who see nothing', () => {
    const withCors = configOf({
      ...input,
      users: [...input.users, { name: 'ieva', displayName: 'Ieva', role: 'mentor' }],
      server: {
        requireValidUser: false,
        cors: { origins: ['https://a.example.lv', 'http://localhost:4173'] },
      },
    });
    const state = provisioned(config);
    state.users.set('ieva', userDoc('ieva', [], 'Ieva'));
    const plan = planChanges(withCors, state, none);
    expect(described(plan.changes)).toEqual([
      'set [chttpd] require_valid_user = false (was true)',
      'set [chttpd] enable_cors = true (was unset)',
      'set [cors] origins = https://a.example.lv, http://localhost:4173 (was unset)',
      'set [cors] credentials = true (was unset)',
      'set [cors] methods = GET, PUT, POST, HEAD, DELETE (was unset)',
      'set [cors] headers = accept, authorization, content-type, origin, referer (was unset)',
    ]);
    expect(plan.warnings).toEqual(['ieva is a mentor of no community yet, so sees nothing']);
    const off = configOf({ ...input, server: { cors: false } });
    expect(described(planChanges(off, provisioned(config), none).changes)).toEqual([
      'set [chttpd] enable_cors = false (was unset)',
    ]);
  });

  it('guards _users on PouchDB Server only, and creates _users when it is missing', () => {
    const pouch = { ...provisioned(config), kind: 'pouchdb-server' as const };
    expect(described(planChanges(config, pouch, none).changes)).toEqual([
      'install _design/kopspeks-users in _users (PouchDB Server: users may not change their own roles)',
    ]);
    const noUsers = { ...provisioned(config), usersDbExists: false };
    expect(described(planChanges(config, noUsers, none).changes)).toEqual([
      'create database _users',
    ]);
  });

  it('holds no password, so a plan is safe to print', () => {
    const withPassword = configOf({
      ...input,
      users: input.users.map(({ name, displayName, role }) => ({
        name,
        displayName,
        role,
        password: `pw-${name}-secret`,
      })),
    });
    const state = provisioned(config);
    state.users.delete('maris');
    state.passwordMatches.set('liga', false);
    const plan = planChanges(withPassword, state, { has: () => true });
    expect(kinds(plan.changes)).toEqual(['updateUser', 'createUser']);
    expect(JSON.stringify(plan)).not.toContain('secret');
    expect(formatPlan(plan, 'x').join('\n')).not.toContain('secret');
  });
});
