import { z } from 'zod';
import { communityLimits, municipalities } from '../domain/community';
import { userRoles } from '../domain/user';
import { communityIdPattern } from '../sync/communities';

/**
 * The coordinator's provisioning config (a YAML or JSON file, see
 * scripts/provision.example.yml): the desired state of the sync server.
 *
 * What it means for removals (decided here, documented in the README):
 * - a user listed under `users` gets exactly the `kopspeks:*` roles the
 *   config gives them: delete an assignment line and the next run takes
 *   that access away; roles not starting with `kopspeks:` are never touched;
 * - `remove.users` deletes those user accounts;
 * - `prune: true` also takes every `kopspeks:*` role away from server users
 *   that the config does not list (their accounts stay, without access);
 * - community databases are never deleted (they hold the leaders' work).
 *
 * Passwords are never written in the file: `passwordEnv` names an
 * environment variable, otherwise the command asks for a new user's
 * password. A `password` field is accepted only in configs passed to
 * `applyProvisioning` from code (tests), never from a file.
 */

export const userNamePattern = /^[a-z0-9][a-z0-9._@-]{0,63}$/;
const envNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
const originPattern = /^https?:\/\/[^\s/,]+$/;

const userName = z
  .string()
  .regex(userNamePattern, "must be lower-case letters, digits, '.', '_', '@' or '-' (up to 64)");
const communityId = z
  .string()
  .regex(communityIdPattern, "must be lower-case letters, digits and '-' (up to 49)");

const corsSchema = z.union([
  z.literal(false),
  z.strictObject({
    origins: z
      .array(z.string().regex(originPattern, 'must be an origin such as https://app.example.lv'))
      .min(1, 'must list at least one origin'),
  }),
]);

const serverSchema = z.strictObject({
  /** The server's address, used when the command line gives no `--server`. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
  /** `[chttpd] require_valid_user`: nobody anonymous gets anything. */
  requireValidUser: z.boolean().default(true),
  /**
   * CORS, for the browser build only (the desktop app talks to the server
   * from its main process). Omitted: left as it is on the server.
   */
  cors: corsSchema.optional(),
});

const communitySchema = z.strictObject({
  id: communityId,
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(communityLimits.name, `must be at most ${communityLimits.name} characters`),
  municipality: z.enum(municipalities).default('other'),
});

const userSchema = z.strictObject({
  name: userName,
  displayName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(120, 'must be at most 120 characters'),
  role: z.enum(userRoles, { error: 'must be leader, mentor or coordinator' }),
  passwordEnv: z
    .string()
    .regex(envNamePattern, 'must be an environment variable name, e.g. KOPSPEKS_PASSWORD_LIGA')
    .optional(),
  /** Only from code (tests); a config file with a password is refused. */
  password: z.string().min(1).optional(),
});

const assignmentSchema = z.strictObject({
  community: communityId,
  leaders: z.array(userName).default([]),
  mentors: z.array(userName).default([]),
});

export const provisionConfigSchema = z
  .strictObject({
    server: serverSchema.default({ requireValidUser: true }),
    communities: z.array(communitySchema).default([]),
    users: z.array(userSchema).default([]),
    assignments: z.array(assignmentSchema).default([]),
    remove: z.strictObject({ users: z.array(userName).default([]) }).default({ users: [] }),
    prune: z.boolean().default(false),
  })
  .superRefine((config, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    const communities = new Set<string>();
    config.communities.forEach((community, index) => {
      if (communities.has(community.id)) issue(['communities', index, 'id'], 'is listed twice');
      communities.add(community.id);
    });

    const roles = new Map<string, string>();
    config.users.forEach((user, index) => {
      if (roles.has(user.name)) issue(['users', index, 'name'], 'is listed twice');
      roles.set(user.name, user.role);
      if (user.password !== undefined && user.passwordEnv !== undefined) {
        issue(['users', index, 'password'], 'give either password or passwordEnv, not both');
      }
    });

    const assigned = new Set<string>();
    config.assignments.forEach((assignment, index) => {
      if (!communities.has(assignment.community)) {
        issue(['assignments', index, 'community'], 'is not listed under communities');
      }
      if (assigned.has(assignment.community)) {
        issue(['assignments', index, 'community'], 'is listed twice');
      }
      assigned.add(assignment.community);
      for (const kind of ['leaders', 'mentors'] as const) {
        const wanted = kind === 'leaders' ? 'leader' : 'mentor';
        const seen = new Set<string>();
        assignment[kind].forEach((name, position) => {
          const path = ['assignments', index, kind, position];
          const role = roles.get(name);
          if (seen.has(name)) issue(path, `${name} is listed twice`);
          seen.add(name);
          if (role === undefined) issue(path, `${name} is not listed under users`);
          else if (role !== wanted) issue(path, `${name} is a ${role}, not a ${wanted}`);
        });
      }
    });

    config.remove.users.forEach((name, index) => {
      if (roles.has(name)) {
        issue(['remove', 'users', index], `${name} is also listed under users`);
      }
    });
  });

/** What a config file or a caller gives (defaults not yet filled in). */
export type ProvisionConfigInput = z.input<typeof provisionConfigSchema>;
/** A checked config with every default filled in. */
export type ProvisionConfig = z.output<typeof provisionConfigSchema>;
export type ProvisionUser = ProvisionConfig['users'][number];
export type ProvisionCommunity = ProvisionConfig['communities'][number];

/** One problem in a config, with where it is. */
export type ConfigProblem = { path: (string | number)[]; message: string };

/** `users[2].role` for `['users', 2, 'role']`. */
export function formatConfigPath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

const describeType = (input: unknown): string =>
  input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;

const describeExpected = (expected: string): string =>
  expected === 'array' ? 'a list' : /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;

/** Messages a coordinator can act on, for zod's generic issues. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${describeExpected(issue.expected)}, not ${describeType(issue.input)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? 'must not be empty' : 'is too short';
    case 'too_big':
      return `must be at most ${String(issue.maximum)} characters`;
    case 'invalid_union':
      return 'must be false or a section with origins';
    default:
      return undefined;
  }
};

/** Checks a config; every problem with its path, or the config with defaults filled in. */
export function checkConfig(
  input: unknown,
): { ok: true; config: ProvisionConfig } | { ok: false; problems: ConfigProblem[] } {
  const parsed = provisionConfigSchema.safeParse(input, { error: errorMap });
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems: ConfigProblem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({ path: [...path, key], message: 'unknown field' });
    } else {
      problems.push({ path, message: issue.message });
    }
  }
  return { ok: false, problems };
}
