import { describe, expect, it } from 'vitest';
import type { ItemDoc } from '../db/schemas/item.schema';
import { resolveDeletionConflict, resolveFieldConflict } from './resolve';

const base: ItemDoc = {
  id: 'c|need-1',
  communityId: 'c',
  docId: 'need-1',
  type: 'need',
  dataVersion: 0,
  createdAt: 'x',
  updatedAt: 'x',
  data: { title: 'Mūsu', tasks: [{ id: 'a', title: 'Mūsu uzdevums' }] },
  conflict: {
    detectedAt: 'x',
    fields: [
      { path: 'data.title', ours: 'Mūsu', theirs: 'Viņu' },
      {
        path: 'data.tasks#a',
        ours: { id: 'a', title: 'Mūsu uzdevums' },
        theirs: { id: 'a', title: 'Viņu uzdevums' },
      },
    ],
  },
};

describe('resolving conflicts', () => {
  it('keeps theirs for one field and leaves the others open', () => {
    const resolved = resolveFieldConflict(base, 'data.title', { keep: 'theirs' });
    expect(resolved.data.title).toBe('Viņu');
    expect(resolved.conflict?.fields.map((f) => f.path)).toEqual(['data.tasks#a']);
  });

  it('takes a combined value and closes the conflict when none is left', () => {
    const once = resolveFieldConflict(base, 'data.tasks#a', { keep: 'theirs' });
    expect(once.data.tasks).toEqual([{ id: 'a', title: 'Viņu uzdevums' }]);
    const twice = resolveFieldConflict(once, 'data.title', { value: 'Mūsu un viņu' });
    expect(twice.data.title).toBe('Mūsu un viņu');
    expect(twice.conflict).toBeNull();
  });

  it('settles an edit that met a deletion', () => {
    const doc: ItemDoc = {
      ...base,
      conflict: { detectedAt: 'x', fields: [], deletedElsewhere: true },
    };
    expect(resolveDeletionConflict(doc, true)?.conflict).toBeNull();
    expect(resolveDeletionConflict(doc, false)).toBeNull();
  });
});
