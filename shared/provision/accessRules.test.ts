// acorn comes with ESLint (espree); used here only to prove the sources are ES5.
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { usersGuardSource, validateDocUpdateSource } from './accessRules';

type Doc = Record<string, unknown>;
type UserCtx = { db?: string; name: string | null; roles: string[] };
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: unknown) => void;

// As CouchDB's query server and PouchDB Server do: evaluate the stored source.
function compile(source: string): Validate {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the stored source is the point
  const make = new Function(`"use strict"; return (${source});`) as () => Validate;
  return make();
}
const validate = compile(validateDocUpdateSource('olaine'));
const guard = compile(usersGuardSource);

function outcome(fn: Validate, newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx): string {
  try {
    fn(newDoc, oldDoc, userCtx, {});
    return 'ok';
  } catch (error) {
    const thrown = error as { forbidden?: string; unauthorized?: string };
    if (typeof thrown.forbidden === 'string') return 'forbidden';
    if (typeof thrown.unauthorized === 'string') return 'unauthorized';
    throw error;
  }
}

const inOlaine = (name: string | null, ...roles: string[]): UserCtx => ({
  db: 'kopspeks-olaine',
  name,
  roles,
});
const leader = inOlaine('liga', 'kopspeks:leader:olaine');
const mentor = inOlaine('maris', 'kopspeks:mentor:olaine');
const coordinator = inOlaine('anna', 'kopspeks:coordinator');
const check = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx) =>
  outcome(validate, newDoc, oldDoc, userCtx);

const notesSaying = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const session = (data: Doc = {}, extra: Doc = {}): Doc => ({
  _id: 'session-1',
  _rev: '1-a',
  type: 'session',
  dataVersion: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  updatedBy: 'liga',
  archivedAt: null,
  data: {
    date: '2026-01-01',
    mentor: 'Māris',
    participants: 'Līga, Jānis',
    topics: 'Budget',
    notes: notesSaying('Hi'),
    status: 'shared',
    ...data,
  },
  ...extra,
});
const comment = (authorRole: string, extra: Doc = {}): Doc => ({
  _id: 'comment-1',
  type: 'comment',
  dataVersion: 0,
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  data: {
    targetDocId: 'session-1',
    targetType: 'session',
    authorName: 'Māris',
    authorRole,
    body: 'Well done',
    createdAt: '2026-01-02T10:00:00.000Z',
  },
  ...extra,
});
const need = (title = 'Lights'): Doc => ({ _id: 'need-1', type: 'need', data: { title } });
const review = (from: Doc, status = 'reviewed'): Doc => ({
  ...from,
  _rev: '2-b',
  updatedAt: '2026-01-03T10:00:00.000Z',
  updatedBy: 'maris',
  data: {
    ...(from.data as Doc),
    status,
    reviewedAt: '2026-01-03T10:00:00.000Z',
    reviewedBy: 'maris',
  },
});
const deleted = (id: string, extra: Doc = {}): Doc => ({ _id: id, _deleted: true, ...extra });

describe('the access rules source', () => {
  it('is plain ES5, as CouchDB 3 and PouchDB Server run it', () => {
    for (const source of [validateDocUpdateSource('olaine'), usersGuardSource]) {
      expect(() => parse(`(${source})`, { ecmaVersion: 5 })).not.toThrow();
    }
    expect(() => parse('(function () { let a = 1; })', { ecmaVersion: 5 })).toThrow();
  });
});

describe('who may write what in a community database', () => {
  it('lets a server admin write anything, design documents included', () => {
    const admin = { db: 'kopspeks-olaine', name: 'admin', roles: ['_admin'] };
    expect(check({ _id: '_design/x' }, null, admin)).toBe('ok');
    expect(check(deleted('session-1'), session(), admin)).toBe('ok');
  });

  it('lets a leader write any document of their community, but no design document', () => {
    expect(check(need(), null, leader)).toBe('ok');
    expect(check(session({ notes: notesSaying('New') }), session(), leader)).toBe('ok');
    expect(check(deleted('session-1'), session(), leader)).toBe('ok');
    expect(check(comment('mentor'), null, leader)).toBe('ok');
    expect(check({ _id: '_design/evil', validate_doc_update: '' }, null, leader)).toBe('forbidden');
  });

  it('refuses a leader of another community, and anyone without a role', () => {
    const otherLeader = inOlaine('karlis', 'kopspeks:leader:kekava');
    expect(check(need(), null, otherLeader)).toBe('unauthorized');
    expect(check(need(), null, inOlaine(null))).toBe('unauthorized');
    // A role for a community whose id merely starts the same.
    expect(check(need(), null, inOlaine('x', 'kopspeks:leader:olaine-2'))).toBe('unauthorized');
  });

  it('knows its community without userCtx.db, and refuses all but admins in another database', () => {
    const roles = ['kopspeks:leader:olaine'];
    // PouchDB Server leaves userCtx.db out.
    expect(check(need(), null, { name: 'liga', roles })).toBe('ok');
    expect(check(need(), null, { db: 'kopspeks-kekava', name: 'liga', roles })).toBe('forbidden');
    const kekava = compile(validateDocUpdateSource('kekava'));
    expect(outcome(kekava, need(), null, leader)).toBe('forbidden');
    expect(outcome(kekava, need(), null, { ...leader, db: undefined })).toBe('unauthorized');
  });

  it('lets a mentor create, edit and delete mentor comments only', () => {
    expect(check(comment('mentor'), null, mentor)).toBe('ok');
    const data = { ...(comment('mentor').data as Doc), body: 'Better' };
    expect(check(comment('mentor', { _rev: '2-x', data }), comment('mentor'), mentor)).toBe('ok');
    expect(check(deleted('comment-1'), comment('mentor'), mentor)).toBe('ok');
    // Recreating over a deleted revision counts as creating.
    expect(check(comment('mentor'), deleted('comment-1'), mentor)).toBe('ok');

    expect(check(comment('leader'), null, mentor)).toBe('forbidden');
    expect(check(comment('coordinator'), null, mentor)).toBe('forbidden');
    expect(check(comment('mentor'), comment('leader'), mentor)).toBe('forbidden');
    expect(check(comment('leader'), comment('mentor'), mentor)).toBe('forbidden');
    expect(check(deleted('comment-1'), comment('leader'), mentor)).toBe('forbidden');
    expect(check({ _id: 'comment-1', type: 'comment' }, null, mentor)).toBe('forbidden');
    // A mentor's comment turned into something else.
    expect(check({ ...need(), _id: 'comment-1' }, comment('mentor'), mentor)).toBe('forbidden');
  });

  it("lets a mentor change a shared session's review state and nothing else", () => {
    expect(check(review(session()), session(), mentor)).toBe('ok');
    const reviewedBefore = session({ status: 'reviewed' });
    expect(check(review(reviewedBefore, 'shared'), reviewedBefore, mentor)).toBe('ok');
    // The same content in another key order is no change.
    const { data, ...rest } = review(session());
    expect(check({ data, ...rest }, session(), mentor)).toBe('ok');
    // CouchDB's own fields are no content.
    const withMeta = { ...review(session()), _deleted: false, _revisions: { start: 2, ids: [] } };
    expect(check(withMeta, session(), mentor)).toBe('ok');
    // A field that is null counts as absent.
    const { archivedAt: _archivedAt, ...storedWithout } = session();
    expect(check(review(session({}, { conflict: null })), storedWithout, mentor)).toBe('ok');
  });

  it("refuses a mentor's change to the leader's notes or any other field of a session", () => {
    const base = session();
    expect(check(review(session({ notes: notesSaying('Ho') })), base, mentor)).toBe('forbidden');
    expect(check(review(session({ topics: 'Other' })), base, mentor)).toBe('forbidden');
    expect(check(review(session({ extra: 1 })), base, mentor)).toBe('forbidden');
    const withoutTopics = review(base);
    delete (withoutTopics.data as Doc).topics;
    expect(check(withoutTopics, base, mentor)).toBe('forbidden');
    const changedTop = [{ archivedAt: '2026-02-01' }, { createdAt: 'x' }, { _attachments: {} }];
    for (const extra of changedTop) {
      expect(check(review(session({}, extra)), base, mentor)).toBe('forbidden');
    }
    expect(check(review(session({}, { type: 'need' })), base, mentor)).toBe('forbidden');
    const list = session({ notes: { type: 'doc', content: [1, 2] } });
    const shorter = review(session({ notes: { type: 'doc', content: [1] } }));
    expect(check(shorter, list, mentor)).toBe('forbidden');
    const withNull = review(session({ notes: { type: 'doc', content: [1, null] } }));
    expect(check(withNull, list, mentor)).toBe('forbidden');
    expect(check(review(session({ topics: null })), base, mentor)).toBe('forbidden');
  });

  it('refuses a mentor review of a draft, a move back to draft, a new session and a deletion', () => {
    const draft = session({ status: 'draft' });
    expect(check(review(draft), draft, mentor)).toBe('forbidden');
    expect(check(review(session(), 'draft'), session(), mentor)).toBe('forbidden');
    expect(check(review(session(), 'done'), session(), mentor)).toBe('forbidden');
    expect(check(session(), null, mentor)).toBe('forbidden');
    expect(check(deleted('session-1', { _rev: '2-b' }), session(), mentor)).toBe('forbidden');
    expect(check({ ...review(session()), _deleted: true }, session(), mentor)).toBe('forbidden');
  });

  it("refuses a mentor's write of needs, profiles and design documents", () => {
    expect(check(need(), null, mentor)).toBe('forbidden');
    expect(check(need('Other'), need(), mentor)).toBe('forbidden');
    expect(check(deleted('need-1'), need(), mentor)).toBe('forbidden');
    expect(check({ _id: 'profile', type: 'community', data: {} }, null, mentor)).toBe('forbidden');
    expect(check({ _id: '_design/x' }, null, mentor)).toBe('forbidden');
  });

  it('lets the coordinator write nothing, not even a comment', () => {
    expect(check(need(), null, coordinator)).toBe('forbidden');
    expect(check(comment('coordinator'), null, coordinator)).toBe('forbidden');
    expect(check(review(session()), session(), coordinator)).toBe('forbidden');
  });

  it('applies the strongest role a user holds for this database', () => {
    const both = inOlaine('x', 'kopspeks:mentor:olaine', 'kopspeks:leader:olaine');
    expect(check(need(), null, both)).toBe('ok');
    const mentorAndCoordinator = inOlaine('y', 'kopspeks:coordinator', 'kopspeks:mentor:olaine');
    expect(check(comment('mentor'), null, mentorAndCoordinator)).toBe('ok');
    expect(check(need(), null, mentorAndCoordinator)).toBe('forbidden');
  });
});

describe('the _users guard (PouchDB Server only)', () => {
  const user = {
    _id: 'org.couchdb.user:liga',
    name: 'liga',
    type: 'user',
    roles: ['kopspeks:leader:olaine'],
  };
  // PouchDB Server adds _admin to a user writing their own document.
  const self = { db: '_users', name: 'liga', roles: ['kopspeks:leader:olaine', '_admin'] };
  const admin = { db: '_users', name: 'admin', roles: ['_admin'] };

  it("refuses a change of one's own roles", () => {
    const changes = [['kopspeks:coordinator'], [...user.roles, 'x'], []];
    for (const roles of changes) {
      expect(outcome(guard, { ...user, roles }, user, self)).toBe('forbidden');
    }
  });

  it("allows other edits of one's own document, and the admin's changes of anyone's roles", () => {
    expect(outcome(guard, { ...user, displayName: 'Līga' }, user, self)).toBe('ok');
    expect(outcome(guard, { ...user, roles: ['kopspeks:coordinator'] }, user, admin)).toBe('ok');
    expect(outcome(guard, user, null, admin)).toBe('ok');
    expect(outcome(guard, deleted(user._id), user, self)).toBe('ok');
  });
});
