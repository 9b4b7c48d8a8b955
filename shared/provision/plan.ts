import { currentDataVersion } from '../db/migrations/dataMigrations';
import { profileDocId } from '../db/schemas/item.schema';
import { communityDatabase } from '../sync/communities';
import { accessDesignDoc, usersGuardDesignDoc } from './accessRules';
import type { ProvisionConfig, ProvisionUser } from './config';
import type { SecurityObject, ServerState, SettingKey, UserDoc } from './serverState';

/** Where a new user's password comes from; the value itself never enters a plan. */
export type PasswordSource = { kind: 'env'; name: string } | { kind: 'given' } | { kind: 'ask' };

/** One change to the server. Plans hold no passwords, so they are safe to print or log. */
export type Change =
  | { kind: 'createDatabase'; db: string }
  | { kind: 'putSecurity'; db: string; security: SecurityObject }
  | {
      kind: 'putDesignDoc';
      db: string;
      doc: Record<string, unknown> & { _id: string };
      update: boolean;
    }
  | { kind: 'createProfile'; db: string; communityId: string; doc: Record<string, unknown> }
  | {
      kind: 'createUser';
      name: string;
      doc: Record<string, unknown>;
      roles: string[];
      password: PasswordSource;
    }
  | {
      kind: 'updateUser';
      name: string;
      doc: Record<string, unknown>;
      added: string[];
      removed: string[];
      displayName: boolean;
      newPassword: boolean;
    }
  | { kind: 'deleteUser'; name: string; rev: string }
  | { kind: 'setting'; key: SettingKey; from: string | undefined; to: string };

export type Plan = { changes: Change[]; warnings: string[] };

export const rolePrefix = 'kopspeks:';
export const coordinatorRole = 'kopspeks:coordinator';
export const leaderRole = (communityId: string) => `kopspeks:leader:${communityId}`;
export const mentorRole = (communityId: string) => `kopspeks:mentor:${communityId}`;
/** Not an access right (`coordinatorRole` is): tells the app which communities to sync. */
export const coordinatorOfRole = (communityId: string) => `kopspeks:coordinator:${communityId}`;

/** Who may read a community's database: its leaders, its mentors, the coordinators. */
export function communitySecurity(communityId: string): SecurityObject {
  return {
    admins: { names: [], roles: [] },
    members: {
      names: [],
      roles: [leaderRole(communityId), mentorRole(communityId), coordinatorRole],
    },
  };
}

const corsMethods = 'GET, PUT, POST, HEAD, DELETE';
const corsHeaders = 'accept, authorization, content-type, origin, referer';

/** The server settings the config asks for (CouchDB 3 sections and keys). */
export function desiredSettings(config: ProvisionConfig): Map<SettingKey, string> {
  const settings = new Map<SettingKey, string>();
  settings.set('chttpd/require_valid_user', String(config.server.requireValidUser));
  const cors = config.server.cors;
  if (cors === false) {
    settings.set('chttpd/enable_cors', 'false');
  } else if (cors) {
    settings.set('chttpd/enable_cors', 'true');
    settings.set('cors/origins', cors.origins.join(', '));
    settings.set('cors/credentials', 'true');
    settings.set('cors/methods', corsMethods);
    settings.set('cors/headers', corsHeaders);
  }
  return settings;
}

/** The `kopspeks:*` roles the config gives a user. */
export function desiredRoles(config: ProvisionConfig, user: ProvisionUser): string[] {
  if (user.role === 'coordinator') {
    return [coordinatorRole, ...config.communities.map((c) => coordinatorOfRole(c.id))].sort();
  }
  const roles: string[] = [];
  for (const assignment of config.assignments) {
    if (user.role === 'leader' && assignment.leaders.includes(user.name)) {
      roles.push(leaderRole(assignment.community));
    }
    if (user.role === 'mentor' && assignment.mentors.includes(user.name)) {
      roles.push(mentorRole(assignment.community));
    }
  }
  return roles.sort();
}

const sorted = (values: readonly string[]) => [...new Set(values)].sort();
const sameList = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

function sameSecurity(current: SecurityObject | null, wanted: SecurityObject): boolean {
  return (
    current !== null &&
    sameList(current.admins.names, wanted.admins.names) &&
    sameList(current.admins.roles, wanted.admins.roles) &&
    sameList(current.members.names, wanted.members.names) &&
    sameList(current.members.roles, wanted.members.roles)
  );
}

export const userDocId = (name: string) => `org.couchdb.user:${name}`;

function updatedUser(
  stored: UserDoc,
  roles: string[],
  displayName: string | undefined,
  added: string[],
  removed: string[],
  newPassword: boolean,
): Change {
  const others = stored.roles.filter((role) => !role.startsWith(rolePrefix));
  const doc: Record<string, unknown> = { ...stored, roles: [...others, ...roles] };
  if (displayName !== undefined) doc.displayName = displayName;
  // A document sent back without `password` keeps its stored hash.
  delete doc.password;
  return {
    kind: 'updateUser',
    name: stored.name,
    doc,
    added,
    removed,
    displayName: stored.displayName !== displayName,
    newPassword,
  };
}

function planCommunities(config: ProvisionConfig, state: ServerState, now: string, plan: Plan) {
  const configured = new Set(config.communities.map((community) => community.id));
  for (const community of config.communities) {
    const db = communityDatabase(community.id);
    const current = state.communities.get(community.id);
    if (!current?.exists) plan.changes.push({ kind: 'createDatabase', db });
    const security = communitySecurity(community.id);
    if (!sameSecurity(current?.security ?? null, security)) {
      plan.changes.push({ kind: 'putSecurity', db, security });
    }
    const rules = accessDesignDoc(community.id);
    const stored = current?.designDoc ?? null;
    if (
      stored?.validate_doc_update !== rules.validate_doc_update ||
      stored.language !== rules.language
    ) {
      plan.changes.push({
        kind: 'putDesignDoc',
        db,
        doc: stored ? { ...rules, _rev: stored._rev } : rules,
        update: stored !== null,
      });
    }
    const profile = current?.profile ?? null;
    if (!profile) {
      plan.changes.push({
        kind: 'createProfile',
        db,
        communityId: community.id,
        doc: {
          _id: profileDocId,
          type: 'community',
          dataVersion: currentDataVersion('community'),
          createdAt: now,
          updatedAt: now,
          archivedAt: null,
          data: {
            name: community.name,
            municipality: community.municipality,
            neighbourhood: '',
            description: '',
          },
        },
      });
    } else {
      const name = (profile.data as { name?: unknown } | undefined)?.name;
      if (name !== community.name) {
        plan.warnings.push(
          `${community.id}: the community is called "${String(name)}" on the server; the leaders edit the name in the app, so the tool leaves it`,
        );
      }
    }
  }
  for (const community of state.communities.values()) {
    if (community.exists && !configured.has(community.id)) {
      plan.warnings.push(
        `${community.db} is on the server but not in the config (the tool never deletes a community's database)`,
      );
    }
  }
}

function planUsers(
  config: ProvisionConfig,
  state: ServerState,
  passwords: { has: (name: string) => boolean },
  plan: Plan,
) {
  const listed = new Set(config.users.map((user) => user.name));
  for (const user of config.users) {
    const roles = desiredRoles(config, user);
    const stored = state.users.get(user.name);
    if (roles.length === 0) {
      plan.warnings.push(`${user.name} is a ${user.role} of no community yet, so sees nothing`);
    }
    if (!stored) {
      const password: PasswordSource = passwords.has(user.name)
        ? user.passwordEnv
          ? { kind: 'env', name: user.passwordEnv }
          : { kind: 'given' }
        : { kind: 'ask' };
      plan.changes.push({
        kind: 'createUser',
        name: user.name,
        roles,
        password,
        doc: {
          _id: userDocId(user.name),
          name: user.name,
          type: 'user',
          roles,
          displayName: user.displayName,
        },
      });
      continue;
    }
    const current = stored.roles.filter((role) => role.startsWith(rolePrefix));
    const added = roles.filter((role) => !current.includes(role));
    const removed = current.filter((role) => !roles.includes(role));
    const displayName = stored.displayName !== user.displayName;
    const newPassword = state.passwordMatches.get(user.name) === false;
    if (added.length || removed.length || displayName || newPassword) {
      plan.changes.push(updatedUser(stored, roles, user.displayName, added, removed, newPassword));
    }
  }

  const removing = new Set(config.remove.users);
  for (const name of config.remove.users) {
    const stored = state.users.get(name);
    if (stored) plan.changes.push({ kind: 'deleteUser', name, rev: stored._rev });
  }
  for (const stored of state.users.values()) {
    if (listed.has(stored.name) || removing.has(stored.name)) continue;
    const current = stored.roles.filter((role) => role.startsWith(rolePrefix));
    if (current.length === 0) continue;
    if (config.prune) {
      plan.changes.push(updatedUser(stored, [], stored.displayName, [], current, false));
    } else {
      plan.warnings.push(
        `${stored.name} has access on the server (${current.join(', ')}) but is not in the config: kept (list them under remove.users, or set prune: true)`,
      );
    }
  }
}

/**
 * The changes that bring the server to the config, and what the
 * coordinator should know about. Pure: the same config and state give the
 * same plan, and a server already in that state gives no changes.
 * `passwords` says which users have a password given (the values are not used).
 */
export function planChanges(
  config: ProvisionConfig,
  state: ServerState,
  passwords: { has: (name: string) => boolean },
  now: string = new Date().toISOString(),
): Plan {
  const plan: Plan = { changes: [], warnings: [] };

  if (!state.usersDbExists) plan.changes.push({ kind: 'createDatabase', db: '_users' });
  // PouchDB Server lets users edit their own roles; CouchDB's _users already refuses.
  if (state.kind === 'pouchdb-server') {
    const guard = usersGuardDesignDoc();
    if (state.usersGuard?.validate_doc_update !== guard.validate_doc_update) {
      plan.changes.push({
        kind: 'putDesignDoc',
        db: '_users',
        doc: state.usersGuard ? { ...guard, _rev: state.usersGuard._rev } : guard,
        update: state.usersGuard !== null,
      });
    }
  }
  planCommunities(config, state, now, plan);
  planUsers(config, state, passwords, plan);
  for (const [key, value] of desiredSettings(config)) {
    const from = state.settings.get(key);
    if (from?.trim() !== value) plan.changes.push({ kind: 'setting', key, from, to: value });
  }
  return plan;
}

const settingLabel = (key: SettingKey) => {
  const [section, name] = key.split('/');
  return `[${section}] ${name}`;
};

/** One line per change, in words; never a password. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'createDatabase':
      return `create database ${change.db}`;
    case 'putSecurity':
      return `set ${change.db}/_security: readable by ${change.security.members.roles.join(', ')}`;
    case 'putDesignDoc':
      return change.db === '_users'
        ? `${change.update ? 'update' : 'install'} ${change.doc._id} in _users (PouchDB Server: users may not change their own roles)`
        : `${change.update ? 'update' : 'install'} the access rules ${change.doc._id} in ${change.db}`;
    case 'createProfile':
      return `create the profile of ${change.communityId}: "${String((change.doc.data as { name: unknown }).name)}"`;
    case 'createUser': {
      const from =
        change.password.kind === 'env'
          ? `password from $${change.password.name}`
          : change.password.kind === 'given'
            ? 'password given'
            : 'password asked for';
      return `create user ${change.name} (${String(change.doc.displayName)}) with ${change.roles.join(', ') || 'no roles'}; ${from}`;
    }
    case 'updateUser': {
      const parts = [
        ...change.added.map((role) => `+${role}`),
        ...change.removed.map((role) => `-${role}`),
        ...(change.displayName ? [`display name "${String(change.doc.displayName)}"`] : []),
        ...(change.newPassword ? ['new password'] : []),
      ];
      return `update user ${change.name}: ${parts.join(', ')}`;
    }
    case 'deleteUser':
      return `delete user ${change.name}`;
    case 'setting':
      return `set ${settingLabel(change.key)} = ${change.to} (was ${change.from ?? 'unset'})`;
  }
}

/** The plan as the command prints it. */
export function formatPlan(plan: Plan, serverLabel: string): string[] {
  const lines = [`Plan for ${serverLabel}:`];
  if (plan.changes.length === 0) lines.push('No changes.');
  for (const change of plan.changes) lines.push(`  ${describeChange(change)}`);
  if (plan.changes.length > 0) {
    lines.push(`${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}.`);
  }
  for (const warning of plan.warnings) lines.push(`Note: ${warning}`);
  return lines;
}
