import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { processTerm, queryTerms, tokenize } from './fold';
import { highlightRanges, snippet, type HighlightedText } from './highlight';
import {
  sameIndexedText,
  searchKinds,
  toSearchDocument,
  type SearchableItem,
  type SearchDocument,
  type SearchKind,
} from './searchDocument';

export type SearchHit = {
  doc: SearchDocument;
  score: number;
  /** The title with the matches marked. */
  title: HighlightedText;
  /** An excerpt of the body around its first match, or its start when the title is empty. */
  excerpt: HighlightedText | null;
};

export type SearchGroup = {
  kind: SearchKind;
  hits: SearchHit[];
  /** How many of this kind matched, including those not in `hits`. */
  total: number;
};

/** Archived items are found, after the current ones. */
const archivedBoost = 0.5;

/**
 * A little fuzziness for longer words only: one typo from five letters, two
 * from nine. Short words (and words being typed) match by prefix.
 */
function fuzziness(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

/**
 * A word of one or two letters, as the user starts typing it, would match
 * by prefix most words of every text: it matches the starts of words in
 * titles, names and places only, and whole words anywhere. From the third
 * letter on, a word matches by prefix everywhere.
 */
const shortTerm = 3;

function termQuery(term: string): Query {
  if (term.length >= shortTerm) return term;
  return {
    combineWith: 'OR',
    queries: [
      { queries: [term], fields: ['title', 'extra'], prefix: true, fuzzy: false },
      { queries: [term], prefix: false, fuzzy: false },
    ],
  };
}

/**
 * The search index of one workbook's items (MiniSearch), kept up to date
 * item by item: `upsert` a new or changed item, `remove` a deleted one.
 */
export class WorkbookSearchIndex {
  private readonly docs = new Map<string, SearchDocument>();
  private readonly byDocId = new Map<string, string>();
  private readonly mini: MiniSearch<SearchDocument>;

  constructor() {
    this.mini = new MiniSearch<SearchDocument>({
      idField: 'id',
      fields: ['title', 'body', 'extra'],
      storeFields: [],
      tokenize,
      processTerm,
      searchOptions: {
        boost: { title: 3, extra: 1.2 },
        prefix: true,
        fuzzy: fuzziness,
        combineWith: 'AND',
        boostDocument: (id: string) => (this.docs.get(id)?.archived ? archivedBoost : 1),
      },
    });
  }

  get size(): number {
    return this.docs.size;
  }

  /** The indexed document of an item in this workbook, by its docId. */
  findByDocId(docId: string): SearchDocument | undefined {
    const id = this.byDocId.get(docId);
    return id === undefined ? undefined : this.docs.get(id);
  }

  /**
   * Adds, replaces or (for a deleted or unsearchable item) removes one item.
   * Returns whether anything search shows changed.
   */
  upsert(item: SearchableItem): boolean {
    const next = toSearchDocument(item);
    if (!next) return this.remove(item.id);
    const previous = this.docs.get(item.id);
    this.docs.set(next.id, next);
    this.byDocId.set(next.docId, next.id);
    if (!previous) {
      this.mini.add(next);
      return true;
    }
    if (!sameIndexedText(previous, next)) {
      // `remove` needs the fields as they were indexed: the stored document has them.
      this.mini.remove(previous);
      this.mini.add(next);
      return true;
    }
    return (
      previous.archived !== next.archived ||
      previous.date !== next.date ||
      previous.parentKind !== next.parentKind ||
      previous.parentIds.join('\n') !== next.parentIds.join('\n')
    );
  }

  /** Forgets an item (deleted here or elsewhere). Returns whether it was indexed. */
  remove(id: string): boolean {
    const previous = this.docs.get(id);
    if (!previous) return false;
    this.mini.remove(previous);
    this.docs.delete(id);
    if (this.byDocId.get(previous.docId) === id) this.byDocId.delete(previous.docId);
    return true;
  }

  /** Adds many items at once (the first build). */
  addAll(items: Iterable<SearchableItem>): void {
    for (const item of items) this.upsert(item);
  }

  /**
   * Finds items matching every word of `query` (the last one as typed so
   * far), grouped by kind; groups ordered by their best hit, at most
   * `perKind` hits each with the matches marked.
   */
  search(query: string, options: { perKind?: number } = {}): SearchGroup[] {
    const perKind = options.perKind ?? 5;
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const results = this.mini.search({ combineWith: 'AND', queries: terms.map(termQuery) });
    const groups = new Map<SearchKind, SearchGroup>();
    for (const result of results) {
      const doc = this.docs.get(result.id as string);
      if (!doc) continue;
      let group = groups.get(doc.kind);
      if (!group) {
        group = { kind: doc.kind, hits: [], total: 0 };
        groups.set(doc.kind, group);
      }
      group.total += 1;
      if (group.hits.length < perKind) group.hits.push(hitOf(doc, result, terms));
    }
    return [...groups.values()].sort(
      (a, b) =>
        b.hits[0]!.score - a.hits[0]!.score ||
        searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind),
    );
  }
}

function hitOf(doc: SearchDocument, result: SearchResult, terms: string[]): SearchHit {
  // Index terms matched by a typo rather than by prefix: marked as whole words.
  const fuzzy = result.terms.filter((term) => !terms.some((q) => term.startsWith(q)));
  const title = { text: doc.title, ranges: highlightRanges(doc.title, terms, fuzzy) };
  const bodyRanges = doc.body ? highlightRanges(doc.body, terms, fuzzy) : [];
  const extraRanges = doc.extra ? highlightRanges(doc.extra, terms, fuzzy) : [];
  let excerpt: HighlightedText | null = null;
  if (bodyRanges.length > 0 || (doc.body && title.text === ''))
    excerpt = snippet(doc.body, bodyRanges);
  else if (extraRanges.length > 0 && title.ranges.length === 0)
    excerpt = snippet(doc.extra, extraRanges);
  return { doc, score: result.score, title, excerpt };
}
