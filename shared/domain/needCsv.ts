import { toCsv, type CsvCell, type CsvSeparator } from '../export/csv';
import type { NeedCategory, NeedSolver, NeedStatus } from './need';
import type { RankedNeed } from './needScore';

export const needCsvColumns = [
  'rank',
  'title',
  'category',
  'status',
  'score',
  'urgency',
  'impact',
  'feasibility',
  'residents',
  'votes',
  'solver',
  'description',
  'proposedSolution',
  'evidenceSource',
  'quotes',
] as const;
export type NeedCsvColumn = (typeof needCsvColumns)[number];

/** The words of the export in the user's language; shared/ knows no translations. */
export type NeedCsvLabels = {
  columns: Record<NeedCsvColumn, string>;
  category: Record<NeedCategory, string>;
  status: Record<NeedStatus, string>;
  solver: Record<NeedSolver, string>;
  /** Formats the score, e.g. with a decimal comma in Latvian. */
  number: (value: number) => string;
};

/**
 * The ranked needs as CSV: UTF-8 with a BOM, one row per need, quotes one
 * per line inside their cell.
 */
export function needsToCsv(
  needs: readonly RankedNeed[],
  labels: NeedCsvLabels,
  separator: CsvSeparator = ';',
): string {
  const header = needCsvColumns.map((c) => labels.columns[c]);
  const rows = needs.map((n): CsvCell[] => [
    n.rank,
    n.need.title,
    labels.category[n.need.category],
    labels.status[n.need.status],
    labels.number(n.score),
    n.rating?.urgency,
    n.rating?.impact,
    n.rating?.feasibility,
    n.rating?.residentsAffected,
    n.rating?.votes,
    labels.solver[n.need.solver],
    n.need.description,
    n.need.proposedSolution,
    n.need.evidenceSource,
    n.need.quotes.map((q) => q.text).join('\n'),
  ]);
  return toCsv(header, rows, separator);
}
