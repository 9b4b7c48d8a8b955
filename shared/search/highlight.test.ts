import { describe, expect, it } from 'vitest';
import { highlightParts, highlightRanges, snippet } from './highlight';

const marked = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe('highlightRanges', () => {
  it('marks on the original text when the query has no diacritics', () => {
    const text = 'Kopiēnas dārzs pie skolas';
    const ranges = highlightRanges(text, ['kopiena', 'darz']);
    expect(marked(text, ranges)).toEqual(['Kopiēna', 'dārz']);
  });

  it('marks text without diacritics when the query has them (folded)', () => {
    const text = 'kopienas darzs';
    expect(marked(text, highlightRanges(text, ['kopiena']))).toEqual(['kopiena']);
  });

  it('keeps decomposed letters whole', () => {
    const text = 'Se\u0304ta un ie\u0304la';
    const ranges = highlightRanges(text, ['seta', 'iela']);
    expect(marked(text, ranges)).toEqual(['Se\u0304ta', 'ie\u0304la']);
  });

  it('marks the longest matching term, only at word starts', () => {
    const text = 'ūdens apūdeņošana';
    expect(marked(text, highlightRanges(text, ['u', 'ude']))).toEqual(['ūde']);
  });

  it('marks fuzzily matched words whole', () => {
    const text = 'Bērnu laukums';
    expect(marked(text, highlightRanges(text, ['laukumz'], ['laukums']))).toEqual(['laukums']);
  });

  it('marks nothing without terms', () => {
    expect(highlightRanges('Kopiena', [])).toEqual([]);
  });
});

describe('snippet', () => {
  const long = `${'Sākums '.repeat(40)}te ir kopiēna un ${'beigas '.repeat(40)}`;

  it('cuts around the first match and moves the ranges', () => {
    const ranges = highlightRanges(long, ['kopiena']);
    const cut = snippet(long, ranges, { maxLength: 80 });
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(82);
    expect(marked(cut.text, cut.ranges)).toEqual(['kopiēna']);
  });

  it('keeps a short text whole with line breaks as spaces', () => {
    const cut = snippet('Pirmā rinda\notrā', [{ start: 6, end: 11 }]);
    expect(cut).toEqual({ text: 'Pirmā rinda otrā', ranges: [{ start: 6, end: 11 }] });
  });
});

describe('highlightParts', () => {
  it('splits into plain and marked parts', () => {
    expect(highlightParts({ text: 'Liela kopiēna', ranges: [{ start: 6, end: 13 }] })).toEqual([
      { text: 'Liela ', marked: false },
      { text: 'kopiēna', marked: true },
    ]);
  });
});
