import { describe, expect, it } from 'vitest';
import { readLinkedNeed } from './linkedNeed';

describe('readLinkedNeed', () => {
  it('reads title and status, and tolerates anything else', () => {
    expect(readLinkedNeed({ title: 'Apgaismojums', status: 'planned', extra: 1 })).toEqual({
      title: 'Apgaismojums',
      status: 'planned',
    });
    expect(readLinkedNeed({ title: 5, status: 'done' })).toEqual({ title: '', status: null });
    expect(readLinkedNeed(undefined)).toEqual({ title: '', status: null });
  });
});
