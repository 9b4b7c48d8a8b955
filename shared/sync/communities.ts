/**
 * How the server names things (the coordinator's provisioning tool creates
 * them so): a community `<id>` lives in the database `kopspeks-<id>`, and
 * a user's roles `kopspeks:leader:<id>` / `kopspeks:mentor:<id>` give access.
 * The coordinator reads every community through `kopspeks:coordinator`;
 * `kopspeks:coordinator:<id>` tells the app which communities there are
 * (a user may not list the server's databases).
 */
export const communityIdPattern = /^[a-z0-9][a-z0-9-]{0,48}$/;

export function communityDatabase(communityId: string): string {
  return `kopspeks-${communityId}`;
}

export type CommunityRole = 'leader' | 'mentor' | 'coordinator';

/** Who may change a community's workbook, and who only reads it. */
export function readsOnly(role: CommunityRole | null): boolean {
  return role === 'mentor' || role === 'coordinator';
}

const rank: Record<CommunityRole, number> = { leader: 3, mentor: 2, coordinator: 1 };
export type CommunityAccess = { communityId: string; role: CommunityRole };

/** The communities a user may sync, from the roles CouchDB reports in `_session`. */
export function communitiesFromRoles(roles: readonly string[]): CommunityAccess[] {
  const byId = new Map<string, CommunityRole>();
  for (const role of roles) {
    const match = /^kopspeks:(leader|mentor|coordinator):([a-z0-9-]+)$/.exec(role);
    if (!match || !communityIdPattern.test(match[2]!)) continue;
    const [, kind, communityId] = match as unknown as [string, CommunityRole, string];
    // Leading a community outranks mentoring it, and mentoring outranks reading it.
    const known = byId.get(communityId);
    if (!known || rank[kind] > rank[known]) byId.set(communityId, kind);
  }
  return [...byId]
    .map(([communityId, role]) => ({ communityId, role }))
    .sort((a, b) => a.communityId.localeCompare(b.communityId));
}
