import type { ItemType } from '../db/schemas/item.schema';
import { richTextToPlainText } from '../domain/richText';

/** The kinds of document search finds, in the order their groups are listed when scores tie. */
export const searchKinds = [
  'need',
  'assessment',
  'session',
  'action',
  'eventPlan',
  'comment',
] as const;
export type SearchKind = (typeof searchKinds)[number];

/** What search needs of a workbook item: its `items` document, or the parts of it used here. */
export type SearchableItem = {
  id: string;
  communityId: string;
  docId: string;
  type: ItemType;
  archivedAt?: string | null;
  data: unknown;
  _deleted?: boolean;
};

/**
 * One item as the search index sees it: plain text only, rich text already
 * flattened. `title` is what the result shows first, `body` the longer texts
 * (descriptions, notes, reports, comments), `extra` names and places
 * (mentor, assignee, author, area, place).
 */
export type SearchDocument = {
  id: string;
  communityId: string;
  docId: string;
  kind: SearchKind;
  title: string;
  body: string;
  extra: string;
  archived: boolean;
  /** A day (`YYYY-MM-DD`) shown with sessions and assessments; '' for others. */
  date: string;
  /**
   * What the item belongs to, for opening it: a need's assessments (in
   * rating order), an action's session, a comment's target.
   */
  parentIds: string[];
  /** For comments, the kind of item commented on. */
  parentKind?: SearchKind;
};

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(asRecord) : []);
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
/** Non-empty parts, one per line. */
const lines = (...parts: string[]): string =>
  parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');

const isSearchKind = (type: string): type is SearchKind =>
  (searchKinds as readonly string[]).includes(type);

type Fields = Pick<SearchDocument, 'title' | 'body' | 'extra' | 'date' | 'parentIds'> & {
  parentKind?: SearchKind;
};

/** The searchable fields of each kind, read leniently: synced data may not fit. */
const fieldsOf: Record<SearchKind, (data: Raw) => Fields> = {
  need: (d) => ({
    title: str(d.title),
    body: lines(
      str(d.description),
      str(d.proposedSolution),
      ...list(d.quotes).map((q) => str(q.text)),
    ),
    extra: str(d.evidenceSource),
    date: '',
    parentIds: list(d.ratings)
      .map((r) => str(r.assessmentId))
      .filter(Boolean),
  }),
  assessment: (d) => ({
    title: str(d.title),
    body: richTextToPlainText(d.notes),
    extra: str(d.area),
    date: str(d.date),
    parentIds: [],
  }),
  session: (d) => ({
    title: str(d.topics),
    body: richTextToPlainText(d.notes),
    extra: lines(str(d.mentor), str(d.participants)),
    date: str(d.date),
    parentIds: [],
  }),
  action: (d) => ({
    title: str(d.title),
    body: '',
    extra: str(d.assignee),
    date: str(d.dueDate),
    parentIds: ids([d.sessionId]),
  }),
  eventPlan: (d) => {
    const report = asRecord(d.report);
    return {
      title: str(d.title),
      body: lines(
        str(d.goals),
        ...list(d.agenda).map((a) => str(a.title)),
        ...list(d.tasks).map((t) => str(t.title)),
        ...list(d.ideas).map((i) => str(i.text)),
        ...list(d.budget).map((b) => str(b.item)),
        richTextToPlainText(report.results),
        richTextToPlainText(report.worked),
        richTextToPlainText(report.change),
      ),
      extra: lines(
        str(d.place),
        str(d.audience),
        ...list(d.partners).map((p) => str(p.name)),
        ...list(d.agenda).map((a) => str(a.who)),
        ...list(d.tasks).map((t) => str(t.who)),
      ),
      date: str(list(d.days)[0]?.date),
      parentIds: [],
    };
  },
  comment: (d) => {
    const target = str(d.targetType);
    return {
      title: '',
      body: str(d.body),
      extra: str(d.authorName),
      date: str(d.createdAt).slice(0, 10),
      parentIds: ids([d.targetDocId]),
      ...(isSearchKind(target) ? { parentKind: target } : {}),
    };
  },
};

/**
 * The search document of an item, or null for items search does not list:
 * deleted ones and kinds other than the six searched (the community profile).
 * Archived items stay findable and are marked.
 */
export function toSearchDocument(item: SearchableItem): SearchDocument | null {
  if (item._deleted || !isSearchKind(item.type)) return null;
  return {
    id: item.id,
    communityId: item.communityId,
    docId: item.docId,
    kind: item.type,
    archived: Boolean(item.archivedAt),
    ...fieldsOf[item.type](asRecord(item.data)),
  };
}

/** Whether two documents would be indexed the same (other changes need no re-indexing). */
export function sameIndexedText(a: SearchDocument, b: SearchDocument): boolean {
  return a.title === b.title && a.body === b.body && a.extra === b.extra;
}
