/**
 * Latvian-aware folding for search: lower case, without diacritics, so
 * "kopiena" finds "kopiēna" and "Kopiēna" finds "kopiena". Indexed terms and
 * query terms are folded the same way.
 */
const combiningMarks = /\p{M}/gu;

/** "Ķekavas Kopiēna" → "kekavas kopiena". */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(combiningMarks, '');
}

/**
 * Folded text with, for each of its UTF-16 units, the span of the original
 * text it came from: highlights found in the folded text map back onto the
 * original, whether its letters are precomposed ("ē") or decomposed ("e"
 * followed by a combining macron).
 */
export type FoldedText = {
  folded: string;
  /** `starts[i]`: where the original character behind `folded[i]` starts. */
  starts: number[];
  /** `ends[i]`: where it ends, including combining marks that follow it. */
  ends: number[];
};

/** Folded single characters: a workbook uses few distinct letters, each folded once. */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldText(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

export function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let groupStart = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    // ASCII, most of any Latvian text, needs no table.
    if (code < 0x80) {
      groupStart = ends.length;
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!);
      starts.push(i);
      ends.push(i + 1);
      i += 1;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const next = i + char.length;
    const part = foldChar(char);
    if (part === '') {
      // A lone combining mark belongs to the letter before it.
      for (let k = groupStart; k < ends.length; k += 1) ends[k] = next;
    } else {
      groupStart = ends.length;
      parts.push(part);
      for (let k = 0; k < part.length; k += 1) {
        starts.push(i);
        ends.push(next);
      }
    }
    i = next;
  }
  return { folded: parts.join(''), starts, ends };
}

/** Words are split at spaces, line breaks and punctuation (as MiniSearch does by default). */
const separators = /[\n\r\p{Z}\p{P}]+/u;
const word = /[^\n\r\p{Z}\p{P}]+/gu;

export function tokenize(text: string): string[] {
  return text.split(separators).filter(Boolean);
}

/** The words of a text with their positions. */
export function tokensWithPositions(text: string): { token: string; start: number }[] {
  return [...text.matchAll(word)].map((m) => ({ token: m[0], start: m.index }));
}

/** Terms already folded: indexing meets the same words again and again. */
const foldedTerms = new Map<string, string | null>();
const foldedTermsMax = 50_000;

/** A term as indexed and searched: folded; nothing if it folds to nothing. */
export function processTerm(term: string): string | null {
  let folded = foldedTerms.get(term);
  if (folded === undefined) {
    const text = foldText(term);
    folded = text === '' ? null : text;
    if (foldedTerms.size >= foldedTermsMax) foldedTerms.clear();
    foldedTerms.set(term, folded);
  }
  return folded;
}

/** The folded terms of what the user typed, in order. */
export function queryTerms(query: string): string[] {
  return tokenize(query).flatMap((term) => processTerm(term) ?? []);
}
