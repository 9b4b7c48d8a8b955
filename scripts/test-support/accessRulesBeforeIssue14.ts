/**
 * The access rules as they were when issue #14 was filed (commit 613ccda),
 * kept only for tests: the attack suite must find what the issue found in
 * them, or it could not find anything.
 */
export const accessRulesBeforeIssue14 = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) {
    for (var i = 0; i < roles.length; i++) {
      if (roles[i] === role) return true;
    }
    return false;
  }
  if (has('_admin')) return;

  var community = __COMMUNITY__;
  if (userCtx && typeof userCtx.db === 'string' && userCtx.db !== 'kopspeks-' + community) {
    throw({ forbidden: 'These access rules belong to another database.' });
  }
  var isDesign = String(newDoc._id).indexOf('_design/') === 0;

  if (has('kopspeks:leader:' + community)) {
    if (isDesign) throw({ forbidden: 'Only the server admin changes design documents.' });
    return;
  }

  if (has('kopspeks:mentor:' + community)) {
    if (isDesign) throw({ forbidden: 'Only the server admin changes design documents.' });
    var stored = (oldDoc && !oldDoc._deleted) ? oldDoc : null;

    var isMentorComment = function (doc) {
      return !!doc && doc.type === 'comment' && typeof doc.data === 'object' &&
        doc.data !== null && doc.data.authorRole === 'mentor';
    };
    if (newDoc._deleted === true) {
      if (stored && isMentorComment(stored)) return;
      throw({ forbidden: 'A mentor may delete only mentors\\' comments.' });
    }
    if (isMentorComment(newDoc) && (!stored || isMentorComment(stored))) return;
    if (newDoc.type === 'comment' || (stored && stored.type === 'comment')) {
      throw({ forbidden: 'A mentor writes comments as a mentor only, and edits only mentors\\' comments.' });
    }

    if (stored && stored.type === 'session' && newDoc.type === 'session') {
      var same = function (a, b) {
        if (a === b) return true;
        if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
        var aIsArray = Object.prototype.toString.call(a) === '[object Array]';
        var bIsArray = Object.prototype.toString.call(b) === '[object Array]';
        if (aIsArray !== bIsArray || (aIsArray && a.length !== b.length)) return false;
        // A field that is null counts as absent: apps write archivedAt: null
        // or conflict: null where the stored document may have nothing.
        var key;
        for (key in a) {
          if (Object.prototype.hasOwnProperty.call(a, key) && a[key] !== undefined && a[key] !== null) {
            if (!Object.prototype.hasOwnProperty.call(b, key) || !same(a[key], b[key])) return false;
          }
        }
        for (key in b) {
          if (Object.prototype.hasOwnProperty.call(b, key) && b[key] !== undefined && b[key] !== null &&
              (!Object.prototype.hasOwnProperty.call(a, key) || a[key] === undefined || a[key] === null)) {
            return false;
          }
        }
        return true;
      };
      var without = function (doc, top, inData) {
        var copy = {};
        var key;
        for (key in doc) {
          // CouchDB's own fields (_rev, _revisions, _deleted: false…) are no content; attachments are.
          var meta = key.charAt(0) === '_' && key !== '_attachments';
          if (Object.prototype.hasOwnProperty.call(doc, key) && !meta && !top[key]) copy[key] = doc[key];
        }
        var data = {};
        var source = (typeof doc.data === 'object' && doc.data !== null) ? doc.data : {};
        for (key in source) {
          if (Object.prototype.hasOwnProperty.call(source, key) && !inData[key]) data[key] = source[key];
        }
        copy.data = data;
        return copy;
      };
      var reviewState = function (doc) {
        var status = (typeof doc.data === 'object' && doc.data !== null) ? doc.data.status : null;
        return status === 'shared' || status === 'reviewed';
      };
      var top = { updatedAt: true, updatedBy: true, dataVersion: true };
      var inData = { status: true, reviewedAt: true, reviewedBy: true };
      if (reviewState(stored) && reviewState(newDoc) &&
          same(without(stored, top, inData), without(newDoc, top, inData))) return;
      throw({ forbidden: 'A mentor may change only the review state of a session shared with them.' });
    }
    throw({ forbidden: 'A mentor may write only comments and the review state of sessions.' });
  }

  if (has('kopspeks:coordinator')) {
    throw({ forbidden: 'The coordinator reads every community but writes none.' });
  }
  throw({ unauthorized: 'Only this community\\'s leaders and mentors may write here.' });
}`;
