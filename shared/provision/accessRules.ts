import { docSizeLimits, maxDataVersions, type Limits } from '../domain/writeAccess';

/**
 * What each role may write in a community's database (issue #14; the
 * same rules as shared/domain/writeAccess.ts, which the app checks before
 * writing), as the `validate_doc_update` of `_design/kopspeks-access`.
 * CouchDB 3 runs it in its JavaScript engine (SpiderMonkey or QuickJS),
 * PouchDB Server in Node's `vm`: plain ES5, kept as a string so that no
 * compiler or test runner rewrites it (a rewritten function would differ
 * from the stored one and break idempotence).
 *
 * It never trusts `oldDoc` to say what a document is: CouchDB 3 passes
 * `oldDoc = null` for a document written over a tombstone, for a
 * `_bulk_docs` `new_edits: false` branch without an ancestor on the server,
 * and with `all_or_nothing`; and with `new_edits: false` the ancestor may be
 * any old revision. So the id says the type and, for a comment or review,
 * the author; `oldDoc` matters only for what a leader may keep of an old
 * session's review fields.
 *
 * The community's id is written into each database's copy: PouchDB Server
 * does not fill in `userCtx.db`. Where the server does (CouchDB), a copy in
 * another database refuses everyone but server admins. The size limits and
 * the newest `dataVersion` of each type are written in too, so the rules
 * change (and the provisioning tool updates them) when the app's do.
 */
export const accessDesignDocId = '_design/kopspeks-access';

/** The `validate_doc_update` source for the database of `communityId`. */
export function validateDocUpdateSource(
  communityId: string,
  limits: Limits = { sizes: docSizeLimits, dataVersions: maxDataVersions() },
): string {
  const sorted = (record: Record<string, number>) =>
    JSON.stringify(
      Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b))),
    );
  return accessRulesTemplate
    .replace('__COMMUNITY__', JSON.stringify(communityId))
    .replace('__MAX_SIZE__', sorted(limits.sizes))
    .replace('__MAX_DATA_VERSION__', sorted(limits.dataVersions));
}

const accessRulesTemplate = `function (newDoc, oldDoc, userCtx, secObj) {
  var community = __COMMUNITY__;
  var maxSize = __MAX_SIZE__;
  var maxDataVersion = __MAX_DATA_VERSION__;
  var uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  var tail = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
  var leaderTypes = { assessment: 1, need: 1, session: 1, action: 1, eventPlan: 1 };
  var envelopeKeys = { _id: 1, _rev: 1, _revisions: 1, _deleted: 1, type: 1, dataVersion: 1,
    createdAt: 1, updatedAt: 1, updatedBy: 1, archivedAt: 1, data: 1, conflict: 1 };
  var commentKeys = { targetDocId: 1, targetType: 1, authorName: 1, authorRole: 1, body: 1, createdAt: 1 };
  var commentTargets = { session: 1, need: 1, eventPlan: 1 };
  var reviewKeys = { sessionDocId: 1, reviewerName: 1, reviewedAt: 1, sharedAt: 1 };

  function deny(message) { throw({ forbidden: message }); }
  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function isArray(value) { return Object.prototype.toString.call(value) === '[object Array]'; }
  function isObject(value) { return typeof value === 'object' && value !== null && !isArray(value); }
  function isText(value, max, min) {
    return typeof value === 'string' && value.length >= (min || 0) && value.length <= max;
  }
  function onlyKeys(object, allowed, what) {
    for (var key in object) {
      if (own(object, key) && allowed[key] !== 1) deny(what + ' has a field the app does not know: ' + key + '.');
    }
  }

  var roles = (userCtx && isArray(userCtx.roles)) ? userCtx.roles : [];
  function has(role) {
    for (var i = 0; i < roles.length; i++) {
      if (roles[i] === role) return true;
    }
    return false;
  }
  if (has('_admin')) return;
  if (userCtx && typeof userCtx.db === 'string' && userCtx.db !== 'kopspeks-' + community) {
    deny('These access rules belong to another database.');
  }
  var name = (userCtx && typeof userCtx.name === 'string') ? userCtx.name : '';
  var role = has('kopspeks:leader:' + community) ? 'leader'
    : has('kopspeks:mentor:' + community) ? 'mentor'
    : has('kopspeks:coordinator') ? 'coordinator' : '';
  if (role === '' || name === '') {
    throw({ unauthorized: "Only this community's leaders and mentors may write here." });
  }
  if (role === 'coordinator') deny('The coordinator reads every community but writes none.');

  var id = newDoc._id;
  if (typeof id !== 'string') deny('A document needs an id.');
  if (id.indexOf('_design/') === 0) deny('Only the server admin changes design documents.');
  if (id.length > 128) deny('The id is too long.');

  // What the id says: the type, and who wrote a comment or review.
  var type = null;
  var author = null;
  var reviewed = null;
  if (id === 'profile') {
    type = 'community';
  } else if (id.indexOf('comment-') === 0) {
    var signed = id.length - 37 > 8 && id.charAt(id.length - 37) === '-' && uuid.test(id.slice(-36));
    if (uuid.test(id.slice(8))) type = 'comment';
    else if (signed) { type = 'comment'; author = id.slice(8, id.length - 37); }
  } else if (id.indexOf('review-') === 0) {
    reviewed = id.slice(-44);
    if (id.length - 45 > 7 && id.charAt(id.length - 45) === '-' && reviewed.indexOf('session-') === 0 &&
        uuid.test(reviewed.slice(8))) {
      type = 'review';
      author = id.slice(7, id.length - 45);
    }
  } else {
    var dash = id.indexOf('-');
    var prefix = dash > 0 ? id.slice(0, dash) : '';
    if (leaderTypes[prefix] === 1 && tail.test(id.slice(dash + 1))) type = prefix;
  }
  if (type === null) deny('The id ' + id + ' names no kind of workbook document.');

  // Who may write it.
  if (type === 'comment' || type === 'review') {
    if (author === null) deny('A comment without its author in its id can no longer be changed.');
    if (author !== name) deny('Only ' + author + ' may write or delete ' + id + '.');
    if (type === 'review' && role !== 'mentor') deny('Only a mentor of this community reviews sessions.');
  } else if (role !== 'leader') {
    deny('A mentor writes only their own comments and reviews.');
  }

  // What it may be.
  if (own(newDoc, '_attachments')) deny('Workbook documents carry no attachments.');
  var body = {};
  for (var field in newDoc) {
    if (own(newDoc, field) && field !== '_revisions') body[field] = newDoc[field];
  }
  if (JSON.stringify(body).length > maxSize[type]) deny('The document is too large for a ' + type + '.');
  var deleted = newDoc._deleted === true;
  if (deleted && !own(newDoc, 'type')) return;
  if (newDoc.type !== type) deny('The document is not the ' + type + ' its id says.');
  if (deleted) return;

  onlyKeys(newDoc, envelopeKeys, 'The document');
  var version = newDoc.dataVersion;
  if (typeof version !== 'number' || version % 1 !== 0 || version < 0 || version > maxDataVersion[type]) {
    deny('A ' + type + ' has dataVersion 0 to ' + maxDataVersion[type] +
      ' on this server (run the provisioning tool again after updating the app).');
  }
  if (!isText(newDoc.createdAt, 32) || !isText(newDoc.updatedAt, 32)) deny('createdAt and updatedAt are times.');
  if (own(newDoc, 'updatedBy') && newDoc.updatedBy !== name) deny("updatedBy is the writer's own user name.");
  if (own(newDoc, 'archivedAt') && newDoc.archivedAt !== null && !isText(newDoc.archivedAt, 32)) {
    deny('archivedAt is a time or null.');
  }
  if (own(newDoc, 'conflict') && newDoc.conflict !== null && !isObject(newDoc.conflict)) {
    deny('conflict is an object or null.');
  }
  var data = newDoc.data;
  if (!isObject(data)) deny('data is an object.');

  if (type === 'comment') {
    onlyKeys(data, commentKeys, 'A comment');
    if (data.authorRole !== role) deny("A comment is signed with its author's role, " + role + '.');
    if (typeof data.targetType !== 'string' || commentTargets[data.targetType] !== 1 ||
        !isText(data.targetDocId, 128) || data.targetDocId.indexOf(data.targetType + '-') !== 0) {
      deny('A comment is on a session, a need or an event plan.');
    }
    if (!isText(data.authorName, 120, 1) || !isText(data.body, 4000, 1) || !isText(data.createdAt, 32)) {
      deny("A comment has an author's name, a text of up to 4000 characters and a time.");
    }
  } else if (type === 'review') {
    onlyKeys(data, reviewKeys, 'A review');
    if (data.sessionDocId !== reviewed) deny('A review is of the session its id names.');
    if (!isText(data.reviewerName, 120) || !isText(data.reviewedAt, 32, 1) || !isText(data.sharedAt, 32)) {
      deny("A review has a reviewer's name and times.");
    }
  } else if (type === 'session') {
    var before = (oldDoc && oldDoc._deleted !== true && isObject(oldDoc.data)) ? oldDoc.data : {};
    if (data.status === 'reviewed' && before.status !== 'reviewed') {
      deny("A session is marked reviewed by its mentor's review, not by its leader.");
    }
    var legacy = ['reviewedAt', 'reviewedBy'];
    for (var k = 0; k < legacy.length; k++) {
      if (own(data, legacy[k]) && (!own(before, legacy[k]) || data[legacy[k]] !== before[legacy[k]])) {
        deny('A session keeps the review an older app recorded, and gets no new one.');
      }
    }
  }
}`;

/** The design document that carries the rules into a community's database. */
export function accessDesignDoc(communityId: string): {
  _id: string;
  language: 'javascript';
  validate_doc_update: string;
} {
  return {
    _id: accessDesignDocId,
    language: 'javascript',
    validate_doc_update: validateDocUpdateSource(communityId),
  };
}

/**
 * PouchDB Server (tests only) treats a user writing their own `_users`
 * document as a server admin (express-pouchdb routes/documents.js), so its
 * `_design/_auth` lets users change their own roles. This guard, installed
 * in `_users` on PouchDB Server only, refuses that as Apache CouchDB does.
 */
export const usersGuardDesignDocId = '_design/kopspeks-users';

export const usersGuardSource = `function (newDoc, oldDoc, userCtx, secObj) {
  if (!oldDoc || oldDoc._deleted || newDoc._deleted === true) return;
  if (!userCtx || !userCtx.name || userCtx.name !== oldDoc.name) return;
  var before = (oldDoc.roles || []).slice().sort();
  var after = (newDoc.roles || []).slice().sort();
  var changed = before.length !== after.length;
  for (var i = 0; !changed && i < before.length; i++) {
    if (before[i] !== after[i]) changed = true;
  }
  if (changed) throw({ forbidden: 'Nobody may change their own roles.' });
}`;

export function usersGuardDesignDoc(): {
  _id: string;
  language: 'javascript';
  validate_doc_update: string;
} {
  return {
    _id: usersGuardDesignDocId,
    language: 'javascript',
    validate_doc_update: usersGuardSource,
  };
}
