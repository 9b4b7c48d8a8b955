// acorn comes with ESLint (espree); used here only to prove the sources are ES5.
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { commentDocId, reviewDocId } from '../domain/docIds';
import { richTextLimits } from '../domain/richText';
import { accessVerdict, docSizeLimits, type Writer } from '../domain/writeAccess';
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
const mentor2 = inOlaine('ilze', 'kopspeks:mentor:olaine');
const coordinator = inOlaine('anna', 'kopspeks:coordinator');
const check = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx) =>
  outcome(validate, newDoc, oldDoc, userCtx);

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sessionId = `session-${uuid(1)}`;
const envelope = (id: string, type: string, data: Doc, extra: Doc = {}): Doc => ({
  _id: id,
  type,
  dataVersion: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  archivedAt: null,
  data,
  ...extra,
});
const session = (data: Doc = {}, extra: Doc = {}): Doc =>
  envelope(
    sessionId,
    'session',
    { date: '2026-01-01', notes: { type: 'doc', content: [] }, status: 'shared', ...data },
    extra,
  );
const comment = (author: string | null, authorRole: string, data: Doc = {}, extra: Doc = {}) =>
  envelope(
    commentDocId(author, uuid(2)),
    'comment',
    {
      targetDocId: sessionId,
      targetType: 'session',
      authorName: 'Māris',
      authorRole,
      body: 'Labi',
      createdAt: '2026-01-02T10:00:00.000Z',
      ...data,
    },
    extra,
  );
const review = (author: string, data: Doc = {}, extra: Doc = {}) =>
  envelope(
    reviewDocId(author, sessionId),
    'review',
    {
      sessionDocId: sessionId,
      reviewerName: 'Māris',
      reviewedAt: '2026-01-03',
      sharedAt: '',
      ...data,
    },
    extra,
  );
const need = (title = 'Lights', extra: Doc = {}) =>
  envelope(`need-${uuid(3)}`, 'need', { title }, extra);
const deleted = (id: string, extra: Doc = {}): Doc => ({ _id: id, _deleted: true, ...extra });

describe('the access rules source', () => {
  it('is plain ES5, as CouchDB 3 and PouchDB Server run it', () => {
    for (const source of [validateDocUpdateSource('olaine'), usersGuardSource]) {
      expect(() => parse(`(${source})`, { ecmaVersion: 5 })).not.toThrow();
    }
    expect(() => parse('(function () { let a = 1; })', { ecmaVersion: 5 })).toThrow();
  });

  it("carries this app's size limits and data versions, so it changes when they do", () => {
    const source = validateDocUpdateSource('olaine');
    expect(source).toContain(`"comment":${docSizeLimits.comment}`);
    expect(source).toContain('"need":0');
    const newer = validateDocUpdateSource('olaine', {
      sizes: docSizeLimits,
      dataVersions: {
        ...Object.fromEntries(Object.keys(docSizeLimits).map((t) => [t, 0])),
        need: 1,
      } as never,
    });
    expect(newer).not.toBe(source);
    expect(outcome(compile(newer), need('x', { dataVersion: 1 }), null, leader)).toBe('ok');
    expect(check(need('x', { dataVersion: 1 }), null, leader)).toBe('forbidden');
  });
});

describe('who may write what in a community database', () => {
  it('lets a server admin write anything, design documents included', () => {
    const admin = { db: 'kopspeks-olaine', name: 'admin', roles: ['_admin'] };
    expect(check({ _id: '_design/x' }, null, admin)).toBe('ok');
    expect(check({ _id: 'anything', whatever: 1 }, null, admin)).toBe('ok');
  });

  it("lets a leader write the workbook's records, their own comments, and delete records", () => {
    expect(check(need(), null, leader)).toBe('ok');
    expect(check(session({ topics: 'New' }), session(), leader)).toBe('ok');
    expect(check(deleted(sessionId), session(), leader)).toBe('ok');
    expect(check(envelope('profile', 'community', { name: 'Olaine' }), null, leader)).toBe('ok');
    expect(check(comment('liga', 'leader', {}, { updatedBy: 'liga' }), null, leader)).toBe('ok');
    expect(check({ _id: '_design/evil', validate_doc_update: '' }, null, leader)).toBe('forbidden');
  });

  it('lets a mentor write, edit and delete only their own comments and reviews', () => {
    expect(check(comment('maris', 'mentor'), null, mentor)).toBe('ok');
    const edited = comment('maris', 'mentor', { body: 'Labāk' }, { updatedBy: 'maris' });
    expect(check(edited, comment('maris', 'mentor'), mentor)).toBe('ok');
    expect(check(deleted(String(edited._id)), edited, mentor)).toBe('ok');
    expect(check(review('maris'), null, mentor)).toBe('ok');
    expect(check(deleted(String(review('maris')._id)), null, mentor)).toBe('ok');

    expect(check(comment('ilze', 'mentor'), null, mentor)).toBe('forbidden');
    expect(check(comment('ilze', 'mentor', { body: 'x' }), comment('ilze', 'mentor'), mentor)).toBe(
      'forbidden',
    );
    expect(check(deleted(String(comment('ilze', 'mentor')._id)), null, mentor)).toBe('forbidden');
    expect(check(comment('maris', 'leader'), null, mentor)).toBe('forbidden');
    expect(check(review('ilze'), null, mentor)).toBe('forbidden');
    expect(check(need(), null, mentor)).toBe('forbidden');
    expect(check(session(), session(), mentor)).toBe('forbidden');
    expect(check(deleted(sessionId), session(), mentor)).toBe('forbidden');
  });

  it('judges by the id whatever oldDoc is: null, a tombstone, or another kind of document', () => {
    // What CouchDB passes for new_edits:false without an ancestor, or over a tombstone.
    const takeover = { ...comment('maris', 'mentor'), _id: `need-${uuid(3)}` };
    expect(check(takeover, null, mentor)).toBe('forbidden');
    expect(check(takeover, deleted(`need-${uuid(3)}`, { type: 'need' }), mentor)).toBe('forbidden');
    expect(check({ ...takeover, type: 'need' }, comment('maris', 'mentor'), mentor)).toBe(
      'forbidden',
    );
    expect(check({ ...comment('maris', 'mentor'), _id: 'profile' }, null, mentor)).toBe(
      'forbidden',
    );
    // The leader may put right what a hostile branch left on one of their ids.
    expect(check(need(), takeover, leader)).toBe('ok');
  });

  it('keeps signatures true: updatedBy, a comment’s role, a review’s author', () => {
    expect(check(need('x', { updatedBy: 'maris' }), null, leader)).toBe('forbidden');
    expect(check(need('x', { updatedBy: null }), null, leader)).toBe('forbidden');
    expect(check(comment('maris', 'mentor', {}, { updatedBy: 'liga' }), null, mentor)).toBe(
      'forbidden',
    );
    expect(check(comment('liga', 'mentor'), null, leader)).toBe('forbidden');
    expect(check(comment('maris', 'mentor'), null, leader)).toBe('forbidden');
    expect(check(comment('liga', 'coordinator'), null, leader)).toBe('forbidden');
    expect(check(review('liga'), null, leader)).toBe('forbidden');
    expect(check(review('maris'), null, leader)).toBe('forbidden');
  });

  it('decides that nobody deletes or edits what another person wrote, the leader neither', () => {
    const theirs = comment('maris', 'mentor');
    expect(check(deleted(String(theirs._id)), theirs, leader)).toBe('forbidden');
    expect(check(comment('maris', 'mentor', { body: 'x' }), theirs, leader)).toBe('forbidden');
    expect(check(deleted(String(review('maris')._id)), review('maris'), leader)).toBe('forbidden');
    expect(check(deleted(String(comment('maris', 'mentor')._id)), null, mentor2)).toBe('forbidden');
  });

  it('freezes comments written before authors were in ids', () => {
    const old = comment(null, 'mentor');
    expect(check(old, null, mentor)).toBe('forbidden');
    expect(check({ ...old, updatedAt: 'x' }, old, mentor)).toBe('forbidden');
    expect(check(deleted(String(old._id)), old, leader)).toBe('forbidden');
  });

  it('lets a leader keep a session review an older app wrote, never set one', () => {
    const legacy = session({ status: 'reviewed', reviewedAt: '2026-01-03', reviewedBy: 'Māris' });
    expect(check({ ...legacy, updatedAt: 'later' }, legacy, leader)).toBe('ok');
    expect(check(session({ reviewedAt: '2026-01-03', reviewedBy: 'Māris' }), legacy, leader)).toBe(
      'ok',
    );
    expect(check(session(), legacy, leader)).toBe('ok');
    expect(check(legacy, null, leader)).toBe('forbidden');
    expect(check(legacy, session(), leader)).toBe('forbidden');
    expect(check(legacy, { ...legacy, _deleted: true }, leader)).toBe('forbidden');
    expect(check(session({ ...(legacy.data as Doc), reviewedBy: 'Cits' }), legacy, leader)).toBe(
      'forbidden',
    );
    expect(check(session({ status: 'reviewed' }), session(), leader)).toBe('forbidden');
  });

  it('refuses ids that name no type, or another type than the document', () => {
    for (const id of [
      'x',
      'need-',
      'need-a b',
      'notes-1',
      'community-1',
      `comment-${'x'}`,
      'review-maris-need-1',
      `need-${'a'.repeat(124)}`,
    ]) {
      expect(check({ ...need(), _id: id }, null, leader), id).toBe('forbidden');
    }
    expect(check({ ...need(), _id: `session-${uuid(4)}` }, null, leader)).toBe('forbidden');
    expect(check({ ...need(), type: undefined }, null, leader)).toBe('forbidden');
    // A deletion stub says no type; one with a body must say the right one.
    expect(check(deleted(`need-${uuid(3)}`), null, leader)).toBe('ok');
    expect(check(deleted(`need-${uuid(3)}`, { type: 'comment' }), null, leader)).toBe('forbidden');
  });

  it('refuses fields the app does not write, attachments, and wrong shapes', () => {
    const bad: Doc[] = [
      need('x', { extra: 1 }),
      need('x', { _attachments: {} }),
      need('x', { _access: [] }),
      need('x', { data: null }),
      need('x', { data: [] }),
      need('x', { dataVersion: '0' }),
      need('x', { dataVersion: -1 }),
      need('x', { dataVersion: 0.5 }),
      need('x', { createdAt: 5 }),
      need('x', { updatedAt: 'x'.repeat(33) }),
      need('x', { archivedAt: 5 }),
      need('x', { conflict: [] }),
      deleted(`need-${uuid(3)}`, { _attachments: { a: { stub: true } } }),
    ];
    for (const doc of bad)
      expect(check(doc, null, leader), JSON.stringify(doc).slice(0, 80)).toBe('forbidden');
    expect(
      check(need('x', { _revisions: { start: 1, ids: ['a'] }, _rev: '1-a' }), null, leader),
    ).toBe('ok');
  });

  it('checks a comment’s and a review’s fields to the app’s limits', () => {
    const ok = (data: Doc) => check(comment('maris', 'mentor', data), null, mentor);
    expect(ok({ body: 'x'.repeat(4000), authorName: 'x'.repeat(120) })).toBe('ok');
    expect(ok({ body: 'x'.repeat(4001) })).toBe('forbidden');
    expect(ok({ authorName: 'x'.repeat(121) })).toBe('forbidden');
    expect(ok({ body: '' })).toBe('forbidden');
    expect(ok({ targetType: 'profile', targetDocId: 'profile' })).toBe('forbidden');
    expect(ok({ targetType: 'need', targetDocId: sessionId })).toBe('forbidden');
    expect(ok({ extra: 1 })).toBe('forbidden');
    expect(check(review('maris', { sessionDocId: `session-${uuid(9)}` }), null, mentor)).toBe(
      'forbidden',
    );
    expect(check(review('maris', { reviewedAt: '' }), null, mentor)).toBe('forbidden');
    expect(check(review('maris', { note: 'x' }), null, mentor)).toBe('forbidden');
  });

  it('takes the largest documents the app writes, and refuses larger', () => {
    const text = 'ā'.repeat(richTextLimits.textChars);
    const notes = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    };
    const both = { fields: [{ path: 'data.notes', ours: notes, theirs: notes }], detectedAt: 'x' };
    expect(check(session({ notes }, { conflict: both }), null, leader)).toBe('ok');
    const description = 'x'.repeat(4000);
    const quotes = Array.from({ length: 50 }, (_, i) => ({ id: `q${i}`, text: 'x'.repeat(1000) }));
    const bigNeed = need('x'.repeat(200), { data: { title: 'x', description, quotes } });
    expect(check(bigNeed, null, leader)).toBe('ok');
    expect(
      check(need('x', { data: { title: 'x'.repeat(docSizeLimits.need) } }), null, leader),
    ).toBe('forbidden');
  });

  it('refuses a leader of another community, and anyone without a role', () => {
    const otherLeader = inOlaine('karlis', 'kopspeks:leader:kekava');
    expect(check(need(), null, otherLeader)).toBe('unauthorized');
    expect(check(need(), null, inOlaine(null))).toBe('unauthorized');
    expect(check(need(), null, inOlaine(null, 'kopspeks:leader:olaine'))).toBe('unauthorized');
    expect(check(need(), null, inOlaine('x', 'kopspeks:leader:olaine-2'))).toBe('unauthorized');
    expect(check(need(), null, inOlaine('x', 'kopspeks:coordinator:olaine'))).toBe('unauthorized');
    expect(check(need(), null, { name: 'liga', roles: 'kopspeks:leader:olaine' as never })).toBe(
      'unauthorized',
    );
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

  it('lets the coordinator write nothing, not even a comment', () => {
    expect(check(need(), null, coordinator)).toBe('forbidden');
    expect(check(comment('anna', 'coordinator'), null, coordinator)).toBe('forbidden');
  });

  it('applies the strongest role a user holds for this database', () => {
    const both = inOlaine('liga', 'kopspeks:mentor:olaine', 'kopspeks:leader:olaine');
    expect(check(need(), null, both)).toBe('ok');
    expect(check(comment('liga', 'leader'), null, both)).toBe('ok');
    expect(check(review('liga'), null, both)).toBe('forbidden');
    const mentorAndCoordinator = inOlaine(
      'maris',
      'kopspeks:coordinator',
      'kopspeks:mentor:olaine',
    );
    expect(check(comment('maris', 'mentor'), null, mentorAndCoordinator)).toBe('ok');
    expect(check(need(), null, mentorAndCoordinator)).toBe('forbidden');
  });
});

describe('the rules on hostile input', () => {
  // Odd values at every place the rules look, for every writer: never a crash
  // (CouchDB would answer 500), and the app's check always agrees.
  const odd: unknown[] = [null, 0, -1, 1.5, '', 'x', true, [], [1], {}, { a: 1 }, '__proto__'];
  const writers: [UserCtx, Writer][] = [
    [leader, { name: 'liga', role: 'leader' }],
    [mentor, { name: 'maris', role: 'mentor' }],
    [coordinator, { name: 'anna', role: 'coordinator' }],
  ];
  const bases: Doc[] = [
    need(),
    session(),
    comment('maris', 'mentor'),
    review('maris'),
    comment('liga', 'leader'),
  ];

  function* variants(): Generator<Doc> {
    for (const base of bases) {
      yield base;
      for (const key of Object.keys(base)) {
        for (const value of odd) yield { ...base, [key]: value };
      }
      for (const key of Object.keys(base.data as Doc)) {
        for (const value of odd) yield { ...base, data: { ...(base.data as Doc), [key]: value } };
      }
      yield { ...base, _deleted: true };
      yield JSON.parse(`{"_id":${JSON.stringify(base._id)},"__proto__":{"type":"need"}}`) as Doc;
    }
  }

  it('never crash, and the app’s check agrees with them', () => {
    let count = 0;
    for (const doc of variants()) {
      for (const oldDoc of [null, bases[1]!, { _deleted: true }]) {
        for (const [userCtx, writer] of writers) {
          const rules = check(doc, oldDoc, userCtx) === 'ok';
          const app = accessVerdict(doc, oldDoc, writer).ok;
          expect(app, `${JSON.stringify(doc).slice(0, 120)} as ${writer.name}`).toBe(rules);
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
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
