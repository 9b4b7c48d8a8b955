import { commentDocId, reviewDocId } from '../domain/docIds';
import { docSizeLimits } from '../domain/writeAccess';
import { asObject } from './couchAdmin';

/**
 * The access rules tried as a hostile member would (issue #14): each check
 * is one HTTP request as one person, against throw-away communities. The
 * same list runs against the CouchDB model of the unit tests
 * (scripts/test-support/couchModel.ts), against PouchDB Server in CI, and
 * against the coordinator's own server (`npm run verify-access`).
 *
 * - an *attack* must be refused: the answer refuses it and the document's
 *   revisions on the server are as before (a `new_edits: false` write
 *   answers 201 whatever happened, so the server's state decides);
 * - a *control* is what the app does and must be accepted, so that rules
 *   refusing everything do not pass;
 * - *unchecked* requests are ones CouchDB never shows to the rules
 *   (`_local/` documents): reported, not judged (see the README).
 */

/** Who makes a request: people of community A, of community B, or nobody signed in. */
export type Actor =
  'leader' | 'mentor' | 'mentor2' | 'otherLeader' | 'otherMentor' | 'coordinator' | 'anonymous';
export type Person = Exclude<Actor, 'anonymous'>;

export type AttackRequest = {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
};
export type AttackAnswer = { status: number; body: unknown };

/** Where the checks run: a server with the two communities and people of `AttackWorld`. */
export type AttackServer = {
  as(actor: Actor, request: AttackRequest): Promise<AttackAnswer>;
  admin(request: AttackRequest): Promise<AttackAnswer>;
};

export type AttackWorld = {
  /** Community A, where everything happens. */
  community: string;
  /** Community B, of `otherLeader` and `otherMentor`. */
  otherCommunity: string;
  /** Each person's server user name. */
  names: Record<Person, string>;
};

export type CheckKind = 'attack' | 'control' | 'unchecked';

export type CheckOutcome = {
  id: string;
  kind: CheckKind;
  title: string;
  /** Whether the request did what it asked: wrote (or, for a read, got) the document. */
  succeeded: boolean;
  status: number;
  /** The server's reason, when it gave one. */
  reason: string;
};

/** Whether the outcome is what the rules promise (unchecked ones always are). */
export function outcomeHolds(outcome: CheckOutcome): boolean {
  if (outcome.kind === 'attack') return !outcome.succeeded;
  if (outcome.kind === 'control') return outcome.succeeded;
  return true;
}

type Doc = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const now = '2026-03-01T10:00:00.000Z';
const later = '2026-03-02T10:00:00.000Z';

/** A workbook document as the app writes it to the server, at `at`. */
export function envelope(id: string, type: string, data: Doc, extra: Doc = {}, at = now): Doc {
  return {
    _id: id,
    type,
    dataVersion: 0,
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
    data,
    ...extra,
  };
}

/** Deterministic-looking, unique UUIDs for one run. */
function uuidMaker(seed: string) {
  let n = 0;
  const hex = [...seed]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padEnd(8, '0');
  return () => {
    n += 1;
    const count = n.toString(16).padStart(12, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12).padEnd(4, '0')}-4000-8000-${count}`;
  };
}

const fakeRev = (pos: number, seed: string) =>
  `${pos}-${seed
    .repeat(32)
    .slice(0, 32)
    .replace(/[^0-9a-f]/g, 'a')}`;

export function docPath(db: string, id: string): string {
  for (const prefix of ['_design/', '_local/']) {
    if (id.startsWith(prefix))
      return `${db}/${prefix}${encodeURIComponent(id.slice(prefix.length))}`;
  }
  return `${db}/${encodeURIComponent(id)}`;
}

type Check = {
  id: string;
  kind: CheckKind;
  title: string;
  actor: Actor;
  /** The database (A unless said) and document whose revisions show whether it was written. */
  db?: 'A' | 'B';
  target: string;
  /** A read: it succeeds when the server answers with the data. */
  read?: boolean;
  request: (this: { target: string }) => Promise<AttackRequest> | AttackRequest;
};

/** The checks, in the order they run; built against a world, reading the server as they go. */
function buildChecks(world: AttackWorld, server: AttackServer, seed: string): Check[] {
  const uuid = uuidMaker(seed);
  const dbA = `kopspeks-${world.community}`;
  const { names } = world;
  const ids = {
    need: `need-${uuid()}`,
    session: `session-${uuid()}`,
    action: `action-${uuid()}`,
    legacySession: `session-${uuid()}`,
    legacyComment: commentDocId(null, uuid()),
    leaderComment: commentDocId(names.leader, uuid()),
    mentorComment: commentDocId(names.mentor, uuid()),
    mentorComment2: commentDocId(names.mentor, uuid()),
    mentor2Comment: commentDocId(names.mentor2, uuid()),
  };
  const reviewId = reviewDocId(names.mentor, ids.session);
  const fresh = {
    copied: commentDocId(names.mentor, uuid()),
    reviewedSession: `session-${uuid()}`,
    profileOnNeed: `need-${uuid()}`,
    mentorOnNewNeed: `need-${uuid()}`,
    mentorNeed: `need-${uuid()}`,
  };
  /** An id of this person's own comment that nobody wrote yet. */
  const ownComment = (person: Person) => commentDocId(names[person], uuid());

  const need = (id: string, title: string, extra: Doc = {}) =>
    envelope(id, 'need', { title, description: '', status: 'identified' }, extra);
  const sessionData = (extra: Doc = {}): Doc => ({
    date: '2026-03-01',
    mentor: 'Mentors',
    participants: '',
    topics: 'Budžets',
    notes: { type: 'doc', content: [{ type: 'paragraph' }] },
    status: 'shared',
    sharedAt: now,
    ...extra,
  });
  const comment = (id: string, authorRole: string, extra: Doc = {}, data: Doc = {}) =>
    envelope(
      id,
      'comment',
      {
        targetDocId: ids.session,
        targetType: 'session',
        authorName: 'Vārds Uzvārds',
        authorRole,
        body: 'Labi padarīts.',
        createdAt: now,
        ...data,
      },
      extra,
    );
  const review = (id: string, session: string, extra: Doc = {}, data: Doc = {}) =>
    envelope(
      id,
      'review',
      { sessionDocId: session, reviewerName: 'Mentors', reviewedAt: later, sharedAt: now, ...data },
      extra,
    );

  /** The current winning revision of a document in A, read as the admin. */
  const current = async (id: string): Promise<Doc> => {
    const answer = await server.admin({ method: 'GET', path: docPath(dbA, id) });
    return asObject(answer.body);
  };
  const rev = async (id: string) => text((await current(id))._rev);
  const put = (doc: Doc): AttackRequest => ({
    method: 'PUT',
    path: docPath(dbA, String(doc._id)),
    body: doc,
  });
  const bulk = (docs: Doc[], options: Doc = {}): AttackRequest => ({
    method: 'POST',
    path: `${dbA}/_bulk_docs`,
    body: { docs, ...options },
  });
  /** A `new_edits: false` revision with no ancestor on the server: CouchDB's `oldDoc` is null. */
  let orphans = 0;
  const orphanBranch = (doc: Doc): AttackRequest => {
    orphans += 1;
    // Each its own revision, so that one attack getting through cannot hide the next.
    const pos = 900 + orphans;
    const hash = fakeRev(pos, seed).split('-')[1]!;
    return bulk([{ ...doc, _rev: `${pos}-${hash}`, _revisions: { start: pos, ids: [hash] } }], {
      new_edits: false,
    });
  };
  /** A `new_edits: false` child of the current revision: CouchDB's `oldDoc` is that revision. */
  const childBranch = async (doc: Doc): Promise<AttackRequest> => {
    const stored = await current(String(doc._id));
    const [pos, hash] = String(stored._rev).split('-');
    const child = fakeRev(Number(pos) + 1, `${seed}c`).split('-')[1]!;
    return bulk(
      [
        {
          ...doc,
          _rev: `${Number(pos) + 1}-${child}`,
          _revisions: { start: Number(pos) + 1, ids: [child, hash] },
        },
      ],
      { new_edits: false },
    );
  };
  /** The revisions the document's branches end in (a deleted one included). */
  const leafRevs = async (id: string): Promise<Doc[]> => {
    const answer = await server.admin({
      method: 'GET',
      path: `${docPath(dbA, id)}?open_revs=all`,
      headers: { accept: 'application/json' },
    });
    return Array.isArray(answer.body)
      ? (answer.body as Doc[]).map((entry) => asObject(entry.ok))
      : [];
  };
  const withRev = async (doc: Doc): Promise<Doc> => ({ ...doc, _rev: await rev(String(doc._id)) });
  const big = (size: number) => 'x'.repeat(size);

  const control = (
    id: string,
    title: string,
    actor: Actor,
    target: string,
    request: Check['request'],
  ): Check => ({ id, kind: 'control', title, actor, target, request });
  const attack = (
    id: string,
    title: string,
    actor: Actor,
    target: string,
    request: Check['request'],
    db: 'A' | 'B' = 'A',
  ): Check => ({ id, kind: 'attack', title, actor, target, request, db });

  const needV1 = need(ids.need, 'Soliņi parkā', { updatedBy: names.leader });
  const del = async (id: string): Promise<AttackRequest> => ({
    method: 'DELETE',
    path: `${docPath(dbA, id)}?rev=${await rev(id)}`,
  });
  const withData = async (id: string, patch: Doc, extra: Doc = {}): Promise<AttackRequest> => {
    const stored = await current(id);
    return put({ ...stored, ...extra, data: { ...asObject(stored.data), ...patch } });
  };
  const dbB = `kopspeks-${world.otherCommunity}`;
  const read = (id: string, title: string, actor: Actor, path: string): Check => ({
    id,
    kind: 'attack',
    title,
    actor,
    target: '',
    read: true,
    request: () => ({ method: 'GET', path }),
  });

  return [
    // What the app does: all of it must be accepted.
    control('V01', 'the leader edits the community profile', 'leader', 'profile', async () => {
      const profile = await current('profile');
      return put({ ...profile, updatedAt: later, updatedBy: names.leader });
    }),
    control('V02', 'the leader writes down a need', 'leader', ids.need, () => put(needV1)),
    control(
      'V03',
      'the leader edits the need, as the app pushes (_bulk_docs)',
      'leader',
      ids.need,
      async () =>
        bulk([{ ...(await withRev(needV1)), updatedAt: later, data: { title: 'Soliņi' } }]),
    ),
    control('V04', 'the leader shares a session', 'leader', ids.session, () =>
      put(envelope(ids.session, 'session', sessionData())),
    ),
    control('V05', 'the leader agrees an action', 'leader', ids.action, () =>
      put(envelope(ids.action, 'action', { title: 'Zvanīt', sessionId: ids.session })),
    ),
    control('V06', 'the leader deletes the action', 'leader', ids.action, () => del(ids.action)),
    control('V07', 'the leader comments on the session', 'leader', ids.leaderComment, () =>
      put(comment(ids.leaderComment, 'leader', { updatedBy: names.leader })),
    ),
    control('V08', 'the mentor comments on the session', 'mentor', ids.mentorComment, () =>
      put(comment(ids.mentorComment, 'mentor')),
    ),
    control('V09', 'the mentor edits their own comment', 'mentor', ids.mentorComment, async () =>
      put({ ...(await current(ids.mentorComment)), updatedAt: later, updatedBy: names.mentor }),
    ),
    control('V10', 'a second mentor comments', 'mentor2', ids.mentor2Comment, () =>
      put(comment(ids.mentor2Comment, 'mentor')),
    ),
    control('V11', 'the mentor marks the session reviewed', 'mentor', reviewId, () =>
      put(review(reviewId, ids.session)),
    ),
    control('V12', 'the mentor takes the review back', 'mentor', reviewId, () => del(reviewId)),
    control('V13', 'the mentor reviews again, over the deleted review', 'mentor', reviewId, () =>
      put(review(reviewId, ids.session)),
    ),
    control(
      'V14',
      'the mentor writes a comment and deletes it',
      'mentor',
      ids.mentorComment2,
      async () => {
        await server.as('mentor', put(comment(ids.mentorComment2, 'mentor')));
        return del(ids.mentorComment2);
      },
    ),
    control(
      'V15',
      'the leader edits a session an older app marked reviewed, keeping that mark',
      'leader',
      ids.legacySession,
      async () => {
        // As an older app left them: a review in the leader's session, a comment without author.
        const legacy = sessionData({ status: 'reviewed', reviewedAt: now, reviewedBy: 'Mentors' });
        await server.admin(put(envelope(ids.legacySession, 'session', legacy)));
        await server.admin(put(comment(ids.legacyComment, 'mentor')));
        return put({
          ...(await current(ids.legacySession)),
          updatedAt: later,
          updatedBy: names.leader,
        });
      },
    ),
    {
      ...read('V16', "the mentor reads the leader's need", 'mentor', docPath(dbA, ids.need)),
      kind: 'control',
    },
    {
      ...read('V17', 'the coordinator reads the session', 'coordinator', docPath(dbA, ids.session)),
      kind: 'control',
    },

    // Taking over the leader's documents where CouchDB gives the rules oldDoc = null.
    attack(
      'A01',
      "a mentor's comment on a need's id, new_edits:false with no ancestor",
      'mentor',
      ids.need,
      () => orphanBranch(comment(ids.need, 'mentor')),
    ),
    attack(
      'A02',
      "a mentor's comment on a session's id, new_edits:false with no ancestor",
      'mentor',
      ids.session,
      () => orphanBranch(comment(ids.session, 'mentor')),
    ),
    attack(
      'A03',
      "a mentor's comment on the profile's id, new_edits:false with no ancestor",
      'mentor',
      'profile',
      () => orphanBranch(comment('profile', 'mentor')),
    ),
    attack(
      'A04',
      "a mentor edits the leader's need, new_edits:false on its current revision",
      'mentor',
      ids.need,
      () => childBranch(need(ids.need, 'Mentora virsraksts')),
    ),
    attack(
      'A05',
      "a mentor's need from a newer app, new_edits:false with no ancestor",
      'mentor',
      ids.need,
      () => orphanBranch(need(ids.need, 'x', { dataVersion: 99 })),
    ),
    attack(
      'A06',
      "a mentor writes the leader's need without _rev, all_or_nothing",
      'mentor',
      ids.need,
      () => bulk([need(ids.need, 'x')], { all_or_nothing: true }),
    ),
    attack(
      'A07',
      "a mentor writes the leader's need with a made-up _rev, all_or_nothing",
      'mentor',
      ids.need,
      () => bulk([{ ...need(ids.need, 'x'), _rev: fakeRev(5, seed) }], { all_or_nothing: true }),
    ),
    attack(
      'A08',
      "a mentor writes a comment over the leader's deleted action",
      'mentor',
      ids.action,
      () => put(comment(ids.action, 'mentor')),
    ),
    attack(
      'A09',
      "a mentor revives the leader's deleted action on its tombstone",
      'mentor',
      ids.action,
      async () => {
        const tombstone = (await leafRevs(ids.action)).find((leaf) => leaf._deleted === true);
        return put(
          envelope(
            ids.action,
            'action',
            { title: 'x', sessionId: ids.session },
            { _rev: tombstone?._rev },
          ),
        );
      },
    ),
    attack('A10', 'a mentor creates a need (POST)', 'mentor', fresh.mentorNeed, () => ({
      method: 'POST',
      path: dbA,
      body: need(fresh.mentorNeed, 'x'),
    })),
    attack(
      'A11',
      'a mentor writes a comment on an id that says need',
      'mentor',
      fresh.mentorOnNewNeed,
      () => put(comment(fresh.mentorOnNewNeed, 'mentor')),
    ),
    attack(
      'A12',
      "a mentor copies their comment over the leader's need (COPY)",
      'mentor',
      ids.need,
      async () => ({
        method: 'COPY',
        path: docPath(dbA, ids.mentorComment),
        headers: { destination: `${ids.need}?rev=${await rev(ids.need)}` },
      }),
    ),
    attack(
      'A13',
      "a mentor copies the leader's need into a comment id of their own",
      'mentor',
      fresh.copied,
      () => ({
        method: 'COPY',
        path: docPath(dbA, ids.need),
        headers: { destination: fresh.copied },
      }),
    ),
    attack('A14', "a mentor deletes the leader's need", 'mentor', ids.need, () => del(ids.need)),
    attack(
      'A15',
      "a mentor deletes the leader's session, sending its body with _deleted",
      'mentor',
      ids.session,
      async () => put({ ...(await current(ids.session)), _deleted: true }),
    ),
    attack(
      'A16',
      "a mentor adds a deleted branch to the leader's need, new_edits:false",
      'mentor',
      ids.need,
      () => orphanBranch({ _id: ids.need, _deleted: true }),
    ),
    attack('A17', "a mentor changes the leader's session", 'mentor', ids.session, () =>
      withData(ids.session, { topics: 'Mentora teksts' }),
    ),
    attack(
      'A18',
      'a mentor marks the session reviewed in the session itself',
      'mentor',
      ids.session,
      () =>
        withData(
          ids.session,
          { status: 'reviewed', reviewedAt: later, reviewedBy: names.mentor },
          { updatedBy: names.mentor },
        ),
    ),

    // Forged authorship.
    attack(
      'B01',
      "the leader writes a comment under the mentor's name",
      'leader',
      ownComment('mentor'),
      function () {
        return put(comment(this.target, 'mentor'));
      },
    ),
    attack(
      'B02',
      "the leader signs their own comment with the mentor's role",
      'leader',
      ownComment('leader'),
      function () {
        return put(comment(this.target, 'mentor'));
      },
    ),
    attack(
      'B03',
      "the leader writes the mentor's review of their session",
      'leader',
      reviewDocId(names.mentor, ids.legacySession),
      function () {
        return put(review(this.target, ids.legacySession));
      },
    ),
    attack(
      'B04',
      'the leader reviews their own session',
      'leader',
      reviewDocId(names.leader, ids.session),
      function () {
        return put(review(this.target, ids.session));
      },
    ),
    attack(
      'B05',
      'the leader creates a session marked reviewed by the mentor',
      'leader',
      fresh.reviewedSession,
      () =>
        put(
          envelope(
            fresh.reviewedSession,
            'session',
            sessionData({ status: 'reviewed', reviewedAt: now, reviewedBy: names.mentor }),
          ),
        ),
    ),
    attack('B06', 'the leader marks their shared session reviewed', 'leader', ids.session, () =>
      withData(ids.session, { status: 'reviewed' }),
    ),
    attack(
      'B07',
      'the leader names the mentor as the reviewer of their session',
      'leader',
      ids.session,
      () => withData(ids.session, { reviewedBy: names.mentor, reviewedAt: later }),
    ),
    attack(
      'B08',
      'the leader changes who reviewed a session an older app marked reviewed',
      'leader',
      ids.legacySession,
      () => withData(ids.legacySession, { reviewedBy: 'Cits mentors' }),
    ),
    attack(
      'B09',
      "a mentor writes a comment under another mentor's name",
      'mentor',
      ownComment('mentor2'),
      function () {
        return put(comment(this.target, 'mentor'));
      },
    ),
    attack(
      'B10',
      "a mentor signs their comment with the leader's role",
      'mentor',
      ownComment('mentor'),
      function () {
        return put(comment(this.target, 'leader'));
      },
    ),
    attack('B11', "a mentor edits another mentor's comment", 'mentor', ids.mentor2Comment, () =>
      withData(ids.mentor2Comment, { body: 'Mainīts' }),
    ),
    attack('B12', "a mentor deletes another mentor's comment", 'mentor', ids.mentor2Comment, () =>
      del(ids.mentor2Comment),
    ),
    attack(
      'B13',
      "a mentor replaces another mentor's comment, new_edits:false with no ancestor",
      'mentor',
      ids.mentor2Comment,
      () => orphanBranch(comment(ids.mentor2Comment, 'mentor', {}, { body: 'Mainīts' })),
    ),
    attack(
      'B14',
      'a mentor marks their comment as updated by the leader',
      'mentor',
      ids.mentorComment,
      async () => put({ ...(await current(ids.mentorComment)), updatedBy: names.leader }),
    ),
    attack(
      'B15',
      'the leader marks a need as updated by the mentor',
      'leader',
      ids.need,
      async () => put({ ...(await current(ids.need)), updatedBy: names.mentor }),
    ),
    attack(
      'B16',
      'a mentor gives their comment a data version the app does not know',
      'mentor',
      ids.mentorComment,
      async () => put({ ...(await current(ids.mentorComment)), dataVersion: 99 }),
    ),
    attack(
      'B17',
      'the leader gives a need a data version the app does not know',
      'leader',
      ids.need,
      async () => put({ ...(await current(ids.need)), dataVersion: 99 }),
    ),
    attack('B18', 'the leader gives a need a broken data version', 'leader', ids.need, async () =>
      put({ ...(await current(ids.need)), dataVersion: 0.5 }),
    ),
    attack(
      'B19',
      "a mentor writes a review under another mentor's name",
      'mentor',
      reviewDocId(names.mentor2, ids.session),
      function () {
        return put(review(this.target, ids.session));
      },
    ),
    attack('B20', "the leader deletes the mentor's comment", 'leader', ids.mentorComment, () =>
      del(ids.mentorComment),
    ),
    attack('B21', "the leader edits the mentor's comment", 'leader', ids.mentorComment, () =>
      withData(ids.mentorComment, { body: 'Līdera teksts' }),
    ),
    attack('B22', "the leader deletes the mentor's review", 'leader', reviewId, () =>
      del(reviewId),
    ),
    attack(
      'B23',
      'a mentor writes a comment without an author in its id',
      'mentor',
      commentDocId(null, uuid()),
      function () {
        return put(comment(this.target, 'mentor'));
      },
    ),
    attack(
      'B24',
      'a mentor edits an old comment that has no author in its id',
      'mentor',
      ids.legacyComment,
      async () => put({ ...(await current(ids.legacyComment)), updatedAt: later }),
    ),
    attack(
      'B25',
      'the leader deletes an old comment that has no author in its id',
      'leader',
      ids.legacyComment,
      () => del(ids.legacyComment),
    ),

    attack(
      'B26',
      "the leader replaces the mentor's comment, new_edits:false with no ancestor",
      'leader',
      ids.mentorComment,
      () => orphanBranch(comment(ids.mentorComment, 'mentor', {}, { body: 'Līdera teksts' })),
    ),
    attack(
      'B27',
      "the leader writes the mentor's review over its deletion, all_or_nothing",
      'leader',
      reviewId,
      () => bulk([review(reviewId, ids.session)], { all_or_nothing: true }),
    ),

    // Ids that claim another type, and shapes the app never writes.
    attack(
      'T01',
      'the leader writes a need on a comment id of their own',
      'leader',
      ownComment('leader'),
      function () {
        return put(need(this.target, 'x'));
      },
    ),
    attack('T02', 'the leader writes a profile on a need id', 'leader', fresh.profileOnNeed, () =>
      put(envelope(fresh.profileOnNeed, 'community', { name: 'x' })),
    ),
    attack(
      'T03',
      'the leader writes a document whose id names no type',
      'leader',
      `notes-${seed}`,
      function () {
        return put(envelope(this.target, 'need', { title: 'x' }));
      },
    ),
    attack(
      'T04',
      'the leader writes a need with a 200-character id',
      'leader',
      `need-${'a'.repeat(200)}`,
      function () {
        return put(need(this.target, 'x'));
      },
    ),
    attack(
      'T05',
      'a mentor writes a review of another session than its id names',
      'mentor',
      reviewDocId(names.mentor, ids.legacySession),
      function () {
        return put(review(this.target, ids.session));
      },
    ),
    attack(
      'T06',
      'a mentor writes a comment with a field the app does not know',
      'mentor',
      ownComment('mentor'),
      function () {
        return put(comment(this.target, 'mentor', { script: 'x' }));
      },
    ),
    attack(
      'T07',
      'a mentor writes a comment with data the app does not know',
      'mentor',
      ownComment('mentor'),
      function () {
        return put(comment(this.target, 'mentor', {}, { html: '<b>x</b>' }));
      },
    ),
    attack(
      'T08',
      'the leader writes a need with a field the app does not know',
      'leader',
      `need-${seed}t8`,
      function () {
        return put(need(this.target, 'x', { tracking: 1 }));
      },
    ),
    attack(
      'T09',
      'the leader writes a need whose data is a list',
      'leader',
      `need-${seed}t9`,
      function () {
        return put({ ...need(this.target, 'x'), data: ['x'] });
      },
    ),
    attack(
      'T10',
      'the leader writes a need with a special _access field',
      'leader',
      `need-${seed}t10`,
      function () {
        return put(need(this.target, 'x', { _access: ['x'] }));
      },
    ),
    attack(
      'T11',
      'a mentor comments "on a need" naming a session',
      'mentor',
      ownComment('mentor'),
      function () {
        return put(comment(this.target, 'mentor', {}, { targetType: 'need' }));
      },
    ),
    attack(
      'T12',
      'a mentor writes a deleted comment of their own that says it is a need',
      'mentor',
      ownComment('mentor'),
      function () {
        return put({ ...need(this.target, 'x'), _deleted: true });
      },
    ),

    // Design documents.
    attack('D01', 'the leader installs a design document', 'leader', '_design/evil', function () {
      return put({ _id: this.target, validate_doc_update: 'function () {}' });
    }),
    attack(
      'D02',
      'a mentor replaces the access rules',
      'mentor',
      '_design/kopspeks-access',
      async () =>
        put({
          ...(await current('_design/kopspeks-access')),
          validate_doc_update: 'function () {}',
        }),
    ),
    attack('D03', 'the leader deletes the access rules', 'leader', '_design/kopspeks-access', () =>
      del('_design/kopspeks-access'),
    ),
    attack(
      'D04',
      'the leader sends a design document through _bulk_docs',
      'leader',
      '_design/evil2',
      function () {
        return bulk([{ _id: this.target, views: {} }]);
      },
    ),
    attack(
      'D05',
      'a mentor sends a design document with new_edits:false',
      'mentor',
      '_design/evil3',
      function () {
        return orphanBranch({ _id: this.target, validate_doc_update: 'function () {}' });
      },
    ),

    // Attachments.
    attack(
      'E01',
      'a mentor attaches an HTML file to their comment',
      'mentor',
      ids.mentorComment,
      async () => ({
        method: 'PUT',
        path: `${docPath(dbA, ids.mentorComment)}/file.html?rev=${await rev(ids.mentorComment)}`,
        body: '<script>alert(1)</script>',
        headers: { 'content-type': 'text/html' },
      }),
    ),
    attack('E02', 'the leader attaches a file to a need', 'leader', ids.need, async () => ({
      method: 'PUT',
      path: `${docPath(dbA, ids.need)}/file.bin?rev=${await rev(ids.need)}`,
      body: 'data',
      headers: { 'content-type': 'application/octet-stream' },
    })),
    attack(
      'E03',
      'the leader creates a document by uploading a file',
      'leader',
      `need-${seed}e3`,
      function () {
        return {
          method: 'PUT',
          path: `${docPath(dbA, this.target)}/file.bin`,
          body: 'data',
          headers: { 'content-type': 'application/octet-stream' },
        };
      },
    ),
    attack(
      'E04',
      'a mentor writes a comment with an inline attachment',
      'mentor',
      ownComment('mentor'),
      function () {
        const attachments = { 'a.txt': { content_type: 'text/plain', data: 'aGVsbG8=' } };
        return put(comment(this.target, 'mentor', { _attachments: attachments }));
      },
    ),

    // Sizes.
    attack('F01', 'a mentor writes a 1 MB comment', 'mentor', ownComment('mentor'), function () {
      return put(comment(this.target, 'mentor', {}, { body: big(1_000_000) }));
    }),
    attack(
      'F02',
      `the leader writes a need of more than ${docSizeLimits.need} characters`,
      'leader',
      `need-${seed}f2`,
      function () {
        return put(
          need(this.target, 'x', { data: { title: 'x', description: big(docSizeLimits.need) } }),
        );
      },
    ),
    attack(
      'F03',
      'a mentor writes an oversized review',
      'mentor',
      reviewDocId(names.mentor, ids.legacySession),
      function () {
        return put(review(this.target, ids.legacySession, {}, { reviewerName: big(20_000) }));
      },
    ),
    attack(
      'F04',
      'a mentor deletes their comment leaving a 1 MB tombstone',
      'mentor',
      ids.mentorComment,
      async () =>
        put({
          ...(await current(ids.mentorComment)),
          _deleted: true,
          data: { body: big(1_000_000) },
        }),
    ),
    attack(
      'F05',
      'a mentor writes a comment longer than the app allows (4001 characters)',
      'mentor',
      ownComment('mentor'),
      function () {
        return put(comment(this.target, 'mentor', {}, { body: big(4001) }));
      },
    ),

    // Roles of other communities, and no role at all.
    attack(
      'H01',
      "community B's leader writes a need in A",
      'otherLeader',
      `need-${seed}h1`,
      function () {
        return put(need(this.target, 'x'));
      },
    ),
    attack(
      'H02',
      "community B's mentor comments in A",
      'otherMentor',
      ownComment('otherMentor'),
      function () {
        return put(comment(this.target, 'mentor'));
      },
    ),
    attack('H03', 'the coordinator writes a need', 'coordinator', `need-${seed}h3`, function () {
      return put(need(this.target, 'x'));
    }),
    attack(
      'H04',
      'the coordinator comments',
      'coordinator',
      ownComment('coordinator'),
      function () {
        return put(comment(this.target, 'coordinator'));
      },
    ),
    attack(
      'H05',
      'someone not signed in writes a need',
      'anonymous',
      `need-${seed}h5`,
      function () {
        return put(need(this.target, 'x'));
      },
    ),
    attack(
      'H06',
      "A's leader writes a need in community B",
      'leader',
      `need-${seed}h6`,
      function () {
        return { method: 'PUT', path: docPath(dbB, this.target), body: need(this.target, 'x') };
      },
      'B',
    ),
    attack(
      'H07',
      "A's mentor deletes B's profile",
      'mentor',
      'profile',
      async () => {
        const stored = asObject(
          (await server.admin({ method: 'GET', path: docPath(dbB, 'profile') })).body,
        );
        return { method: 'DELETE', path: `${docPath(dbB, 'profile')}?rev=${String(stored._rev)}` };
      },
      'B',
    ),
    attack(
      'H08',
      "community B's leader writes a _local document in A",
      'otherLeader',
      '_local/kopspeks-verify-b',
      function () {
        return put({ _id: this.target, note: 'x' });
      },
    ),
    attack(
      'S01',
      "the leader lets community B's leader into A (_security)",
      'leader',
      '_security',
      () => ({
        method: 'PUT',
        path: `${dbA}/_security`,
        body: {
          admins: { names: [names.leader], roles: [] },
          members: { names: [names.otherLeader], roles: [] },
        },
      }),
    ),
    attack('S02', "a mentor purges the leader's need", 'mentor', ids.need, async () => ({
      method: 'POST',
      path: `${dbA}/_purge`,
      body: { [ids.need]: [await rev(ids.need)] },
    })),
    read('R01', "community B's leader reads A's documents", 'otherLeader', `${dbA}/_all_docs`),
    read('R02', "community B's mentor reads A's need", 'otherMentor', docPath(dbA, ids.need)),
    read('R03', "someone not signed in reads A's changes", 'anonymous', `${dbA}/_changes`),
    read('R04', "A's mentor reads B's profile", 'mentor', docPath(dbB, 'profile')),

    // What CouchDB never shows to validate_doc_update.
    {
      id: 'L01',
      kind: 'unchecked',
      title: 'a mentor writes a _local document (CouchDB does not check these)',
      actor: 'mentor',
      target: '_local/kopspeks-verify',
      request: () => put({ _id: '_local/kopspeks-verify', note: 'x' }),
    },
  ];
}

/** The revisions a document has on the server (its leaves), or what a local document holds. */
async function revisionsOf(server: AttackServer, db: string, id: string): Promise<string> {
  if (id.startsWith('_local/') || id === '_security') {
    const answer = await server.admin({ method: 'GET', path: docPath(db, id) });
    return answer.status === 200 ? JSON.stringify(answer.body) : `${answer.status}`;
  }
  const answer = await server.admin({
    method: 'GET',
    path: `${docPath(db, id)}?open_revs=all`,
    headers: { accept: 'application/json' },
  });
  if (answer.status === 404) return '';
  if (!Array.isArray(answer.body)) return `unreadable ${answer.status}`;
  return (answer.body as Doc[])
    .map((entry) => text(asObject(entry.ok)._rev) || text(asObject(entry).missing) || '?')
    .sort()
    .join(' ');
}

/** What the answer says about the write of `id`: taken, refused, or not said (then the state decides). */
function answerSays(answer: AttackAnswer, id: string): { written: boolean | null; reason: string } {
  const body = answer.body;
  if (Array.isArray(body)) {
    const entries = body.map(asObject).filter((entry) => entry.id === id);
    const refused = entries.find((entry) => typeof entry.error === 'string');
    if (refused)
      return {
        written: false,
        reason: `${text(refused.error)}: ${text(refused.reason)}`,
      };
    if (entries.some((entry) => entry.ok === true || typeof entry.rev === 'string'))
      return { written: answer.status < 300, reason: '' };
    return { written: answer.status < 300 ? null : false, reason: '' };
  }
  const object = asObject(body);
  const reason = [object.error, object.reason]
    .filter((part) => typeof part === 'string')
    .join(': ');
  return { written: answer.status >= 200 && answer.status < 300, reason };
}

/**
 * Runs every check against a server already holding the two communities
 * (with the rules, `_security` and people of `world`), in order, and
 * reports each. `seed` makes this run's documents its own.
 */
export async function runAccessChecks(
  server: AttackServer,
  world: AttackWorld,
  seed: string,
  onOutcome: (outcome: CheckOutcome) => void = () => {},
): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const check of buildChecks(world, server, seed)) {
    const db = `kopspeks-${check.db === 'B' ? world.otherCommunity : world.community}`;
    const request = await check.request.call({ target: check.target });
    let succeeded: boolean;
    let answer: AttackAnswer;
    let reason: string;
    if (check.read) {
      answer = await server.as(check.actor, request);
      succeeded = answer.status >= 200 && answer.status < 300;
      reason = answerSays(answer, '').reason;
    } else {
      const before = await revisionsOf(server, db, check.target);
      answer = await server.as(check.actor, request);
      const after = await revisionsOf(server, db, check.target);
      const says = answerSays(answer, check.target);
      const changed = before !== after;
      reason = says.reason;
      // For an attack either sign of a write counts; a control must show both.
      succeeded =
        check.kind === 'control'
          ? says.written !== false && changed
          : says.written === true || changed;
    }
    const outcome: CheckOutcome = {
      id: check.id,
      kind: check.kind,
      title: check.title,
      succeeded,
      status: answer.status,
      reason,
    };
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  return outcomes;
}

/** One line per check, for people: the verdict first. */
export function formatOutcome(outcome: CheckOutcome): string {
  const verdict =
    outcome.kind === 'unchecked'
      ? outcome.succeeded
        ? 'allowed   '
        : 'refused   '
      : outcome.kind === 'control'
        ? outcome.succeeded
          ? 'allowed   '
          : 'REFUSED!  '
        : outcome.succeeded
          ? 'ACCEPTED! '
          : 'refused   ';
  const why = outcome.reason
    ? ` (${outcome.status} ${outcome.reason.slice(0, 120)})`
    : ` (${outcome.status})`;
  return `${verdict} ${outcome.id.padEnd(4)} ${outcome.title}${outcome.succeeded && outcome.kind === 'attack' ? why : ''}`;
}
