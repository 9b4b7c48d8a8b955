import { describe, expect, it } from 'vitest';
import { parseCsv, utf8Bom } from '../export/csv';
import { readNeed } from './need';
import { needsToCsv, needCsvColumns, type NeedCsvLabels } from './needCsv';
import { defaultNeedWeights, rankNeeds } from './needScore';

const labels: NeedCsvLabels = {
  columns: Object.fromEntries(
    needCsvColumns.map((c) => [c, `Kolonna ${c}`]),
  ) as NeedCsvLabels['columns'],
  category: {
    infrastructure: 'Infrastruktūra',
    environment: 'Vide',
    safety: 'Drošība',
    social: 'Sociālā joma',
    culture: 'Kultūra un brīvais laiks',
    youth: 'Jaunieši',
    seniors: 'Seniori',
    information: 'Informācija',
    other: 'Cits',
  },
  status: {
    identified: 'Apzināta',
    planned: 'Plānota',
    inProgress: 'Top',
    solved: 'Atrisināta',
    dropped: 'Atmesta',
  },
  solver: { community: 'Kopiena', municipality: 'Pašvaldība', partner: 'Partneris' },
  number: (value) => value.toLocaleString('lv-LV'),
};

const ranked = rankNeeds(
  [
    {
      docId: 'need-1',
      createdAt: '',
      need: {
        ...readNeed({
          title: 'Ielu apgaismojums; Ķekavā',
          description: 'Vakaros "tumšs"\nun bīstami',
          category: 'safety',
          status: 'solved',
          solver: 'municipality',
          quotes: [
            { id: 'q1', text: 'Bērni iet uz skolu tumsā' },
            { id: 'q2', text: 'Žēl, ka, nav gaismas' },
          ],
        }),
        ratings: [
          {
            assessmentId: 'a1',
            urgency: 5,
            impact: 4,
            feasibility: 2,
            residentsAffected: 120,
            votes: 7,
          },
        ],
      },
    },
  ],
  defaultNeedWeights,
  new Map([['a1', 0]]),
);

describe('needsToCsv', () => {
  it('writes a BOM, a translated header and Latvian letters as they are', () => {
    const csv = needsToCsv(ranked, labels);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(csv).toContain('Kolonna rank;Kolonna title;');
    expect(csv).toContain('Drošība;Atrisināta;');
    expect(csv).toContain('Pašvaldība');
  });

  it('round-trips separators, quotes and newlines inside fields with either separator', () => {
    for (const separator of [';', ','] as const) {
      const rows = parseCsv(needsToCsv(ranked, labels, separator), separator);
      expect(rows).toHaveLength(2);
      const row = Object.fromEntries(needCsvColumns.map((c, i) => [c, rows[1]![i]]));
      expect(row).toMatchObject({
        rank: '1',
        title: 'Ielu apgaismojums; Ķekavā',
        description: 'Vakaros "tumšs"\nun bīstami',
        quotes: 'Bērni iet uz skolu tumsā\nŽēl, ka, nav gaismas',
        urgency: '5',
        votes: '7',
      });
      expect(row.score).toBe(labels.number(ranked[0]!.score));
    }
  });

  it('quotes a decimal comma when the separator is a comma', () => {
    const csv = needsToCsv(ranked, labels, ',');
    expect(ranked[0]!.score % 1).not.toBe(0);
    expect(csv).toContain(`"${labels.number(ranked[0]!.score)}"`);
  });
});
