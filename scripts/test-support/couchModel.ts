import { createHash, randomUUID } from 'node:crypto';
import { createContext, runInContext } from 'node:vm';

/**
 * An in-memory model of how Apache CouchDB 3 decides which `oldDoc` a
 * `validate_doc_update` gets, for the requests a database member can make
 * (issue #14). No CouchDB runs on this machine and PouchDB Server differs
 * (it refuses `new_edits: false` and passes the winning revision as
 * `oldDoc` whatever the request names), so the access rules are tested
 * against this model too. It follows CouchDB 3.4's source
 * (src/couch/src/couch_db.erl `prep_and_validate_update(s)`,
 * `prep_and_validate_replicated_updates`, `make_first_doc_on_disk`;
 * couch_db_updater.erl `merge_rev_tree`; couch_doc.erl `transfer_fields`,
 * `to_json_obj`; chttpd_db.erl for each request):
 *
 * - interactive writes (PUT, POST, DELETE, COPY, attachments, `_bulk_docs`):
 *   a new document, or one written without `_rev` over a deleted one, gets
 *   `oldDoc = null`; a `_rev` (or `_revisions`) naming a leaf, deleted or
 *   not, gets that leaf; any other `_rev` is a 409 conflict, except with
 *   `all_or_nothing`, where it (and a missing `_rev`) gets `null` and the
 *   write becomes a conflicting branch;
 * - `new_edits: false`: the new leaf's nearest ancestor whose body the
 *   server still has (`null` for a branch without one), nothing validated
 *   for a revision the server already has;
 * - `_local/` documents are never validated; `_design/` documents only by
 *   a db or server admin, without the rules;
 * - the rules get `newDoc` as `to_json_obj(Doc, [revs])` does (the
 *   request's `_rev` and `_revisions`, attachments as stubs), `userCtx` with
 *   `db`, `name` and `roles`, and the `_security` object; they run in a
 *   fresh JavaScript context, with the design document as `this`.
 *
 * `_security` membership is checked first: 401 for anonymous requests, 403
 * for members of no role or name listed. A validation function that throws
 * anything but `{forbidden}` or `{unauthorized}` is recorded in `crashes`
 * (CouchDB answers 500): the rules must never crash on hostile input.
 */

type Json = Record<string, unknown>;
type Attachment = { content_type: string; digest: string; length: number; revpos: number };
type RevNode = {
  pos: number;
  hash: string;
  parent: string | null;
  /** null once compacted (the server keeps bodies of leaves only after compaction). */
  body: Json | null;
  deleted: boolean;
  atts: Record<string, Attachment>;
};
type DocTree = { nodes: Map<string, RevNode> };
type Security = {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
};
type Database = {
  name: string;
  security: Security;
  docs: Map<string, DocTree>;
  local: Map<string, { rev: number; body: Json }>;
  validators: ((newDoc: Json, oldDoc: Json | null, userCtx: Json, secObj: Json) => void)[] | null;
};
type User = { name: string; password: string; roles: string[] };
export type ModelAnswer = { status: number; body: unknown };
type UserCtx = { name: string | null; roles: string[] };
type Revs = { start: number; ids: string[] };
type ParsedDoc = { id: string; revs: Revs; deleted: boolean; body: Json; atts: AttInput };
type AttInput = Record<string, { stub: true } | { content_type: string; data: string }>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
  ) {
    super(`${status} ${error}: ${reason}`);
  }
}

const revKey = (pos: number, hash: string) => `${pos}-${hash}`;
const md5 = (value: unknown) => createHash('md5').update(JSON.stringify(value)).digest('hex');

function parseRev(value: unknown): { pos: number; hash: string } {
  const match = typeof value === 'string' ? /^(\d+)-(.+)$/.exec(value) : null;
  if (!match) throw new HttpError(400, 'bad_request', 'Invalid rev format');
  return { pos: Number(match[1]), hash: match[2]! };
}

const passThrough = new Set([
  '_access',
  '_replication_state',
  '_replication_state_time',
  '_replication_state_reason',
  '_replication_id',
  '_replication_stats',
]);
const ignored = new Set(['_revs_info', '_local_seq', '_conflicts', '_deleted_conflicts']);

function validateDocId(id: unknown): string {
  if (typeof id !== 'string')
    throw new HttpError(400, 'illegal_docid', 'Document id must be a string');
  if (id === '') throw new HttpError(400, 'illegal_docid', 'Document id must not be empty');
  if (id === '_design/' || id === '_local/')
    throw new HttpError(400, 'illegal_docid', `Illegal document id \`${id}\``);
  if (id.startsWith('_') && !id.startsWith('_design/') && !id.startsWith('_local/'))
    throw new HttpError(
      400,
      'illegal_docid',
      'Only reserved document ids may start with underscore.',
    );
  return id;
}

/** couch_doc:from_json_obj: the special fields read, refused or dropped; the rest is the body. */
function fromJson(value: unknown, idFromUrl?: string): ParsedDoc {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'bad_request', 'Document must be a JSON object');
  const doc = value as Json;
  let revs: Revs = { start: 0, ids: [] };
  let deleted = false;
  let atts: AttInput = {};
  const body: Json = {};
  let id = idFromUrl ?? '';
  for (const [key, field] of Object.entries(doc)) {
    if (key === '_id') {
      if (idFromUrl === undefined) id = validateDocId(field);
    } else if (key === '_rev') {
      if (revs.ids.length === 0) {
        const rev = parseRev(field);
        revs = { start: rev.pos, ids: [rev.hash] };
      }
    } else if (key === '_revisions') {
      const { start, ids } = (field ?? {}) as { start?: unknown; ids?: unknown };
      if (!Number.isInteger(start))
        throw new HttpError(400, 'doc_validation', "_revisions.start isn't an integer.");
      if (!Array.isArray(ids) || ids.some((one) => typeof one !== 'string'))
        throw new HttpError(400, 'doc_validation', "_revisions.ids isn't a array.");
      revs = { start: start as number, ids: ids as string[] };
    } else if (key === '_deleted' && typeof field === 'boolean') {
      deleted = field;
    } else if (key === '_attachments' && typeof field === 'object' && field !== null) {
      atts = field as AttInput;
    } else if (ignored.has(key)) {
      // dropped, as CouchDB does
    } else if (key.startsWith('_') && !passThrough.has(key)) {
      throw new HttpError(400, 'doc_validation', `Bad special document member: ${key}`);
    } else {
      body[key] = field;
    }
  }
  if (idFromUrl !== undefined) validateDocId(id);
  return { id, revs, deleted, body, atts };
}

function leaves(tree: DocTree): RevNode[] {
  const parents = new Set([...tree.nodes.values()].map((node) => node.parent));
  return [...tree.nodes.values()].filter((node) => !parents.has(revKey(node.pos, node.hash)));
}

/** CouchDB's winner: a live leaf before a deleted one, then the longest, then the greatest hash. */
function winner(tree: DocTree): RevNode {
  return leaves(tree).sort(
    (a, b) => Number(a.deleted) - Number(b.deleted) || b.pos - a.pos || (b.hash > a.hash ? 1 : -1),
  )[0]!;
}

function pathOf(tree: DocTree, node: RevNode): RevNode[] {
  const path = [node];
  let current = node;
  while (current.parent) {
    const parent = tree.nodes.get(current.parent);
    if (!parent) break;
    path.push(parent);
    current = parent;
  }
  return path;
}

/** couch_doc:to_json_obj(Doc, [revs]) of a stored revision. */
function storedJson(id: string, tree: DocTree, node: RevNode): Json {
  const json: Json = { _id: id, _rev: revKey(node.pos, node.hash), ...(node.body ?? {}) };
  if (node.deleted) json._deleted = true;
  json._revisions = {
    start: node.pos,
    ids: pathOf(tree, node)
      .slice(0, 20)
      .map((one) => one.hash),
  };
  if (Object.keys(node.atts).length > 0) json._attachments = stubsOf(node.atts);
  return json;
}

function stubsOf(atts: Record<string, Attachment>): Json {
  return Object.fromEntries(
    Object.entries(atts).map(([name, att]) => [name, { ...att, stub: true }]),
  );
}

function isMember(security: Security, ctx: UserCtx): boolean {
  const { members, admins } = security;
  const listed = (list: { names: string[]; roles: string[] }) =>
    (ctx.name !== null && list.names.includes(ctx.name)) ||
    ctx.roles.some((role) => list.roles.includes(role));
  if (ctx.roles.includes('_admin') || listed(admins)) return true;
  if (members.names.length === 0 && members.roles.length === 0) return true;
  return listed(members);
}

function isDbAdmin(security: Security, ctx: UserCtx): boolean {
  return (
    ctx.roles.includes('_admin') ||
    (ctx.name !== null && security.admins.names.includes(ctx.name)) ||
    ctx.roles.some((role) => security.admins.roles.includes(role))
  );
}

export class CouchModel {
  private readonly dbs = new Map<string, Database>();
  private readonly users = new Map<string, User>();
  private readonly admins = new Map<string, string>();
  /** What validation functions threw besides `{forbidden}` / `{unauthorized}`. */
  readonly crashes: { docId: string; error: unknown }[] = [];
  /** Every `oldDoc` the rules were called with, newest last (for the model's own tests). */
  readonly calls: { newDoc: Json; oldDoc: Json | null; userCtx: Json; accepted?: boolean }[] = [];

  addAdmin(name: string, password: string): void {
    this.admins.set(name, password);
  }

  addUser(name: string, password: string, roles: string[]): void {
    this.users.set(name, { name, password, roles });
  }

  removeUser(name: string): void {
    this.users.delete(name);
  }

  createDatabase(name: string, security: Security): void {
    this.dbs.set(name, { name, security, docs: new Map(), local: new Map(), validators: null });
  }

  /** Forgets the bodies of all revisions but leaves, as database compaction does. */
  compact(dbName: string): void {
    for (const tree of this.db(dbName).docs.values()) {
      const leafKeys = new Set(leaves(tree).map((node) => revKey(node.pos, node.hash)));
      for (const [key, node] of tree.nodes) if (!leafKeys.has(key)) node.body = null;
    }
  }

  private db(name: string): Database {
    const db = this.dbs.get(name);
    if (!db) throw new HttpError(404, 'not_found', 'Database does not exist.');
    return db;
  }

  private userCtx(credentials: { name: string; password: string } | null): UserCtx {
    if (!credentials) return { name: null, roles: [] };
    if (this.admins.get(credentials.name) === credentials.password)
      return { name: credentials.name, roles: ['_admin'] };
    const user = this.users.get(credentials.name);
    if (!user || user.password !== credentials.password)
      throw new HttpError(401, 'unauthorized', 'Name or password is incorrect.');
    return { name: user.name, roles: [...user.roles] };
  }

  /** One HTTP request, as CouchDB 3 answers it. */
  async request(
    credentials: { name: string; password: string } | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ModelAnswer> {
    await Promise.resolve();
    try {
      const ctx = this.userCtx(credentials);
      return this.route(ctx, method.toUpperCase(), path, body, headers);
    } catch (error) {
      if (error instanceof HttpError) {
        return { status: error.status, body: { error: error.error, reason: error.reason } };
      }
      throw error;
    }
  }

  private route(
    ctx: UserCtx,
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): ModelAnswer {
    const url = new URL(path.replace(/^\/*/, '/'), 'http://model');
    const parts = url.pathname.split('/').slice(1).map(decodeURIComponent);
    const query = url.searchParams;
    if (parts[0] === '_session' && method === 'GET') {
      return { status: 200, body: { ok: true, userCtx: ctx } };
    }
    const db = this.db(parts[0]!);
    if (!isMember(db.security, ctx)) {
      throw ctx.name === null
        ? new HttpError(401, 'unauthorized', 'You are not authorized to access this db.')
        : new HttpError(403, 'forbidden', 'You are not allowed to access this db.');
    }
    const rest = parts.slice(1);
    if (rest.length === 0) {
      if (method === 'GET') return { status: 200, body: { db_name: db.name } };
      if (method === 'POST') {
        const doc = body as Json;
        const withId = { ...doc, _id: doc && doc._id !== undefined ? doc._id : randomUUID() };
        return this.single(db, ctx, withId, false);
      }
      throw new HttpError(405, 'method_not_allowed', method);
    }
    if (rest[0] === '_bulk_docs' && method === 'POST') return this.bulkDocs(db, ctx, body);
    if (rest[0] === '_security') {
      if (method === 'GET') return { status: 200, body: db.security };
      this.requireDbAdmin(db, ctx);
      db.security = body as Security;
      return { status: 200, body: { ok: true } };
    }
    if (rest[0] === '_purge') {
      // CouchDB 3: purging needs a db or server admin.
      this.requireDbAdmin(db, ctx);
      return { status: 201, body: { purge_seq: null, purged: {} } };
    }
    if (rest[0] === '_local')
      return this.localDoc(db, method, `_local/${rest.slice(1).join('/')}`, body);
    const [docId, attName] =
      rest[0] === '_design'
        ? [`_design/${rest[1] ?? ''}`, rest.slice(2).join('/')]
        : [rest[0]!, rest.slice(1).join('/')];
    if (attName) return this.attachment(db, ctx, method, docId, attName, body, headers, query);
    const rev = query.get('rev') ?? headers['if-match']?.replace(/"/g, '');
    switch (method) {
      case 'GET':
        return this.get(db, docId, query);
      case 'PUT': {
        const doc = { ...(body as Json) };
        if (rev && doc._rev === undefined) doc._rev = rev;
        return this.single(db, ctx, doc, query.get('new_edits') === 'false', docId);
      }
      case 'DELETE': {
        const tree = db.docs.get(docId);
        if (!tree || winner(tree).deleted) throw new HttpError(404, 'not_found', 'deleted');
        return this.single(
          db,
          ctx,
          { ...(rev ? { _rev: rev } : {}), _deleted: true },
          false,
          docId,
        );
      }
      case 'COPY':
        return this.copy(db, ctx, docId, headers.destination ?? '', rev);
      default:
        throw new HttpError(405, 'method_not_allowed', method);
    }
  }

  private requireDbAdmin(db: Database, ctx: UserCtx): void {
    if (isDbAdmin(db.security, ctx)) return;
    throw ctx.name === null
      ? new HttpError(401, 'unauthorized', 'You are not a db or server admin.')
      : new HttpError(403, 'forbidden', 'You are not a db or server admin.');
  }

  private get(db: Database, docId: string, query: URLSearchParams): ModelAnswer {
    const tree = db.docs.get(docId);
    if (!tree) throw new HttpError(404, 'not_found', 'missing');
    if (query.get('open_revs') === 'all') {
      return {
        status: 200,
        body: leaves(tree).map((node) => ({ ok: storedJson(docId, tree, node) })),
      };
    }
    const rev = query.get('rev');
    const node = rev ? tree.nodes.get(rev) : winner(tree);
    if (!node || node.body === null || (!rev && node.deleted))
      throw new HttpError(404, 'not_found', node?.deleted ? 'deleted' : 'missing');
    return { status: 200, body: storedJson(docId, tree, node) };
  }

  private localDoc(db: Database, method: string, id: string, body: unknown): ModelAnswer {
    const stored = db.local.get(id);
    if (method === 'GET') {
      if (!stored) throw new HttpError(404, 'not_found', 'missing');
      return { status: 200, body: { ...stored.body, _id: id, _rev: `0-${stored.rev}` } };
    }
    if (method === 'DELETE') {
      if (!stored) throw new HttpError(404, 'not_found', 'missing');
      db.local.delete(id);
      return { status: 200, body: { ok: true, id, rev: '0-0' } };
    }
    if (method !== 'PUT') throw new HttpError(405, 'method_not_allowed', method);
    const { _rev: rev, _id: _ignored, ...rest } = (body ?? {}) as Json;
    if (stored && rev !== `0-${stored.rev}`)
      throw new HttpError(409, 'conflict', 'Document update conflict.');
    const next = (stored?.rev ?? 0) + 1;
    db.local.set(id, { rev: next, body: rest });
    return { status: 201, body: { ok: true, id, rev: `0-${next}` } };
  }

  private copy(
    db: Database,
    ctx: UserCtx,
    sourceId: string,
    destination: string,
    sourceRev: string | undefined,
  ): ModelAnswer {
    const tree = db.docs.get(sourceId);
    const node = tree && (sourceRev ? tree.nodes.get(sourceRev) : winner(tree));
    if (!tree || !node || node.deleted || node.body === null)
      throw new HttpError(404, 'not_found', 'missing');
    const [target, targetRev] = destination.split('?rev=');
    const doc: Json = { ...node.body, _id: validateDocId(decodeURIComponent(target ?? '')) };
    if (targetRev) doc._rev = targetRev;
    // The copy carries the source's attachments.
    return this.single(db, ctx, doc, false, undefined, node.atts);
  }

  private attachment(
    db: Database,
    ctx: UserCtx,
    method: string,
    docId: string,
    name: string,
    body: unknown,
    headers: Record<string, string>,
    query: URLSearchParams,
  ): ModelAnswer {
    if (method !== 'PUT' && method !== 'DELETE')
      throw new HttpError(405, 'method_not_allowed', method);
    const rev = query.get('rev') ?? headers['if-match']?.replace(/"/g, '');
    const tree = db.docs.get(docId);
    let base: Json = { _id: docId };
    let atts: Record<string, Attachment> = {};
    if (rev) {
      const node = tree?.nodes.get(rev);
      if (!tree || !node || node.body === null)
        throw new HttpError(409, 'conflict', 'Document update conflict.');
      base = { ...node.body, _id: docId, _rev: rev };
      atts = { ...node.atts };
    } else if (method === 'DELETE') {
      throw new HttpError(409, 'conflict', 'Document update conflict.');
    }
    if (method === 'DELETE') {
      if (!atts[name]) throw new HttpError(404, 'not_found', 'Document is missing attachment');
      delete atts[name];
    } else {
      const data = typeof body === 'string' ? body : JSON.stringify(body ?? '');
      atts[name] = {
        content_type: headers['content-type'] ?? 'application/octet-stream',
        digest: `md5-${md5(data)}`,
        length: data.length,
        revpos: 0,
      };
    }
    return this.single(db, ctx, base, false, docId, atts);
  }

  private single(
    db: Database,
    ctx: UserCtx,
    json: Json,
    replicated: boolean,
    idFromUrl?: string,
    storedAtts?: Record<string, Attachment>,
  ): ModelAnswer {
    const doc = fromJson(json, idFromUrl);
    if (replicated && doc.revs.ids.length === 0)
      throw new HttpError(
        400,
        'bad_request',
        'When `new_edits: false`, the document needs `_rev` or `_revisions` specified',
      );
    const result = replicated
      ? this.replicatedUpdate(db, ctx, doc)
      : this.interactiveUpdate(db, ctx, doc, false, storedAtts);
    if ('error' in result) throw new HttpError(result.status, result.error, result.reason);
    return { status: 201, body: { ok: true, id: doc.id, rev: result.rev } };
  }

  private bulkDocs(db: Database, ctx: UserCtx, body: unknown): ModelAnswer {
    const request = (body ?? {}) as {
      docs?: unknown;
      new_edits?: unknown;
      all_or_nothing?: unknown;
    };
    if (!Array.isArray(request.docs))
      throw new HttpError(400, 'bad_request', "Missing JSON list of 'docs'");
    const newEdits = request.new_edits ?? true;
    if (typeof newEdits !== 'boolean')
      throw new HttpError(400, 'bad_request', '`new_edits` parameter must be a boolean.');
    const docs = request.docs.map((raw) => {
      const parsed = fromJson(raw);
      if (!newEdits && parsed.revs.ids.length === 0)
        throw new HttpError(
          400,
          'bad_request',
          'When `new_edits: false`, the document needs `_rev` or `_revisions` specified',
        );
      if (parsed.id === '') parsed.id = randomUUID();
      return parsed;
    });
    if (!newEdits) {
      const errors = [];
      for (const doc of docs) {
        const result = this.replicatedUpdate(db, ctx, doc);
        if ('error' in result)
          errors.push({
            id: doc.id,
            rev: revKey(doc.revs.start, doc.revs.ids[0]!),
            error: result.error,
            reason: result.reason,
          });
      }
      return { status: 201, body: errors };
    }
    const allOrNothing = request.all_or_nothing === true;
    if (allOrNothing) {
      // All are validated first; one refusal writes none of them (417).
      const failures = docs
        .map((doc) => ({ doc, verdict: this.prepareInteractive(db, ctx, doc, true) }))
        .filter((one) => 'error' in one.verdict);
      if (failures.length > 0) {
        return {
          status: 417,
          body: failures.map(({ doc, verdict }) => ({ id: doc.id, ...(verdict as object) })),
        };
      }
    }
    const results = docs.map((doc) => {
      const result = this.interactiveUpdate(db, ctx, doc, allOrNothing);
      return 'error' in result
        ? { id: doc.id, error: result.error, reason: result.reason }
        : { ok: true, id: doc.id, rev: result.rev };
    });
    return { status: 201, body: results };
  }

  private validate(
    db: Database,
    ctx: UserCtx,
    doc: ParsedDoc,
    atts: Record<string, Attachment>,
    oldDoc: Json | null,
  ): { status: number; error: string; reason: string } | null {
    if (doc.id.startsWith('_design/')) {
      return isDbAdmin(db.security, ctx)
        ? null
        : { status: 403, error: 'forbidden', reason: 'You are not a db or server admin.' };
    }
    const newDoc: Json = {
      _id: doc.id,
      ...(doc.revs.ids.length ? { _rev: revKey(doc.revs.start, doc.revs.ids[0]!) } : {}),
      ...doc.body,
    };
    if (doc.deleted) newDoc._deleted = true;
    if (doc.revs.ids.length)
      newDoc._revisions = { start: doc.revs.start, ids: doc.revs.ids.slice(0, 1000) };
    if (Object.keys(atts).length > 0) newDoc._attachments = stubsOf(atts);
    const userCtx = { db: db.name, name: ctx.name, roles: ctx.roles };
    const call: (typeof this.calls)[number] = { newDoc, oldDoc, userCtx, accepted: false };
    this.calls.push(call);
    for (const fn of this.validators(db)) {
      try {
        fn(newDoc, oldDoc, userCtx, db.security);
      } catch (error) {
        const thrown = error as { forbidden?: unknown; unauthorized?: unknown };
        if (thrown && typeof thrown.forbidden === 'string')
          return { status: 403, error: 'forbidden', reason: thrown.forbidden };
        if (thrown && typeof thrown.unauthorized === 'string')
          return { status: 401, error: 'unauthorized', reason: thrown.unauthorized };
        this.crashes.push({ docId: doc.id, error });
        return { status: 500, error: 'unknown_error', reason: String(error) };
      }
    }
    call.accepted = true;
    return null;
  }

  /** Each design document's `validate_doc_update`, compiled in its own context like couchjs. */
  private validators(db: Database) {
    if (db.validators) return db.validators;
    db.validators = [];
    for (const [id, tree] of db.docs) {
      if (!id.startsWith('_design/')) continue;
      const node = winner(tree);
      const source = node.deleted ? undefined : node.body?.validate_doc_update;
      if (typeof source !== 'string') continue;
      const context = createContext({ ddocJson: JSON.stringify({ _id: id, ...node.body }) });
      runInContext(
        `var ddoc = JSON.parse(ddocJson); var fn = (${source});
         var call = function (a, b, c, d) { return fn.apply(ddoc, [JSON.parse(a), JSON.parse(b), JSON.parse(c), JSON.parse(d)]); };`,
        context,
      );
      const call = (context as { call: (...args: string[]) => void }).call;
      db.validators.push((newDoc, oldDoc, userCtx, secObj) =>
        call(
          JSON.stringify(newDoc),
          JSON.stringify(oldDoc),
          JSON.stringify(userCtx),
          JSON.stringify(secObj),
        ),
      );
    }
    return db.validators;
  }

  /** Which `oldDoc` an interactive write gets, or why it is a conflict. */
  private prepareInteractive(
    db: Database,
    ctx: UserCtx,
    doc: ParsedDoc,
    allowConflict: boolean,
    storedAtts: Record<string, Attachment> = {},
  ):
    | { status: number; error: string; reason: string }
    | { oldNode: RevNode | null; atts: Record<string, Attachment> } {
    const tree = db.docs.get(doc.id);
    const conflict = { status: 409, error: 'conflict', reason: 'Document update conflict.' };
    let oldNode: RevNode | null = null;
    if (!tree) {
      if (doc.revs.ids.length > 0) return conflict;
    } else if (doc.revs.ids.length === 0) {
      if (!winner(tree).deleted && !allowConflict) return conflict;
    } else {
      const leaf = leaves(tree).find(
        (node) => node.pos === doc.revs.start && node.hash === doc.revs.ids[0],
      );
      if (leaf) oldNode = leaf;
      else if (!allowConflict) return conflict;
    }
    const merged = this.mergeAttachments(doc, oldNode, storedAtts);
    if ('error' in merged) return merged;
    const { atts } = merged;
    const refused = this.validate(
      db,
      ctx,
      doc,
      atts,
      oldNode && tree ? storedJson(doc.id, tree, oldNode) : null,
    );
    return refused ?? { oldNode, atts };
  }

  private mergeAttachments(
    doc: ParsedDoc,
    oldNode: RevNode | null,
    storedAtts: Record<string, Attachment>,
  ): { atts: Record<string, Attachment> } | { status: number; error: string; reason: string } {
    const atts: Record<string, Attachment> = { ...storedAtts };
    for (const [name, att] of Object.entries(doc.atts)) {
      if ('stub' in att) {
        const stored = oldNode?.atts[name];
        if (!stored)
          return {
            status: 412,
            error: 'missing_stub',
            reason: `Invalid attachment stub for ${name}`,
          };
        atts[name] = stored;
      } else {
        atts[name] = {
          content_type: String(att.content_type ?? 'application/octet-stream'),
          digest: `md5-${md5(att.data)}`,
          length: Buffer.from(String(att.data ?? ''), 'base64').length,
          revpos: 0,
        };
      }
    }
    return { atts };
  }

  private interactiveUpdate(
    db: Database,
    ctx: UserCtx,
    doc: ParsedDoc,
    allowConflict: boolean,
    storedAtts?: Record<string, Attachment>,
  ): { status: number; error: string; reason: string } | { rev: string } {
    const prepared = this.prepareInteractive(db, ctx, doc, allowConflict, storedAtts);
    if ('error' in prepared) return prepared;
    let tree = db.docs.get(doc.id);
    if (!tree) {
      tree = { nodes: new Map() };
      db.docs.set(doc.id, tree);
    }
    let parent: RevNode | null = prepared.oldNode;
    if (!parent && doc.revs.ids.length === 0 && tree.nodes.size > 0 && !allowConflict) {
      // A document recreated over a deletion continues the deleted branch.
      if (doc.deleted)
        return { status: 409, error: 'conflict', reason: 'Document update conflict.' };
      parent = winner(tree);
    }
    if (!parent && doc.revs.ids.length > 0 && allowConflict) {
      // all_or_nothing with an unknown _rev: the path the request names, as a new branch.
      const path = [...doc.revs.ids].reverse();
      let parentKey: string | null = null;
      path.forEach((hash, index) => {
        const pos = doc.revs.start - path.length + 1 + index;
        const key = revKey(pos, hash);
        if (!tree.nodes.has(key))
          tree.nodes.set(key, {
            pos,
            hash,
            parent: parentKey,
            body: null,
            deleted: false,
            atts: {},
          });
        parentKey = key;
      });
      parent = tree.nodes.get(parentKey!)!;
    }
    const pos = (parent?.pos ?? 0) + 1;
    const hash = md5([
      doc.deleted,
      parent?.pos ?? 0,
      parent?.hash ?? null,
      doc.body,
      prepared.atts,
    ]);
    const node: RevNode = {
      pos,
      hash,
      parent: parent ? revKey(parent.pos, parent.hash) : null,
      body: doc.body,
      deleted: doc.deleted,
      atts: prepared.atts,
    };
    tree.nodes.set(revKey(pos, hash), node);
    if (doc.id.startsWith('_design/')) db.validators = null;
    return { rev: revKey(pos, hash) };
  }

  private replicatedUpdate(
    db: Database,
    ctx: UserCtx,
    doc: ParsedDoc,
  ): { status: number; error: string; reason: string } | { rev: string } {
    const tree = db.docs.get(doc.id) ?? { nodes: new Map<string, RevNode>() };
    const newKey = revKey(doc.revs.start, doc.revs.ids[0]!);
    if (tree.nodes.has(newKey)) return { rev: newKey }; // already there: ignored, counted as a success
    // The revisions the request names, oldest first; the nearest one with a body is oldDoc.
    const path = doc.revs.ids.map((hash, index) => ({ pos: doc.revs.start - index, hash }));
    const ancestor = path
      .slice(1)
      .map(({ pos, hash }) => tree.nodes.get(revKey(pos, hash)))
      .find((node) => node !== undefined && node.body !== null);
    if (doc.atts && Object.values(doc.atts).some((att) => 'stub' in att) && !ancestor)
      return { status: 412, error: 'missing_stub', reason: 'Invalid attachment stub' };
    const merged = this.mergeAttachments(doc, ancestor ?? null, {});
    if ('error' in merged) return merged;
    const { atts } = merged;
    const oldDoc = ancestor ? storedJson(doc.id, tree, ancestor) : null;
    const refused = this.validate(db, ctx, doc, atts, oldDoc);
    if (refused) return refused;
    if (!db.docs.has(doc.id)) db.docs.set(doc.id, tree);
    let parentKey: string | null = null;
    for (const { pos, hash } of [...path].reverse()) {
      const key = revKey(pos, hash);
      const isNew = key === newKey;
      if (!tree.nodes.has(key)) {
        tree.nodes.set(key, {
          pos,
          hash,
          parent: parentKey,
          body: isNew ? doc.body : null,
          deleted: isNew ? doc.deleted : false,
          atts: isNew ? atts : {},
        });
      }
      parentKey = key;
    }
    if (doc.id.startsWith('_design/')) db.validators = null;
    return { rev: newKey };
  }
}
