import { describe, expect, it } from 'vitest';
import { communitiesFromRoles, readsOnly } from './communities';

describe('communitiesFromRoles', () => {
  it('gives each community the highest role the user holds in it', () => {
    expect(
      communitiesFromRoles([
        'kopspeks:coordinator',
        'kopspeks:coordinator:olaine',
        'kopspeks:coordinator:kekava',
        'kopspeks:mentor:kekava',
        'kopspeks:coordinator:marupe',
        'kopspeks:mentor:marupe',
        'kopspeks:leader:marupe',
        '_admin',
        'kopspeks:leader:Bad_Id',
        'kopspeks:owner:olaine',
      ]),
    ).toEqual([
      { communityId: 'kekava', role: 'mentor' },
      { communityId: 'marupe', role: 'leader' },
      { communityId: 'olaine', role: 'coordinator' },
    ]);
  });

  it('leaves a user without community roles with no communities', () => {
    expect(communitiesFromRoles(['kopspeks:coordinator', 'other'])).toEqual([]);
  });

  it('lets only leaders change a workbook', () => {
    expect(readsOnly('leader')).toBe(false);
    expect(readsOnly(null)).toBe(false);
    expect(readsOnly('mentor')).toBe(true);
    expect(readsOnly('coordinator')).toBe(true);
  });
});
