import { foldWithMap, tokensWithPositions } from './fold';

/** A span of the original text, `start` inclusive, `end` exclusive (UTF-16 units). */
export type TextRange = { start: number; end: number };
export type HighlightedText = { text: string; ranges: TextRange[] };

/**
 * Where the query matched in `text`, as ranges of the original text. A word
 * that starts with a query term is marked for the length of that term (the
 * user typed "kopi", "Kopiēna" shows "Kopi" marked); a word the search
 * matched only fuzzily (`fuzzyTerms`, folded) is marked whole.
 */
export function highlightRanges(
  text: string,
  terms: readonly string[],
  fuzzyTerms: readonly string[] = [],
): TextRange[] {
  if (text === '' || (terms.length === 0 && fuzzyTerms.length === 0)) return [];
  const { folded, starts, ends } = foldWithMap(text);
  const fuzzy = new Set(fuzzyTerms);
  const ranges: TextRange[] = [];
  for (const { token, start } of tokensWithPositions(folded)) {
    let length = 0;
    for (const term of terms) {
      if (term.length > length && token.startsWith(term)) length = term.length;
    }
    if (length === 0 && fuzzy.has(token)) length = token.length;
    if (length === 0) continue;
    ranges.push({ start: starts[start]!, end: ends[start + length - 1]! });
  }
  return ranges;
}

const ellipsis = '…';

/**
 * A short excerpt of a long text around its first highlight, with the
 * highlights moved to the excerpt; line breaks become spaces.
 */
export function snippet(
  text: string,
  ranges: readonly TextRange[],
  options: { maxLength?: number; before?: number } = {},
): HighlightedText {
  const maxLength = options.maxLength ?? 160;
  const before = options.before ?? 40;
  const flat = text.replace(/[\n\r\t]/g, ' ');
  if (flat.length <= maxLength) return { text: flat, ranges: [...ranges] };
  let from = 0;
  const first = ranges[0];
  if (first && first.end > maxLength - 10) {
    from = Math.max(0, first.start - before);
    // Start at a word.
    const space = flat.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < first.start) from = space + 1;
  }
  let to = Math.min(flat.length, from + maxLength);
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > from + maxLength / 2) to = space;
  }
  const prefix = from > 0 ? ellipsis : '';
  const shift = prefix.length - from;
  const moved = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  const excerpt = flat.slice(from, to).trimEnd();
  return { text: prefix + excerpt + (to < flat.length ? ellipsis : ''), ranges: moved };
}

/** Splits a highlighted text into plain and marked parts, in order, for rendering. */
export function highlightParts(value: HighlightedText): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const range of [...value.ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    if (range.start > at) parts.push({ text: value.text.slice(at, range.start), marked: false });
    parts.push({ text: value.text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < value.text.length) parts.push({ text: value.text.slice(at), marked: false });
  return parts;
}
