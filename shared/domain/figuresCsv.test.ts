import { describe, expect, it } from 'vitest';
import { parseCsv, utf8Bom } from '../export/csv';
import { eventKinds } from './eventPlan';
import { computeFigures, figureKeys, type FigureItem } from './figures';
import { figuresToCsv, type FiguresCsvLabels } from './figuresCsv';

const labels: FiguresCsvLabels = {
  community: 'Kopiena',
  municipality: 'Novads',
  total: 'Kopā',
  noName: 'Bez nosaukuma',
  columns: Object.fromEntries(
    figureKeys.map((key) => [key, `#${key}`]),
  ) as FiguresCsvLabels['columns'],
  municipalities: { marupe: 'Mārupe', olaine: 'Olaine', kekava: 'Ķekava', other: 'Cits' },
  kinds: Object.fromEntries(
    eventKinds.map((kind) => [kind, `kind:${kind}`]),
  ) as FiguresCsvLabels['kinds'],
};

const profile = (communityId: string, name: string, municipality: string): FigureItem => ({
  communityId,
  docId: 'profile',
  type: 'community',
  createdAt: '2026-01-01T12:00:00.000Z',
  archivedAt: null,
  data: { name, municipality },
});

const need = (communityId: string, n: number, status = 'identified'): FigureItem => ({
  communityId,
  docId: `need-${n}`,
  type: 'need',
  createdAt: '2026-01-01T12:00:00.000Z',
  archivedAt: null,
  data: { title: 'x', status },
});

describe('figuresToCsv', () => {
  const figures = computeFigures(
    [
      profile('a', 'Baložu kopiena; "Dārziņi"', 'kekava'),
      profile('b', '=HYPERLINK("http://x")', 'marupe'),
      profile('c', '', 'other'),
      need('a', 1),
      need('a', 2, 'solved'),
      need('b', 3),
    ],
    { today: '2026-06-01' },
  );

  it('writes a header, a row per community and a total row, with a BOM', () => {
    const csv = figuresToCsv(figures, labels);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    const rows = parseCsv(csv, ';');
    expect(rows[0]).toEqual([
      'Kopiena',
      'Novads',
      ...figureKeys.map((key) => `#${key}`),
      ...eventKinds.map((kind) => `kind:${kind}`),
    ]);
    expect(rows).toHaveLength(5);
    const column = rows[0]!.indexOf('#needsIdentified');
    expect(rows.slice(1).map((row) => [row[0], row[1], row[column]])).toEqual([
      [`'=HYPERLINK("http://x")`, 'Mārupe', '1'],
      ['Baložu kopiena; "Dārziņi"', 'Ķekava', '2'],
      ['Bez nosaukuma', 'Cits', '0'],
      ['Kopā', '', '3'],
    ]);
    const solved = rows[0]!.indexOf('#needsSolved');
    expect(rows.map((row) => row[solved])).toEqual(['#needsSolved', '0', '1', '0', '1']);
  });

  it('defuses formulas and quotes separators, with either separator', () => {
    const csv = figuresToCsv(figures, labels, ',');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('Baložu kopiena; ""Dārziņi""');
    const rows = parseCsv(csv, ',');
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });
});
