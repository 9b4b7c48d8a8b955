import { readFile } from 'node:fs/promises';
import { parseCsv, utf8Bom } from '../../shared/export/csv';
import { expect, test } from './fixtures';
import { FiguresPage } from './pages/FiguresPage';
import { MentoringPage } from './pages/MentoringPage';
import { NeedsPage } from './pages/NeedsPage';
import { WorkbooksPage } from './pages/WorkbooksPage';

/** A day relative to today, as `YYYY-MM-DD` in local time (the browser runs on this machine). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('the figures count every workbook on this device, per community and in total, and export to CSV', async ({
  app,
}) => {
  // Two workbooks made through the UI: slower than most specs on a shared machine.
  test.setTimeout(150_000);
  const { page } = app;
  const workbooks = new WorkbooksPage(page);
  const needs = new NeedsPage(page);
  const mentoring = new MentoringPage(page);
  const figures = new FiguresPage(page);

  // Nothing yet: the page says what to do first.
  await figures.open();
  await expect(page.getByRole('heading', { name: 'Vēl nav nevienas kopienas' })).toBeVisible();
  await page.getByRole('link', { name: 'Uz kopienu sarakstu' }).click();

  // A workbook with nothing in it yet still gives an empty state.
  await workbooks.create({ name: 'Baložu kopiena', municipality: /Ķekavas/ });
  await figures.open();
  await expect(
    page.getByRole('heading', { name: 'Rādītāji parādīsies, kad kopienas sāks darbu' }),
  ).toBeVisible();
  await expect(figures.table()).toHaveCount(0);

  // Baloži: an assessment with two needs, one of them solved, and a session.
  await needs.open();
  await needs.createAssessment({ title: 'Rudens sapulce', participants: '18' });
  await needs.addNeed({
    title: 'Ielu apgaismojums',
    urgency: 5,
    impact: 4,
    feasibility: 3,
    residents: 90,
  });
  await needs.addNeed({
    title: 'Soliņi parkā',
    urgency: 2,
    impact: 3,
    feasibility: 5,
    residents: 30,
  });
  await needs.open();
  await needs.openNeed('Soliņi parkā');
  await needs.choose(needs.dialog(), 'Statuss', 'Atrisināta');
  await needs.dialog().getByRole('button', { name: 'Saglabāt' }).click();
  await expect(needs.dialog()).toBeHidden();
  await mentoring.gotoSessions();
  await mentoring.newSession();
  await mentoring.field('Mentors').fill('Anna Kalniņa');
  await mentoring.waitSaved();

  // Olaine: a need, and a session with one action done on time and one overdue.
  await workbooks.gotoList();
  await workbooks.create({ name: 'Olaines kopiena', municipality: /Olaines/ });
  await needs.open();
  await needs.createAssessment({ title: 'Aptauja', participants: '40' });
  await needs.addNeed({
    title: 'Gājēju pāreja',
    urgency: 4,
    impact: 4,
    feasibility: 3,
    residents: 200,
  });
  await mentoring.gotoSessions();
  await mentoring.newSession();
  await mentoring.addAction({ title: 'Uzrakstīt domei', dueDate: day(3) });
  await mentoring.addAction({ title: 'Sarunāt zāli', dueDate: day(-2) });
  const status = page.getByRole('combobox', { name: 'Statuss: Uzrakstīt domei' });
  await status.click();
  await page.getByRole('option', { name: 'Izpildīts', exact: true }).click();
  await expect(status).toHaveText('Izpildīts');

  // Each community's row, and totals that add up. Columns: municipality, events,
  // participants, needs identified/addressed/solved, sessions, actions on time/late/overdue.
  await figures.open();
  await expect(figures.table()).toBeVisible();
  expect(await figures.row('Baložu kopiena')).toEqual([
    'Ķekavas novads',
    ...['0', '0', '2', '1', '1', '1', '0', '0', '0'],
  ]);
  expect(await figures.row('Olaines kopiena')).toEqual([
    'Olaines novads',
    ...['0', '0', '1', '0', '0', '1', '1', '0', '1'],
  ]);
  expect(await figures.totals()).toEqual(['0', '0', '3', '1', '1', '2', '1', '0', '1']);
  await expect(figures.card('Apzinātās vajadzības')).toContainText('3');
  await expect(figures.card('Apzinātās vajadzības')).toContainText(
    'Risinātas 1, no tām atrisinātas 1',
  );
  await expect(figures.card('Mentora sesijas')).toContainText('2');
  await expect(figures.card('Soļi izpildīti laikā')).toContainText('100');
  await expect(figures.card('Soļi izpildīti laikā')).toContainText('Nokavēti un vēl atvērti: 1');
  // Each chart is an image whose label gives its values in words.
  await expect(figures.chart('Vajadzības pa kopienām').getByRole('img')).toHaveAttribute(
    'aria-label',
    'Vajadzības pa kopienām. Baložu kopiena: apzinātas 2, risinātas 1, atrisinātas 1; Olaines kopiena: apzinātas 1, risinātas 0, atrisinātas 0.',
  );

  // CSV: UTF-8 with a BOM, a row per community and the totals.
  const download = await figures.exportCsv();
  expect(download.suggestedFilename()).toBe('Programmas rādītāji visu laiku.csv');
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith(utf8Bom)).toBe(true);
  const rows = parseCsv(csv, ';');
  const header = rows[0]!;
  expect(header.slice(0, 4)).toEqual(['Kopiena', 'Novads', 'Notikušie pasākumi', 'Dalībnieki']);
  expect(rows.map((row) => row[0])).toEqual([
    'Kopiena',
    'Baložu kopiena',
    'Olaines kopiena',
    'Kopā',
  ]);
  expect(rows.map((row) => row[1])).toEqual(['Novads', 'Ķekavas novads', 'Olaines novads', '']);
  const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)]);
  expect(column('Apzinātās vajadzības')).toEqual(['2', '1', '3']);
  expect(column('Atrisinātās vajadzības')).toEqual(['1', '0', '1']);
  expect(column('Notikušās mentora sesijas')).toEqual(['1', '1', '2']);
  expect(column('Soļi izpildīti laikā')).toEqual(['0', '1', '1']);
  expect(column('Nokavēti atvērti soļi')).toEqual(['0', '1', '1']);
  expect(rows.every((row) => row.length === header.length)).toBe(true);

  // Nothing happened last year.
  await figures.choosePeriod('Pagājušajā gadā');
  await expect(
    page.getByRole('status').filter({ hasText: 'Šajā periodā vēl nekas nav saskaitīts' }),
  ).toBeVisible();
  expect(await figures.totals()).toEqual(['0', '0', '0', '0', '0', '0', '0', '0', '0']);
  const lastYear = new Date().getFullYear() - 1;
  expect((await figures.exportCsv()).suggestedFilename()).toBe(
    `Programmas rādītāji ${lastYear}-01-01–${lastYear}-12-31.csv`,
  );

  // The workbook list's header leads here too.
  await workbooks.gotoList();
  await page.getByRole('main').getByRole('link', { name: 'Programmas rādītāji' }).click();
  await expect(figures.heading()).toHaveText('Programmas rādītāji');
});
