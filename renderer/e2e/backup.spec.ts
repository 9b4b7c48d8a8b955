import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { NeedsPage } from './pages/NeedsPage';
import { WorkbooksPage } from './pages/WorkbooksPage';

const need = { title: 'Soliņi parkā', urgency: 4, impact: 4, feasibility: 3, residents: 40 };

async function workbookWithNeed(page: Page) {
  await new WorkbooksPage(page).create({ name: 'Baložu kopiena' });
  const needsPage = new NeedsPage(page);
  await needsPage.open();
  await needsPage.createAssessment({ title: 'Pavasara sapulce', participants: '12' });
  await needsPage.addNeed(need);
  return needsPage;
}

test('a workbook is exported to a file and restored from it as a new workbook', async ({ app }) => {
  const { page } = app;
  const needsPage = await workbookWithNeed(page);
  const backups = new BackupsPage(page);
  await backups.open();

  // Opening the workbook made the day's automatic backup (a header row and one backup).
  await expect(backups.autoBackups().getByRole('row')).toHaveCount(2);

  const download = await backups.exportBackup();
  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toBe(`Baložu kopiena ${today}.kopspeks-backup.json`);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; itemCount: number };
  expect(file).toMatchObject({ format: 'kopspeks-backup', itemCount: 3 });

  const workbooks = new WorkbooksPage(page);
  await workbooks.gotoList();
  await backups.chooseFile(path);
  await expect(backups.dialog()).toContainText('“Baložu kopiena”');
  // The original is on this device: from the list, only a new workbook is offered.
  await expect(backups.dialog().getByRole('radio')).toHaveCount(1);
  await expect(backups.previewRow('Vajadzības')).toContainText('1');
  await backups.confirmRestore();

  // The restored copy opens, with its need.
  await expect(backups.notice(/Rezerves kopija atjaunota jaunā darba burtnīcā/)).toBeVisible();
  await needsPage.open();
  await expect.poll(() => needsPage.rankedTitles()).toEqual([need.title]);
  await workbooks.gotoList();
  await expect(workbooks.cards()).toHaveCount(2);
  await expect(page.getByRole('article', { name: 'Baložu kopiena', exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Baložu kopiena \(atjaunota \d/ })).toBeVisible();
});

test('a damaged or foreign file is refused with a clear message and nothing changes', async ({
  app,
}) => {
  const { page } = app;
  await workbookWithNeed(page);
  const backups = new BackupsPage(page);
  await backups.open();
  const text = await readFile(await (await backups.exportBackup()).path(), 'utf8');

  const workbooks = new WorkbooksPage(page);
  await workbooks.gotoList();
  const tampered = text.replace('Soliņi parkā', 'Soliņi laukumā');
  await backups.chooseFile({
    name: 'kopija.kopspeks-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(tampered),
  });
  await expect(backups.notice(/saturs pēc saglabāšanas ir mainīts/)).toBeVisible();
  await backups.chooseFile({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name":"cits","version":"1.0.0"}'),
  });
  await expect(backups.notice(/Šis nav Kopspēka rezerves kopijas fails/)).toBeVisible();
  await backups.chooseFile({
    name: 'puse.kopspeks-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, text.length / 2)),
  });
  await expect(backups.notice(/Rezerves kopija ir nepilnīga/)).toBeVisible();
  await expect(backups.dialog()).toBeHidden();
  await expect(workbooks.cards()).toHaveCount(1);
});

test('a backup restores into the same workbook, putting back a changed need', async ({ app }) => {
  const { page } = app;
  const needsPage = await workbookWithNeed(page);
  const backups = new BackupsPage(page);
  await backups.open();
  await expect(backups.autoBackups().getByRole('row')).toHaveCount(2);
  const path = await (await backups.exportBackup()).path();

  await needsPage.open();
  await needsPage.openNeed(need.title);
  await needsPage
    .dialog()
    .getByRole('textbox', { name: /^Vajadzība/ })
    .fill('Soliņi un galdi');
  await needsPage.dialog().getByRole('button', { name: 'Saglabāt' }).click();
  await expect(needsPage.dialog()).toBeHidden();
  await needsPage.expectRanking(['Soliņi un galdi']);

  await backups.open();
  await backups.chooseFile(path);
  await backups
    .dialog()
    .getByRole('radio', { name: /Šajā pašā darba burtnīcā/ })
    .click();
  // Added, put back, unchanged, kept.
  await expect(backups.previewRow('Vajadzības')).toHaveText(/^Vajadzības\s*0\s*1\s*0\s*0$/);
  await expect(backups.previewRow('Kopienas profils')).toHaveText(
    /^Kopienas profils\s*0\s*0\s*1\s*0$/,
  );
  await backups.confirmRestore();
  await expect(
    backups.notice(/Rezerves kopija atjaunota\. Atgriezto vai pievienoto/),
  ).toBeVisible();
  // The state being replaced was saved first, as another automatic backup.
  await expect(backups.autoBackups().getByRole('row')).toHaveCount(3);

  await needsPage.open();
  await needsPage.expectRanking([need.title]);
});
