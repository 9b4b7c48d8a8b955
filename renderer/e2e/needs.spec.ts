import { readFile } from 'node:fs/promises';
import { parseCsv, utf8Bom } from '../../shared/export/csv';
import { expect, test } from './fixtures';
import { NeedsPage, type NeedInput } from './pages/NeedsPage';
import { WorkbooksPage } from './pages/WorkbooksPage';

const needs: NeedInput[] = [
  { title: 'Ielu apgaismojums', urgency: 5, impact: 4, feasibility: 2, residents: 120 },
  { title: 'Bērnu laukums', urgency: 3, impact: 5, feasibility: 4, residents: 80 },
  {
    title: 'Soliņi parkā',
    urgency: 2,
    impact: 2,
    feasibility: 5,
    residents: 30,
    description: 'Vecāki saka: "nav kur apsēsties"; vajag vismaz 4, ne vairāk',
    quotes: 'Gribētos atpūsties pa ceļam uz veikalu\nŠķiet, ka solu nav nekur',
  },
  { title: 'Gājēju pāreja pie skolas', urgency: 4, impact: 4, feasibility: 3, residents: 200 },
  { title: 'Informācijas stends', urgency: 1, impact: 2, feasibility: 5, residents: 50 },
];

test('a leader assesses needs, weighs them, tallies votes, and everything survives a reload', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbooksPage(page).create({ name: 'Baložu kopiena' });
  const needsPage = new NeedsPage(page);
  await needsPage.open();
  await expect(
    page.getByRole('heading', { name: 'Vēl nav neviena vajadzību izvērtējuma' }),
  ).toBeVisible();

  // An assessment with a clear message for a bad participant count.
  await page.getByRole('button', { name: 'Jauns izvērtējums' }).first().click();
  await needsPage.dialog().getByRole('textbox', { name: 'Dalībnieku skaits' }).fill('daudzi');
  await needsPage.dialog().getByRole('button', { name: 'Izveidot' }).click();
  await expect(needsPage.dialog().getByText('Šis lauks ir obligāts.')).toBeVisible();
  await expect(
    needsPage.dialog().getByText('Ievadiet veselu skaitli no 0 līdz 100000.'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await needsPage.createAssessment({
    title: 'Pavasara sapulce',
    participants: '24',
    area: 'Baloži',
  });
  await expect(page.getByText(/Sapulce · dalībnieki: 24 · Baloži/)).toBeVisible();

  for (const need of needs) await needsPage.addNeed(need);
  await expect(needsPage.assessmentNeeds().getByRole('row')).toHaveCount(6);

  // Notes are saved as they are typed.
  await page.getByRole('textbox', { name: 'Piezīmes' }).click();
  await page.keyboard.type('Piedalījās 24 kaimiņi; galvenā tēma — drošs ceļš uz skolu.');

  // Default weights 3·3·2·2·1: (3U + 3I + 2F + 2R + 1V) ÷ 11.
  await page.getByRole('link', { name: 'Vajadzības', exact: true }).click();
  await expect(page.getByTestId('needs-formula')).toHaveText(
    'Prioritāte = (3 × Steidzamība + 3 × Ietekme + 2 × Īstenojamība + 2 × Iedzīvotāji + 1 × Balsis) ÷ 11',
  );
  await needsPage.expectRanking([
    'Gājēju pāreja pie skolas',
    'Ielu apgaismojums',
    'Bērnu laukums',
    'Soliņi parkā',
    'Informācijas stends',
  ]);
  await expect(page.getByLabel('Prioritāte 68,2')).toBeVisible();

  // Only feasibility (5) and votes (1) count now: C and E tie at 83,3, urgency breaks the tie.
  await needsPage.setWeight('Steidzamība', 0);
  await needsPage.setWeight('Ietekme', 0);
  await needsPage.setWeight('Iedzīvotāji', 0);
  await needsPage.setWeight('Īstenojamība', 5);
  await expect(page.getByTestId('needs-formula')).toContainText('÷ 6');
  await needsPage.expectRanking([
    'Soliņi parkā',
    'Informācijas stends',
    'Bērnu laukums',
    'Gājēju pāreja pie skolas',
    'Ielu apgaismojums',
  ]);
  await expect(page.getByLabel('Prioritāte 83,3')).toHaveCount(2);

  // A weight out of range is refused with a message and not saved.
  await needsPage.weight('Balsis').fill('12');
  await expect(page.getByText('Svaram jābūt veselam skaitlim no 0 līdz 10.')).toBeVisible();
  await needsPage.setWeight('Balsis', 1);

  // Dot votes from the paper sheet count in the ranking.
  await needsPage.tab('Izvērtējumi').click();
  await page.getByRole('link', { name: /Pavasara sapulce/ }).click();
  await page.getByRole('textbox', { name: 'Balsis: Informācijas stends' }).fill('10');
  await page.getByRole('textbox', { name: 'Balsis: Soliņi parkā' }).fill('2');
  await page.getByRole('textbox', { name: 'Balsis: Bērnu laukums' }).fill('x');
  await expect(page.getByText('Balsu skaitam jābūt veselam skaitlim')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Saglabāt balsis' })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Balsis: Bērnu laukums' }).fill('0');
  await expect(page.getByText('Kopā: 12')).toBeVisible();
  await page.getByRole('button', { name: 'Saglabāt balsis' }).click();
  await expect(page.getByText('Balsis saglabātas.', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Vajadzības', exact: true }).click();
  const afterVotes = [
    'Informācijas stends',
    'Soliņi parkā',
    'Bērnu laukums',
    'Gājēju pāreja pie skolas',
    'Ielu apgaismojums',
  ];
  await needsPage.expectRanking(afterVotes);
  await expect(page.getByLabel('Prioritāte 100')).toBeVisible();

  // Mark one need solved.
  await needsPage.openNeed('Soliņi parkā');
  await needsPage.choose(needsPage.dialog(), 'Statuss', 'Atrisināta');
  await needsPage.dialog().getByRole('button', { name: 'Saglabāt' }).click();
  await expect(needsPage.dialog()).toBeHidden();
  await expect(page.getByText('Atrisināta')).toBeVisible();

  // The matrix filters the list.
  await needsPage.tab('Prioritāšu matrica').click();
  await page.getByRole('button', { name: 'Ietekme 4, steidzamība 4: 1 vajadzības' }).click();
  await needsPage.expectRanking(['Gājēju pāreja pie skolas']);
  await page.getByRole('button', { name: 'Noņemt matricas filtru' }).click();
  await needsPage.expectRanking(afterVotes);

  // Reload: everything is there.
  await page.reload();
  await expect(needsPage.tab('Prioritāšu matrica')).toHaveAttribute('aria-selected', 'true');
  await needsPage.tab('Sarindotās vajadzības').click();
  await needsPage.expectRanking(afterVotes);
  await expect(needsPage.weight('Īstenojamība')).toHaveValue('5');
  await expect(needsPage.weight('Steidzamība')).toHaveValue('0');
  await expect(page.getByText('Atrisināta')).toBeVisible();
  await needsPage.tab('Izvērtējumi').click();
  await page.getByRole('link', { name: /Pavasara sapulce/ }).click();
  await expect(page.getByRole('textbox', { name: 'Piezīmes' })).toContainText(
    'drošs ceļš uz skolu',
  );
  await expect(page.getByRole('textbox', { name: 'Balsis: Informācijas stends' })).toHaveValue(
    '10',
  );

  // Export CSV: UTF-8 with BOM, semicolons, the ranking and every field intact.
  await page.getByRole('link', { name: 'Vajadzības', exact: true }).click();
  const download = await needsPage.exportCsv();
  expect(download.suggestedFilename()).toBe('Vajadzības Baložu kopiena.csv');
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith(utf8Bom)).toBe(true);
  const rows = parseCsv(csv, ';');
  expect(rows[0]!.slice(0, 5)).toEqual(['#', 'Vajadzība', 'Joma', 'Statuss', 'Prioritāte']);
  expect(rows.slice(1).map((row) => row[1])).toEqual(afterVotes);
  const benches = rows.find((row) => row[1] === 'Soliņi parkā')!;
  expect(benches.slice(0, 10)).toEqual([
    '2',
    'Soliņi parkā',
    'Infrastruktūra',
    'Atrisināta',
    '86,7',
    '2',
    '2',
    '5',
    '30',
    '2',
  ]);
  expect(benches).toContain('Vecāki saka: "nav kur apsēsties"; vajag vismaz 4, ne vairāk');
  expect(benches.at(-1)).toBe('Gribētos atpūsties pa ceļam uz veikalu\nŠķiet, ka solu nav nekur');

  // And with commas.
  await needsPage.choose(page, 'CSV atdalītājs', 'Komats (,)');
  const commaCsv = await readFile(await (await needsPage.exportCsv()).path(), 'utf8');
  const commaRows = parseCsv(commaCsv, ',');
  expect(commaRows.find((row) => row[1] === 'Soliņi parkā')![4]).toBe('86,7');
  expect(commaCsv).toContain('"86,7"');

  // A need half typed survives a reload as a draft.
  await needsPage.tab('Izvērtējumi').click();
  await page.getByRole('link', { name: /Pavasara sapulce/ }).click();
  await page.getByRole('button', { name: 'Pievienot vajadzību' }).click();
  await needsPage
    .dialog()
    .getByRole('textbox', { name: /^Vajadzība/ })
    .fill('Suņu pastaigu laukums');
  await needsPage.rate('Ietekme', 5);
  await page.waitForTimeout(400); // the draft is written a moment after the last change
  await page.reload();
  await page.getByRole('button', { name: 'Pievienot vajadzību' }).click();
  await expect(needsPage.dialog().getByText('Atjaunots nesaglabātais melnraksts.')).toBeVisible();
  await expect(needsPage.dialog().getByRole('textbox', { name: /^Vajadzība/ })).toHaveValue(
    'Suņu pastaigu laukums',
  );
  await expect(
    needsPage
      .dialog()
      .getByRole('radiogroup', { name: 'Ietekme' })
      .getByRole('radio', { name: '5' }),
  ).toBeChecked();
});
