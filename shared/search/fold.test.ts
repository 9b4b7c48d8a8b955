import { describe, expect, it } from 'vitest';
import { foldText, foldWithMap, processTerm, queryTerms, tokenize } from './fold';

describe('foldText', () => {
  it('drops Latvian diacritics and lower-cases', () => {
    expect(foldText('Ķekavas Kopiēna: ŠĶŪNIS, ģērbtuve, ļoti čaklā žūrija')).toBe(
      'kekavas kopiena: skunis, gerbtuve, loti cakla zurija',
    );
  });

  it('folds decomposed letters the same as precomposed ones', () => {
    expect(foldText('kopie\u0304na')).toBe(foldText('kopiēna'));
  });
});

describe('foldWithMap', () => {
  it('maps each folded letter back to the original letter', () => {
    const { folded, starts, ends } = foldWithMap('Ēna');
    expect(folded).toBe('ena');
    expect(starts).toEqual([0, 1, 2]);
    expect(ends).toEqual([1, 2, 3]);
  });

  it('keeps a combining mark with the letter before it', () => {
    const text = 'ke\u0304ks';
    const { folded, starts, ends } = foldWithMap(text);
    expect(folded).toBe('keks');
    expect(text.slice(starts[1], ends[1])).toBe('e\u0304');
    expect(starts[2]).toBe(3);
  });

  it('handles characters outside the basic plane', () => {
    const { folded, starts } = foldWithMap('🌳 Āra');
    expect(folded).toBe('🌳 ara');
    expect(starts[3]).toBe(3);
  });
});

describe('terms', () => {
  it('splits at spaces and punctuation', () => {
    expect(tokenize('Soliņi, apgaismojums; bērnu-laukums!')).toEqual([
      'Soliņi',
      'apgaismojums',
      'bērnu',
      'laukums',
    ]);
  });

  it('processes a term into its folded form, nothing for a lone mark', () => {
    expect(processTerm('Sētā')).toBe('seta');
    expect(processTerm('\u0304')).toBeNull();
    expect(queryTerms('  Kopiēnas  sapulce ')).toEqual(['kopienas', 'sapulce']);
  });
});
