import { describe, expect, it } from 'vitest';
import { parseCount, patchById, withoutId } from './listUpdates';

describe('list updates', () => {
  it('changes and removes one sub-item by id, leaving the rest as they were', () => {
    const list = [
      { id: 'a', done: false },
      { id: 'b', done: false },
    ];
    expect(patchById(list, 'b', { done: true })).toEqual([
      { id: 'a', done: false },
      { id: 'b', done: true },
    ]);
    expect(withoutId(list, 'a')).toEqual([{ id: 'b', done: false }]);
    expect(list[1]!.done).toBe(false);
  });

  it('reads whole numbers within a limit', () => {
    expect(parseCount(' 86 ', 1000)).toBe(86);
    expect(parseCount('5000', 1000)).toBe(1000);
    expect(parseCount('', 1000)).toBeNull();
    expect(parseCount('8,5', 1000)).toBeNull();
    expect(parseCount('-3', 1000)).toBeNull();
  });
});
