import { expect, test } from './fixtures';
import { MentoringPage } from './pages/MentoringPage';
import { NeedsPage } from './pages/NeedsPage';
import { SearchPalette } from './pages/SearchPalette';
import { WorkbooksPage } from './pages/WorkbooksPage';

test('a leader finds a need and a session typed without Latvian marks, from the keyboard', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbooksPage(page).create({ name: 'Ķekavas kopiena' });
  const needs = new NeedsPage(page);
  await needs.open();
  await needs.createAssessment({ title: 'Rudens sapulce', participants: '18' });
  await needs.addNeed({
    title: 'Kopiēnas dārzs pie skolas',
    urgency: 4,
    impact: 4,
    feasibility: 3,
    residents: 60,
  });
  const mentoring = new MentoringPage(page);
  await mentoring.gotoSessions();
  await mentoring.newSession();
  await mentoring.field('Tēmas').fill('Budžets un sēta');
  await mentoring.notesEditor().click();
  // Typed without the marks, as some people type.
  await page.keyboard.type('Runajam par kopienas darza laistisanu.');
  await mentoring.waitSaved();
  const sessionUrl = page.url();
  await mentoring.gotoDashboard();

  const search = new SearchPalette(page);
  await search.openWithShortcut();
  await expect(search.dialog()).toContainText('Meklējiet visā darba burtnīcā');
  await search.type('kopienas darz');

  // Grouped by kind, the need first; matches marked on the text as written.
  await expect(search.group('Vajadzības').getByRole('option')).toHaveCount(1);
  await expect(search.group('Mentora sesijas').getByRole('option')).toHaveCount(1);
  const need = search.group('Vajadzības').getByRole('option');
  await expect(need).toContainText('Kopiēnas dārzs pie skolas');
  await expect(need.locator('mark')).toHaveText(['Kopiēnas', 'dārz']);
  await expect(search.group('Mentora sesijas').locator('mark')).toHaveText(['kopienas', 'darz']);
  await expect(search.activeOption()).toContainText('Kopiēnas dārzs');
  await expect(search.input()).toHaveAttribute(
    'aria-activedescendant',
    (await search.activeOption().getAttribute('id'))!,
  );

  // Enter opens the need where it lives, its assessment's page, in its own dialog.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/needs\/a\/assessment-/);
  // (The open dialog hides the page behind it from the accessibility tree.)
  const needDialog = page.getByRole('dialog', { name: 'Vajadzība' });
  await expect(needDialog.getByRole('textbox', { name: /^Vajadzība/ })).toHaveValue(
    'Kopiēnas dārzs pie skolas',
  );
  // The address forgets it, so going back or reloading does not open it again.
  await expect(page).not.toHaveURL(/need=/);
  await page.keyboard.press('Escape');
  await expect(needDialog).toBeHidden();
  await expect(search.dialog()).toBeHidden();
  await expect(needs.heading()).toHaveText('Rudens sapulce');
  await expect(
    needs.assessmentNeeds().getByRole('button', { name: 'Kopiēnas dārzs pie skolas' }),
  ).toBeVisible();

  // From the sidebar's button, the other way round: typed with marks, stored without.
  await search.openWithButton();
  await search.type('zvaigzne');
  await expect(search.options()).toHaveCount(0);
  await expect(search.dialog()).toContainText('Nekas netika atrasts pēc “zvaigzne”.');
  await search.input().fill('');
  await search.type('kopiēnas dārz');
  await expect(search.options()).toHaveCount(2);
  await expect(search.group('Mentora sesijas').locator('mark')).toHaveText(['kopienas', 'darz']);
  await page.keyboard.press('ArrowDown');
  await expect(search.activeOption()).toContainText('Budžets un sēta');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(sessionUrl);
  await expect(search.dialog()).toBeHidden();

  // Escape closes and changes nothing.
  await search.openWithShortcut();
  await page.keyboard.press('Escape');
  await expect(search.dialog()).toBeHidden();
  await expect(page).toHaveURL(sessionUrl);
});

test('search keeps up with edits made while the workbook is open', async ({ app }) => {
  const { page } = app;
  await new WorkbooksPage(page).create({ name: 'Baložu kopiena' });
  const mentoring = new MentoringPage(page);
  await mentoring.gotoSessions();
  await mentoring.newSession();
  await mentoring.field('Tēmas').fill('Laternas');
  await mentoring.waitSaved();

  const search = new SearchPalette(page);
  await search.openWithShortcut();
  await search.type('laternas');
  await expect(search.options()).toHaveCount(1);
  await page.keyboard.press('Escape');

  await mentoring.field('Tēmas').fill('Soliņi parkā');
  await mentoring.waitSaved();
  await search.openWithShortcut();
  await search.type('laternas');
  await expect(search.dialog()).toContainText('Nekas netika atrasts');
  await search.input().fill('solini');
  await expect(search.options()).toHaveCount(1);
  await expect(search.options().locator('mark')).toHaveText('Soliņi');
});
