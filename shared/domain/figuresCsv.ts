import { toCsv, type CsvCell, type CsvSeparator } from '../export/csv';
import type { Municipality } from './community';
import { eventKinds, type EventKind } from './eventPlan';
import { figureKeys, type FigureKey, type Figures, type ProgrammeFigures } from './figures';

/** The words of the export in the user's language; shared/ knows no translations. */
export type FiguresCsvLabels = {
  community: string;
  municipality: string;
  total: string;
  /** A community without a name. */
  noName: string;
  columns: Record<FigureKey, string>;
  municipalities: Record<Municipality, string>;
  /** Column titles for events held by kind. */
  kinds: Record<EventKind, string>;
};

const cells = (figures: Figures): CsvCell[] => [
  ...figureKeys.map((key) => figures[key]),
  ...eventKinds.map((kind) => figures.eventsByKind[kind]),
];

/**
 * The programme's figures as CSV: one row per community, then the totals.
 * Counts stay plain integers so spreadsheets add them up; names go through
 * `toCsv`, which defuses formulas.
 */
export function figuresToCsv(
  result: ProgrammeFigures,
  labels: FiguresCsvLabels,
  separator: CsvSeparator = ';',
): string {
  const header = [
    labels.community,
    labels.municipality,
    ...figureKeys.map((key) => labels.columns[key]),
    ...eventKinds.map((kind) => labels.kinds[kind]),
  ];
  const rows = result.communities.map((c): CsvCell[] => [
    c.name || labels.noName,
    labels.municipalities[c.municipality],
    ...cells(c.figures),
  ]);
  rows.push([labels.total, '', ...cells(result.total)]);
  return toCsv(header, rows, separator);
}
