import { describe, expect, it } from 'vitest';
import { communityProfileSchema, emptyCommunityProfile, readCommunityProfile } from './community';
import { validate } from './validation';

describe('community profile validation', () => {
  it('accepts a complete profile and trims it', () => {
    const result = validate(communityProfileSchema, {
      ...emptyCommunityProfile,
      name: '  Jaunolaines kopiena ',
      municipality: 'olaine',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Jaunolaines kopiena',
        municipality: 'olaine',
        neighbourhood: '',
        description: '',
      },
    });
  });

  it('refuses an empty or blank name as required', () => {
    for (const name of ['', '   ']) {
      const result = validate(communityProfileSchema, { ...emptyCommunityProfile, name });
      expect(result).toEqual({ ok: false, errors: { name: { code: 'validation.required' } } });
    }
  });

  it('refuses a name of 10,000 characters as too long, naming the limit', () => {
    const result = validate(communityProfileSchema, {
      ...emptyCommunityProfile,
      name: 'ā'.repeat(10_000),
    });
    expect(result).toEqual({
      ok: false,
      errors: { name: { code: 'validation.tooLong', params: { max: 120 } } },
    });
  });

  it('reports each bad field once', () => {
    const result = validate(communityProfileSchema, {
      name: '',
      municipality: 'riga',
      neighbourhood: 'x'.repeat(500),
      description: 7,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'description',
      'municipality',
      'name',
      'neighbourhood',
    ]);
    expect(result.errors.municipality?.code).toBe('validation.invalid');
  });

  it('reads a damaged synced profile leniently instead of failing', () => {
    expect(
      readCommunityProfile({ name: 'Baloži', municipality: 'mars', description: null }),
    ).toEqual({
      name: 'Baloži',
      municipality: 'other',
      neighbourhood: '',
      description: '',
    });
    expect(readCommunityProfile('garbage').name).toBe('');
  });
});
