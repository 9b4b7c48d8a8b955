import { describe, expect, it } from 'vitest';
import { mergeItem, sameContent, type SyncedItem } from './merge';

const now = '2026-11-26T10:00:00.000Z';

function item(data: Record<string, unknown>, extra: Partial<SyncedItem> = {}): SyncedItem {
  return {
    id: 'c1|need-1',
    communityId: 'c1',
    docId: 'need-1',
    type: 'need',
    dataVersion: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    archivedAt: null,
    data,
    _deleted: false,
    ...extra,
  };
}

describe('mergeItem', () => {
  it('merges edits of different fields without asking', () => {
    const base = item({ title: 'Parks', status: 'identified', urgency: 3 });
    const theirs = item(
      { title: 'Parks', status: 'planned', urgency: 3 },
      { updatedAt: '2026-11-02T00:00:00.000Z' },
    );
    const ours = item(
      { title: 'Ciema parks', status: 'identified', urgency: 3 },
      { updatedAt: '2026-11-03T00:00:00.000Z' },
    );
    const merged = mergeItem(base, theirs, ours, now);
    expect(merged.data).toEqual({ title: 'Ciema parks', status: 'planned', urgency: 3 });
    expect(merged.conflict).toBeNull();
    expect(merged.updatedAt).toBe('2026-11-03T00:00:00.000Z');
  });

  it('keeps both versions when both sides changed the same field', () => {
    const base = item({ title: 'Parks', notes: { type: 'doc', content: [] } });
    const theirsNotes = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Viņu' }] }],
    };
    const oursNotes = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mūsu' }] }],
    };
    const merged = mergeItem(
      base,
      item({ title: 'Parks', notes: theirsNotes }),
      item({ title: 'Parks', notes: oursNotes }),
      now,
    );
    expect(merged.data.notes).toEqual(oursNotes);
    expect(merged.conflict).toEqual({
      detectedAt: now,
      fields: [{ path: 'data.notes', ours: oursNotes, theirs: theirsNotes }],
    });
  });

  it('merges lists of entries entry by entry', () => {
    const base = item({
      tasks: [
        { id: 'a', done: false },
        { id: 'b', done: false },
      ],
    });
    const theirs = item({
      tasks: [
        { id: 'a', done: true },
        { id: 'b', done: false },
        { id: 'c', done: false },
      ],
    });
    const ours = item({
      tasks: [
        { id: 'a', done: false },
        { id: 'd', done: false },
      ],
    });
    const merged = mergeItem(base, theirs, ours, now);
    // a: done there; b: removed here; c: added there; d: added here.
    expect(merged.data.tasks).toEqual([
      { id: 'a', done: true },
      { id: 'c', done: false },
      { id: 'd', done: false },
    ]);
    expect(merged.conflict).toBeNull();
  });

  it('reports an entry changed on both sides', () => {
    const base = item({ tasks: [{ id: 'a', title: 'Zvanīt' }] });
    const merged = mergeItem(
      base,
      item({ tasks: [{ id: 'a', title: 'Rakstīt' }] }),
      item({ tasks: [{ id: 'a', title: 'Tikties' }] }),
      now,
    );
    expect(merged.data.tasks).toEqual([{ id: 'a', title: 'Tikties' }]);
    expect(merged.conflict?.fields).toEqual([
      {
        path: 'data.tasks#a',
        ours: { id: 'a', title: 'Tikties' },
        theirs: { id: 'a', title: 'Rakstīt' },
      },
    ]);
  });

  it('never lets a deletion elsewhere drop our edit', () => {
    const base = item({ title: 'Parks' });
    const merged = mergeItem(
      base,
      { ...base, _deleted: true },
      item({ title: 'Parks ar soliņiem' }),
      now,
    );
    expect(merged._deleted).toBe(false);
    expect(merged.data.title).toBe('Parks ar soliņiem');
    expect(merged.conflict?.deletedElsewhere).toBe(true);
  });

  it('accepts a deletion elsewhere when we did not edit', () => {
    const base = item({ title: 'Parks' });
    expect(mergeItem(base, { ...base, _deleted: true }, { ...base }, now)._deleted).toBe(true);
  });

  it('never lets our deletion drop their edit, and never resurrects silently', () => {
    const base = item({ title: 'Parks' });
    const theirs = item({ title: 'Parks un laukums' });
    const merged = mergeItem(base, theirs, { ...base, _deleted: true }, now);
    expect(merged._deleted).toBe(false);
    expect(merged.data.title).toBe('Parks un laukums');
    expect(merged.conflict?.deletedHere).toBe(true);
    // Unchanged there: our deletion stands.
    expect(mergeItem(base, base, { ...base, _deleted: true }, now)._deleted).toBe(true);
  });

  it('writes their edit back without their signature: the server takes updatedBy only from its writer', () => {
    const base = item({ title: 'Parks' });
    const theirs = { ...item({ title: 'Parks un laukums' }), updatedBy: 'peteris' };
    const merged = mergeItem(base, theirs, { ...base, updatedBy: 'liga', _deleted: true }, now);
    expect(merged.data.title).toBe('Parks un laukums');
    expect('updatedBy' in merged).toBe(false);
  });

  it('keeps every version when a third client meets a conflict it has not seen', () => {
    // C pushed c; B merged b with it; A, offline all along with a, merges last.
    const base = item({ title: 't0' });
    const theirs = item(
      { title: 'b' },
      { conflict: { detectedAt: now, fields: [{ path: 'data.title', ours: 'b', theirs: 'c' }] } },
    );
    const merged = mergeItem(base, theirs, item({ title: 'a' }), now);
    expect(merged.data.title).toBe('a');
    const versions = merged.conflict?.fields
      .filter((f) => f.path === 'data.title')
      .flatMap((f) => [f.ours, f.theirs]);
    expect(new Set(versions)).toEqual(new Set(['a', 'b', 'c']));
    // Both sides' open conflicts on one path are kept too, not one over the other.
    const both = mergeItem(
      base,
      item(
        { title: 'b' },
        { conflict: { detectedAt: now, fields: [{ path: 'data.title', ours: 'b', theirs: 'c' }] } },
      ),
      item(
        { title: 'a' },
        { conflict: { detectedAt: now, fields: [{ path: 'data.title', ours: 'a', theirs: 'd' }] } },
      ),
      now,
    );
    expect(new Set(both.conflict?.fields.flatMap((f) => [f.ours, f.theirs]))).toEqual(
      new Set(['a', 'b', 'c', 'd']),
    );
    // An entry whose versions a newer one holds is not repeated.
    const again = mergeItem(
      base,
      item(
        { title: 'b' },
        { conflict: { detectedAt: now, fields: [{ path: 'data.title', ours: 'b', theirs: 'a' }] } },
      ),
      item({ title: 'a' }),
      now,
    );
    expect(again.conflict?.fields).toEqual([{ path: 'data.title', ours: 'a', theirs: 'b' }]);
  });

  it('treats a missing ancestor as: every differing field is a conflict', () => {
    const merged = mergeItem(undefined, item({ a: 1, b: 2 }), item({ a: 1, b: 3 }), now);
    expect(merged.conflict?.fields).toEqual([{ path: 'data.b', ours: 3, theirs: 2 }]);
  });

  it('lets a resolution made on one side stand', () => {
    const conflict = { detectedAt: now, fields: [{ path: 'data.b', ours: 3, theirs: 2 }] };
    const base = item({ b: 3 }, { conflict });
    const theirs = item({ b: 3, c: 1 }, { conflict });
    const ours = item({ b: 2 }, { conflict: null });
    const merged = mergeItem(base, theirs, ours, now);
    expect(merged.conflict).toBeNull();
    expect(merged.data).toEqual({ b: 2, c: 1 });
  });

  it('compares content, not bookkeeping', () => {
    expect(
      sameContent(item({ a: 1 }, { updatedAt: 'x' }), item({ a: 1 }, { updatedAt: 'y' })),
    ).toBe(true);
    expect(sameContent(item({ a: 1 }), item({ a: 2 }))).toBe(false);
  });
});
