import { beforeEach, describe, expect, it } from 'vitest';
import { CouchModel } from './couchModel';

// The model must hand validate_doc_update what CouchDB 3 hands it; these
// tests pin down, request kind by request kind, which oldDoc that is.

type Doc = Record<string, unknown>;
const admin = { name: 'admin', password: 'admin-pw' };
const member = { name: 'liga', password: 'liga-pw' };
const stranger = { name: 'karlis', password: 'karlis-pw' };
const db = 'kopspeks-olaine';

let model: CouchModel;
const as = (
  who: typeof member | null,
  method: string,
  path: string,
  body?: unknown,
  headers = {},
) => model.request(who, method, path, body, headers);
const lastCall = () => model.calls.at(-1)!;
const rev = (answer: { body: unknown }) => (answer.body as { rev: string }).rev;

beforeEach(async () => {
  model = new CouchModel();
  model.addAdmin(admin.name, admin.password);
  model.addUser(member.name, member.password, ['kopspeks:leader:olaine']);
  model.addUser(stranger.name, stranger.password, ['kopspeks:leader:kekava']);
  model.createDatabase(db, {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['kopspeks:leader:olaine'] },
  });
  // A rule that records its calls and refuses documents asking for it.
  const rules = {
    _id: '_design/record',
    validate_doc_update:
      'function (newDoc) { if (newDoc.refuse === true) throw({ forbidden: "asked to" }); }',
  };
  expect((await as(admin, 'PUT', `${db}/_design/record`, rules)).status).toBe(201);
  model.calls.length = 0;
});

async function leaves(id: string): Promise<Doc[]> {
  const answer = await as(admin, 'GET', `${db}/${id}?open_revs=all`);
  return (answer.body as { ok: Doc }[]).map((entry) => entry.ok);
}

describe('which oldDoc CouchDB 3 gives validate_doc_update', () => {
  it('a new document: null; an update naming a leaf: that leaf; a stale _rev: a conflict', async () => {
    const first = await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    expect(first.status).toBe(201);
    expect(lastCall().oldDoc).toBeNull();
    const second = await as(member, 'PUT', `${db}/need-1`, { a: 2, _rev: rev(first) });
    expect(lastCall().oldDoc).toMatchObject({ _id: 'need-1', _rev: rev(first), a: 1 });
    expect(lastCall().newDoc).toMatchObject({ _id: 'need-1', _rev: rev(first), a: 2 });
    const calls = model.calls.length;
    expect((await as(member, 'PUT', `${db}/need-1`, { a: 3, _rev: rev(first) })).status).toBe(409);
    expect((await as(member, 'PUT', `${db}/need-1`, { a: 3 })).status).toBe(409);
    expect(model.calls.length).toBe(calls);
    expect(rev(second)).toMatch(/^2-/);
  });

  it('DELETE: a body of only _id, _rev and _deleted, over the current revision', async () => {
    const first = await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    const deleted = await as(member, 'DELETE', `${db}/need-1?rev=${rev(first)}`);
    expect(deleted.status).toBe(201);
    expect(lastCall().newDoc).toEqual({
      _id: 'need-1',
      _rev: rev(first),
      _deleted: true,
      _revisions: { start: 1, ids: [rev(first).slice(2)] },
    });
    expect(lastCall().oldDoc).toMatchObject({ a: 1 });
    expect((await as(member, 'DELETE', `${db}/need-1?rev=${rev(deleted)}`)).status).toBe(404);
  });

  it('over a tombstone: null without _rev (continuing the deleted branch), the tombstone with it', async () => {
    const first = await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    const deleted = await as(member, 'PUT', `${db}/need-1`, {
      _rev: rev(first),
      _deleted: true,
      kept: 'body',
    });
    const again = await as(member, 'PUT', `${db}/need-1`, { a: 2 });
    expect(again.status).toBe(201);
    expect(lastCall().oldDoc).toBeNull();
    expect(rev(again)).toMatch(/^3-/);
    // A write naming the tombstone gets the tombstone, body and all.
    const onTombstone = await as(member, 'PUT', `${db}/need-2`, { a: 1 });
    const gone = await as(member, 'PUT', `${db}/need-2`, {
      _rev: rev(onTombstone),
      _deleted: true,
      kept: 'x',
    });
    await as(member, 'PUT', `${db}/need-2`, { a: 3, _rev: rev(gone) });
    expect(lastCall().oldDoc).toMatchObject({ _deleted: true, kept: 'x', _rev: rev(gone) });
    expect(rev(deleted)).toMatch(/^2-/);
  });

  it('new_edits:false without an ancestor on the server: null, and the branch may win', async () => {
    await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    const answer = await as(member, 'POST', `${db}/_bulk_docs`, {
      new_edits: false,
      docs: [{ _id: 'need-1', _rev: '999-abc', _revisions: { start: 999, ids: ['abc'] }, b: 1 }],
    });
    expect(answer).toEqual({ status: 201, body: [] });
    expect(lastCall().oldDoc).toBeNull();
    const winner = await as(admin, 'GET', `${db}/need-1`);
    expect(winner.body).toMatchObject({ _rev: '999-abc', b: 1 });
    expect(await leaves('need-1')).toHaveLength(2);
  });

  it('new_edits:false with an ancestor: the nearest one whose body the server still has', async () => {
    const first = await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    const [pos, hash] = rev(first).split('-');
    await as(member, 'PUT', `${db}/need-1?new_edits=false`, {
      _rev: '2-child',
      _revisions: { start: 2, ids: ['child', hash] },
      a: 2,
    });
    expect(lastCall().oldDoc).toMatchObject({ _rev: `${pos}-${hash}`, a: 1 });
    // After compaction only leaves keep a body: a branch off the first revision has none.
    model.compact(db);
    await as(member, 'POST', `${db}/_bulk_docs`, {
      new_edits: false,
      docs: [{ _id: 'need-1', _revisions: { start: 2, ids: ['other', hash] }, a: 3 }],
    });
    expect(lastCall().oldDoc).toBeNull();
    // A revision the server has already is ignored, not validated.
    const calls = model.calls.length;
    await as(member, 'POST', `${db}/_bulk_docs`, {
      new_edits: false,
      docs: [{ _id: 'need-1', _revisions: { start: 2, ids: ['child', hash] }, a: 9 }],
    });
    expect(model.calls.length).toBe(calls);
    // Without a rev, new_edits:false is a bad request.
    const bad = await as(member, 'POST', `${db}/_bulk_docs`, {
      new_edits: false,
      docs: [{ _id: 'need-1' }],
    });
    expect(bad.status).toBe(400);
  });

  it('all_or_nothing: null without _rev or with an unknown one, written as a conflicting branch', async () => {
    await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    const answer = await as(member, 'POST', `${db}/_bulk_docs`, {
      all_or_nothing: true,
      docs: [{ _id: 'need-1', a: 2 }],
    });
    expect(answer.status).toBe(201);
    expect(lastCall().oldDoc).toBeNull();
    await as(member, 'POST', `${db}/_bulk_docs`, {
      all_or_nothing: true,
      docs: [{ _id: 'need-1', _rev: '7-made', a: 3 }],
    });
    expect(lastCall().oldDoc).toBeNull();
    expect(await leaves('need-1')).toHaveLength(3);
    // One refusal writes none of the batch.
    const refused = await as(member, 'POST', `${db}/_bulk_docs`, {
      all_or_nothing: true,
      docs: [
        { _id: 'need-2', a: 1 },
        { _id: 'need-3', refuse: true },
      ],
    });
    expect(refused.status).toBe(417);
    expect((await as(admin, 'GET', `${db}/need-2`)).status).toBe(404);
  });

  it('attachments reach the rules as stubs; a new attachment on a missing document creates it', async () => {
    const first = await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    await as(member, 'PUT', `${db}/need-1/file.txt?rev=${rev(first)}`, 'hello', {
      'content-type': 'text/plain',
    });
    expect(lastCall().newDoc).toMatchObject({
      a: 1,
      _attachments: { 'file.txt': { content_type: 'text/plain', stub: true, length: 5 } },
    });
    expect(lastCall().oldDoc).toMatchObject({ a: 1 });
    await as(member, 'PUT', `${db}/need-9/file.txt`, 'x');
    expect(lastCall().newDoc).toMatchObject({ _id: 'need-9', _attachments: {} });
    expect(lastCall().oldDoc).toBeNull();
    await as(member, 'PUT', `${db}/need-8`, {
      _attachments: { 'a.txt': { content_type: 'text/plain', data: 'aGVsbG8=' } },
    });
    expect(lastCall().newDoc._attachments).toEqual({
      'a.txt': expect.objectContaining({ stub: true, length: 5 }) as unknown,
    });
  });

  it('COPY: the source body under the target id, over the target revision named', async () => {
    await as(member, 'PUT', `${db}/comment-1`, { text: 'mine' });
    const target = await as(member, 'PUT', `${db}/need-1`, { a: 1 });
    await as(member, 'COPY', `${db}/comment-1`, undefined, {
      destination: `need-1?rev=${rev(target)}`,
    });
    expect(lastCall().newDoc).toMatchObject({ _id: 'need-1', text: 'mine', _rev: rev(target) });
    expect(lastCall().oldDoc).toMatchObject({ a: 1 });
    await as(member, 'COPY', `${db}/comment-1`, undefined, { destination: 'need-2' });
    expect(lastCall().oldDoc).toBeNull();
  });

  it('never validates _local documents; design documents, _security and _purge only for admins', async () => {
    const calls = model.calls.length;
    expect((await as(member, 'PUT', `${db}/_local/x`, { refuse: true })).status).toBe(201);
    expect((await as(member, 'PUT', `${db}/_design/mine`, { views: {} })).status).toBe(403);
    expect(model.calls.length).toBe(calls);
    // _security and _purge are a db admin's.
    expect((await as(member, 'PUT', `${db}/_security`, {})).status).toBe(403);
    expect((await as(member, 'GET', `${db}/_security`)).status).toBe(200);
    expect((await as(member, 'POST', `${db}/_purge`, { 'need-1': ['1-a'] })).status).toBe(403);
  });

  it('turns away strangers before any rule runs; refusals carry their reason', async () => {
    expect((await as(stranger, 'PUT', `${db}/need-1`, { a: 1 })).status).toBe(403);
    expect((await as(null, 'GET', `${db}/need-1`)).status).toBe(401);
    const refused = await as(member, 'PUT', `${db}/need-1`, { refuse: true });
    expect(refused).toEqual({ status: 403, body: { error: 'forbidden', reason: 'asked to' } });
    expect(model.crashes).toEqual([]);
  });

  it('records a rule that crashes instead of refusing', async () => {
    const crashing = { _id: '_design/crash', validate_doc_update: 'function (d) { d.x.y = 1; }' };
    await as(admin, 'PUT', `${db}/_design/crash`, crashing);
    expect((await as(member, 'PUT', `${db}/need-1`, { a: 1 })).status).toBe(500);
    expect(model.crashes).toHaveLength(1);
  });

  it('refuses special fields CouchDB refuses, and drops the ones it ignores', async () => {
    expect((await as(member, 'PUT', `${db}/need-1`, { _evil: 1 })).status).toBe(400);
    await as(member, 'PUT', `${db}/need-1`, { _conflicts: ['1-x'], _access: ['y'], a: 1 });
    expect(lastCall().newDoc).toEqual({ _id: 'need-1', _access: ['y'], a: 1 });
    expect((await as(member, 'PUT', `${db}/_bad`, { a: 1 })).status).toBe(400);
  });
});
