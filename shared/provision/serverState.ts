import { communityDatabase } from '../sync/communities';
import { accessDesignDocId, usersGuardDesignDocId } from './accessRules';
import { asObject, ProvisionError, type CouchAdmin } from './couchAdmin';

/** Apache CouchDB (production) or PouchDB Server (tests): they differ in a few places. */
export type ServerKind = 'couchdb' | 'pouchdb-server' | 'other';

/**
 * Where the server's configuration lives: CouchDB 3 answers on
 * `/_node/_local/_config/<section>/<key>`, PouchDB Server (and CouchDB 1)
 * on `/_config/<section>/<key>`.
 */
export type ConfigStyle = 'node' | 'legacy';

export type SettingKey = `${string}/${string}`;

export type SecurityObject = {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
};

/** A `_users` document as stored (with its password hash, which is never shown). */
export type UserDoc = Record<string, unknown> & {
  _id: string;
  _rev: string;
  name: string;
  roles: string[];
  displayName?: string;
};

export type DesignDocState = { _rev: string; language: unknown; validate_doc_update: unknown };

export type CommunityState = {
  id: string;
  db: string;
  exists: boolean;
  security: SecurityObject | null;
  designDoc: DesignDocState | null;
  profile: Record<string, unknown> | null;
};

export type ServerState = {
  serverUrl: string;
  kind: ServerKind;
  version: string;
  configStyle: ConfigStyle;
  /** `chttpd/require_valid_user` → its value, undefined when unset. */
  settings: Map<SettingKey, string | undefined>;
  usersDbExists: boolean;
  usersGuard: DesignDocState | null;
  users: Map<string, UserDoc>;
  /** Every `kopspeks-*` database on the server and every community asked about. */
  communities: Map<string, CommunityState>;
  /** For existing users whose password was given: does it already sign in? */
  passwordMatches: Map<string, boolean>;
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function readSecurity(value: unknown): SecurityObject {
  const body = asObject(value);
  const section = (raw: unknown) => ({
    names: strings(asObject(raw).names),
    roles: strings(asObject(raw).roles),
  });
  return { admins: section(body.admins), members: section(body.members) };
}

function readDesignDoc(value: Record<string, unknown> | null): DesignDocState | null {
  if (!value) return null;
  return {
    _rev: typeof value._rev === 'string' ? value._rev : '',
    language: value.language,
    validate_doc_update: value.validate_doc_update,
  };
}

export function configPath(style: ConfigStyle, key: SettingKey): string {
  return `${style === 'node' ? '_node/_local/_config' : '_config'}/${key}`;
}

async function detectConfigStyle(admin: CouchAdmin): Promise<ConfigStyle> {
  const node = await admin.request('GET', '_node/_local/_config');
  if (node.status === 200 && Object.keys(asObject(node.body)).length > 0) return 'node';
  const legacy = await admin.request('GET', '_config');
  if (legacy.status === 200) return 'legacy';
  throw new ProvisionError(
    `the server's configuration is not readable (_node/_local/_config: ${node.status}, _config: ${legacy.status})`,
  );
}

const communityOf = (db: string): string | null =>
  db.startsWith('kopspeks-') ? db.slice('kopspeks-'.length) : null;

async function readCommunity(admin: CouchAdmin, id: string): Promise<CommunityState> {
  const db = communityDatabase(id);
  const info = await admin.getOrNull(db);
  if (!info) {
    return { id, db, exists: false, security: null, designDoc: null, profile: null };
  }
  const [security, designDoc, profile] = await Promise.all([
    admin.getOrNull(`${db}/_security`),
    admin.getOrNull(`${db}/${accessDesignDocId}`),
    admin.getOrNull(`${db}/profile`),
  ]);
  return {
    id,
    db,
    exists: true,
    security: readSecurity(security),
    designDoc: readDesignDoc(designDoc),
    profile,
  };
}

/**
 * Reads what the plan depends on, as the server admin: the server's kind,
 * the settings asked about, every user, every Kopspēks database with its
 * `_security`, access rules and profile. Nothing is written, except that
 * checking a given password signs in once as that user.
 */
export async function readServerState(
  admin: CouchAdmin,
  wanted: {
    communityIds?: readonly string[];
    settingKeys?: readonly SettingKey[];
    passwords?: ReadonlyMap<string, string>;
  } = {},
): Promise<ServerState> {
  const session = await admin.request('GET', '_session');
  const userCtx = asObject(asObject(session.body).userCtx);
  if (session.status === 401 || (session.status === 200 && userCtx.name == null)) {
    throw new ProvisionError('the admin user name or password is not accepted by the server', 401);
  }
  if (session.status !== 200) {
    throw new ProvisionError(`GET _session: ${session.status}: is this a CouchDB server?`);
  }
  if (!strings(userCtx.roles).includes('_admin')) {
    throw new ProvisionError(`${String(userCtx.name)} is not a server admin`, 403);
  }

  const welcome = asObject((await admin.request('GET', '')).body);
  const kind: ServerKind =
    typeof welcome.couchdb === 'string'
      ? 'couchdb'
      : typeof welcome['express-pouchdb'] === 'string'
        ? 'pouchdb-server'
        : 'other';
  const version = typeof welcome.version === 'string' ? welcome.version : '?';
  const configStyle = await detectConfigStyle(admin);

  const settings = new Map<SettingKey, string | undefined>();
  for (const key of wanted.settingKeys ?? []) {
    const answer = await admin.request('GET', configPath(configStyle, key));
    if (answer.status === 404) settings.set(key, undefined);
    else if (answer.status === 200) settings.set(key, String(answer.body));
    else throw new ProvisionError(`GET ${configPath(configStyle, key)}: ${answer.status}`);
  }

  const usersDbExists = (await admin.getOrNull('_users')) !== null;
  const users = new Map<string, UserDoc>();
  let usersGuard: DesignDocState | null = null;
  if (usersDbExists) {
    const range = `startkey=${encodeURIComponent('"org.couchdb.user:"')}&endkey=${encodeURIComponent('"org.couchdb.user:\ufff0"')}`;
    const all = asObject(await admin.expect('GET', `_users/_all_docs?include_docs=true&${range}`));
    for (const row of Array.isArray(all.rows) ? all.rows : []) {
      const doc = asObject(asObject(row).doc);
      if (typeof doc.name !== 'string' || typeof doc._rev !== 'string') continue;
      users.set(doc.name, { ...doc, roles: strings(doc.roles) } as UserDoc);
    }
    usersGuard = readDesignDoc(await admin.getOrNull(`_users/${usersGuardDesignDocId}`));
  }

  const ids = new Set(wanted.communityIds ?? []);
  for (const db of strings(await admin.expect('GET', '_all_dbs'))) {
    const id = communityOf(db);
    if (id) ids.add(id);
  }
  const communities = new Map<string, CommunityState>();
  const read = await Promise.all([...ids].sort().map((id) => readCommunity(admin, id)));
  for (const community of read) communities.set(community.id, community);

  const passwordMatches = new Map<string, boolean>();
  for (const [name, password] of wanted.passwords ?? []) {
    if (users.has(name)) passwordMatches.set(name, await admin.signsIn(name, password));
  }

  return {
    serverUrl: admin.serverUrl,
    kind,
    version,
    configStyle,
    settings,
    usersDbExists,
    usersGuard,
    users,
    communities,
    passwordMatches,
  };
}
