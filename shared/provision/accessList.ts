import { validateDocUpdateSource } from './accessRules';
import { coordinatorRole, leaderRole, mentorRole, rolePrefix } from './plan';
import type { CommunityState, ServerState, UserDoc } from './serverState';

export type CommunityAccess = {
  id: string;
  db: string;
  name: string | null;
  leaders: string[];
  mentors: string[];
  coordinators: string[];
  /** Admitted by `_security` for some other reason (a name, another role). */
  others: string[];
  problems: string[];
};

const label = (user: UserDoc) =>
  typeof user.displayName === 'string' && user.displayName
    ? `${user.name} (${user.displayName})`
    : user.name;

function admits(community: CommunityState, user: UserDoc): boolean {
  const members = community.security?.members;
  if (!members) return false;
  return (
    members.names.includes(user.name) || user.roles.some((role) => members.roles.includes(role))
  );
}

function profileName(community: CommunityState): string | null {
  const name = (community.profile?.data as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : null;
}

/** Who can read each Kopspēks database, by role, from what the server holds. */
export function communityAccess(state: ServerState): CommunityAccess[] {
  const users = [...state.users.values()].sort((a, b) => a.name.localeCompare(b.name));
  return [...state.communities.values()]
    .filter((community) => community.exists)
    .map((community) => {
      const access: CommunityAccess = {
        id: community.id,
        db: community.db,
        name: profileName(community),
        leaders: [],
        mentors: [],
        coordinators: [],
        others: [],
        problems: [],
      };
      const members = community.security?.members;
      if (!members || (members.names.length === 0 && members.roles.length === 0)) {
        access.problems.push('no _security members: not closed to other users');
      }
      if (community.designDoc?.validate_doc_update !== validateDocUpdateSource(community.id)) {
        access.problems.push(
          community.designDoc
            ? 'access rules outdated: run the tool'
            : 'no access rules: members may write anything',
        );
      }
      for (const user of users) {
        if (!admits(community, user)) continue;
        if (user.roles.includes(leaderRole(community.id))) access.leaders.push(label(user));
        else if (user.roles.includes(mentorRole(community.id))) access.mentors.push(label(user));
        else if (user.roles.includes(coordinatorRole)) access.coordinators.push(label(user));
        else access.others.push(label(user));
      }
      return access;
    });
}

function personLine(user: UserDoc): string {
  const leads: string[] = [];
  const mentors: string[] = [];
  for (const role of user.roles) {
    const match = /^kopspeks:(leader|mentor):(.+)$/.exec(role);
    if (match?.[1] === 'leader') leads.push(match[2]!);
    if (match?.[1] === 'mentor') mentors.push(match[2]!);
  }
  const parts = [
    ...(leads.length ? [`leads ${leads.join(', ')}`] : []),
    ...(mentors.length ? [`mentors ${mentors.join(', ')}`] : []),
    ...(user.roles.includes(coordinatorRole) ? ['coordinator: reads every community'] : []),
  ];
  return `  ${label(user)}: ${parts.join('; ') || 'no community'}`;
}

/** "Who can see what", as the command prints it: per community, then per person. */
export function formatAccess(state: ServerState): string[] {
  const lines = [`Who can see what on ${state.serverUrl}`];
  const communities = communityAccess(state);
  if (communities.length === 0) lines.push('  No Kopspēks communities on this server yet.');
  const list = (names: string[]) => (names.length ? names.join(', ') : '-');
  for (const community of communities) {
    const name = community.name ? ` "${community.name}"` : '';
    lines.push('', `${community.id}${name} (database ${community.db})`);
    lines.push(`  leaders, read and write:               ${list(community.leaders)}`);
    lines.push(`  mentors, read, comment and review:     ${list(community.mentors)}`);
    lines.push(`  coordinators, read only:               ${list(community.coordinators)}`);
    if (community.others.length) {
      lines.push(`  others admitted by _security:          ${list(community.others)}`);
    }
    for (const problem of community.problems) lines.push(`  WARNING: ${problem}`);
  }
  const people = [...state.users.values()]
    .filter((user) => user.roles.some((role) => role.startsWith(rolePrefix)))
    .sort((a, b) => a.name.localeCompare(b.name));
  lines.push('', 'People');
  if (people.length === 0) lines.push('  Nobody has Kopspēks access yet.');
  for (const user of people) lines.push(personLine(user));
  return lines;
}
