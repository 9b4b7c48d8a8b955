import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, utf8Bom } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and keeps Latvian letters as they are', () => {
    const csv = toCsv(['Nosaukums', 'Novads'], [['Ķekavas ģimenes', 'Mārupe']]);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(csv).toBe(`${utf8Bom}Nosaukums;Novads\r\nĶekavas ģimenes;Mārupe\r\n`);
  });

  it('quotes separators, quotes and line breaks inside fields', () => {
    const rows = [['a;b', 'say "hi"', 'line1\nline2', 'x,y']];
    expect(toCsv(['1', '2', '3', '4'], rows, ';')).toBe(
      `${utf8Bom}1;2;3;4\r\n"a;b";"say ""hi""";"line1\nline2";x,y\r\n`,
    );
    expect(toCsv(['1'], [['x,y']], ',')).toBe(`${utf8Bom}1\r\n"x,y"\r\n`);
  });

  it('writes numbers and empty cells plainly', () => {
    expect(
      toCsv(
        ['n', 'e'],
        [
          [4.5, null],
          [0, undefined],
        ],
        ',',
      ),
    ).toBe(`${utf8Bom}n,e\r\n4.5,\r\n0,\r\n`);
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['f'], [['=HYPERLINK("x")'], ['-1+1'], ['@SUM(A1)']], ',')).toBe(
      `${utf8Bom}f\r\n"'=HYPERLINK(""x"")"\r\n'-1+1\r\n'@SUM(A1)\r\n`,
    );
  });

  it('round-trips through parseCsv with either separator', () => {
    const header = ['Vajadzība', 'Citāts'];
    const rows = [
      ['Apgaismojums; parkā', 'Iedzīvotāja teiktais: "tumšs"\nun bīstami'],
      ['Soliņi', ''],
    ];
    for (const separator of [',', ';'] as const) {
      expect(parseCsv(toCsv(header, rows, separator), separator)).toEqual([header, ...rows]);
    }
  });
});
