import { formatAccess } from './accessList';
import { applyChanges } from './apply';
import {
  checkConfig,
  formatConfigPath,
  type ProvisionConfig,
  type ProvisionConfigInput,
  type ProvisionUser,
} from './config';
import { CouchAdmin, ProvisionError, type AdminFetch } from './couchAdmin';
import { desiredSettings, formatPlan, planChanges, type Plan } from './plan';
import { readServerState, type ServerState } from './serverState';

/**
 * The coordinator's provisioning of a Kopspēks sync server (issue #7):
 * communities, users, roles, `_security`, access rules and server settings,
 * from a config (see config.ts), written to Apache CouchDB 3 semantics and
 * run against PouchDB Server in the tests. Pure apart from `fetch`.
 */

export type AdminCredentials = { username: string; password: string };

export type ProvisioningOptions = {
  /** e.g. `https://sync.example.lv/` */
  serverUrl: string;
  admin: AdminCredentials;
  /** A config as read from a file, or written in code (tests may give `password` per user). */
  config: ProvisionConfigInput;
  /** Only plan: nothing on the server changes. */
  dryRun?: boolean;
  /** Users' passwords by user name (the command fills this from `passwordEnv`). */
  passwords?: Readonly<Record<string, string>>;
  /** Asked for a new user's password that was not given (the command prompts). */
  askPassword?: (user: ProvisionUser) => Promise<string | undefined>;
  /** Told the plan (as printed lines) before any change is made. */
  onPlan?: (lines: string[]) => void;
  /** Told each change once it is made. */
  onChange?: (line: string) => void;
  fetch?: AdminFetch;
};

export type ProvisioningResult = {
  plan: Plan;
  /** Whether the changes were made (false on a dry run or when there was nothing to do). */
  applied: boolean;
  /** What to print: the plan, notes and the outcome. Never a password. */
  lines: string[];
  /** The server as read before any change. */
  before: ServerState;
};

function serverLabel(state: ServerState): string {
  const kind =
    state.kind === 'couchdb'
      ? `Apache CouchDB ${state.version}`
      : state.kind === 'pouchdb-server'
        ? `PouchDB Server ${state.version}`
        : 'an unknown CouchDB-compatible server';
  return `${state.serverUrl} (${kind})`;
}

function checked(input: ProvisionConfigInput, admin: AdminCredentials): ProvisionConfig {
  const result = checkConfig(input);
  if (!result.ok) {
    const problems = result.problems.map(
      (problem) => `${formatConfigPath(problem.path)}: ${problem.message}`,
    );
    throw new ProvisionError(`the config is not valid:\n  ${problems.join('\n  ')}`);
  }
  const clash = result.config.users.find((user) => user.name === admin.username);
  if (clash) {
    throw new ProvisionError(`users: ${clash.name} is the server admin's name; choose another`);
  }
  return result.config;
}

/**
 * Brings the server to the config: reads it, plans, and (unless `dryRun`)
 * applies the plan. A second run finds nothing to do ("No changes.").
 */
export async function applyProvisioning(options: ProvisioningOptions): Promise<ProvisioningResult> {
  const config = checked(options.config, options.admin);
  const passwords = new Map<string, string>(Object.entries(options.passwords ?? {}));
  for (const user of config.users) {
    if (user.password !== undefined) passwords.set(user.name, user.password);
  }
  const admin = new CouchAdmin(options.serverUrl, options.admin, options.fetch);
  const before = await readServerState(admin, {
    communityIds: config.communities.map((community) => community.id),
    settingKeys: [...desiredSettings(config).keys()],
    passwords,
  });
  const plan = planChanges(config, before, passwords);
  const lines = formatPlan(plan, serverLabel(before));
  options.onPlan?.([...lines]);
  if (options.dryRun || plan.changes.length === 0) {
    if (options.dryRun && plan.changes.length > 0) lines.push('Dry run: nothing was changed.');
    return { plan, applied: false, lines, before };
  }

  for (const change of plan.changes) {
    if (change.kind !== 'createUser' || passwords.has(change.name)) continue;
    const user = config.users.find((candidate) => candidate.name === change.name)!;
    const password = await options.askPassword?.(user);
    if (!password) {
      throw new ProvisionError(
        `${user.name} is a new user and needs a password: name an environment variable in users[].passwordEnv, or run the command in a terminal to be asked`,
      );
    }
    passwords.set(user.name, password);
  }
  await applyChanges(admin, plan.changes, before.configStyle, passwords, options.onChange);
  lines.push(`Done: ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'} made.`);
  return { plan, applied: true, lines, before };
}

/** "Who can see what" on the server now, as lines to print. */
export async function listAccess(options: {
  serverUrl: string;
  admin: AdminCredentials;
  fetch?: AdminFetch;
}): Promise<string[]> {
  const admin = new CouchAdmin(options.serverUrl, options.admin, options.fetch);
  return formatAccess(await readServerState(admin));
}

export { communityAccess, formatAccess, type CommunityAccess } from './accessList';
export {
  accessDesignDoc,
  accessDesignDocId,
  usersGuardSource,
  validateDocUpdateSource,
} from './accessRules';
export {
  checkConfig,
  provisionConfigSchema,
  type ProvisionConfig,
  type ProvisionConfigInput,
  type ProvisionUser,
} from './config';
export { ProvisionError } from './couchAdmin';
export { loadConfig, type ConfigError, type LoadedConfig } from './loadConfig';
export { describeChange, formatPlan, planChanges, type Change, type Plan } from './plan';
