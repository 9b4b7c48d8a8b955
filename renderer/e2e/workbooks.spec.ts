import { expect, test } from './fixtures';
import { WorkbooksPage } from './pages/WorkbooksPage';

test('a new user creates workbooks, switches language, and both survive reloads and relaunches', async ({
  app,
}) => {
  let { page } = app;
  let workbooks = new WorkbooksPage(page);

  // A first start shows the Latvian list of workbooks with a first step.
  await expect(workbooks.heading()).toHaveText('Jūsu kopienas');
  await expect(page.getByRole('heading', { name: 'Sāciet ar savu kopienu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');

  await workbooks.create({
    name: 'Jaunmārupes iedzīvotāji',
    municipality: /Mārupes novads/,
    neighbourhood: 'Jaunmārupe',
    description: 'Kaimiņi, kas rūpējas par ciema parku.',
  });
  // Creating opens the new workbook's dashboard.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaunmārupes iedzīvotāji');
  await expect(page.getByRole('navigation').getByText('Jaunmārupes iedzīvotāji')).toBeVisible();
  for (const section of ['Vajadzības', 'Mentorings', 'Pasākumi']) {
    await page.getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section);
  }

  // Switch to English.
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  // The confirmation is in the language just chosen.
  await expect(page.getByText('Language changed.', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await workbooks.gotoList();
  await expect(workbooks.card('Jaunmārupes iedzīvotāji')).toBeVisible();
  await expect(workbooks.card('Jaunmārupes iedzīvotāji')).toContainText('Mārupe municipality');

  // A second workbook, kept apart from the first.
  await workbooks.create({ name: 'Olaines Zemgales iela', municipality: /Olaine municipality/ });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olaines Zemgales iela');
  await page.getByRole('button', { name: 'Community profile' }).click();
  await workbooks.descriptionInput().fill('Daudzdzīvokļu māju pagalmi.');
  await workbooks.submitButton().click();
  await expect(page.getByText('Daudzdzīvokļu māju pagalmi.')).toBeVisible();

  await workbooks.gotoList();
  await expect(workbooks.cards()).toHaveCount(2);
  await expect(workbooks.card('Olaines Zemgales iela')).toContainText(
    'Daudzdzīvokļu māju pagalmi.',
  );
  await expect(workbooks.card('Jaunmārupes iedzīvotāji')).toContainText('Kaimiņi, kas rūpējas');
  await expect(workbooks.card('Jaunmārupes iedzīvotāji')).not.toContainText('Daudzdzīvokļu');
  await workbooks.open('Jaunmārupes iedzīvotāji');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaunmārupes iedzīvotāji');

  // Close the browser and start it again on the same profile.
  ({ page } = await app.relaunch());
  workbooks = new WorkbooksPage(page);
  // The app reopens the workbook used last, in English.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaunmārupes iedzīvotāji');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await workbooks.gotoList();
  await expect(workbooks.cards()).toHaveCount(2);
});

test('bad names are refused with a clear message, nothing is saved, and the draft survives', async ({
  app,
}) => {
  const { page } = app;
  const workbooks = new WorkbooksPage(page);
  await expect(workbooks.heading()).toHaveText('Jūsu kopienas');

  await workbooks.createButton().click();
  await workbooks.descriptionInput().fill('Apraksts, ko nedrīkst pazaudēt.');
  await workbooks.submitButton().click();
  await expect(workbooks.dialog().getByRole('alert').first()).toHaveText('Šis lauks ir obligāts.');
  await expect(workbooks.nameInput()).toHaveAttribute('aria-invalid', 'true');
  await expect(workbooks.nameInput()).toBeFocused();

  const tooLong = 'Ā'.repeat(10_000);
  await workbooks.nameInput().fill(tooLong);
  await workbooks.submitButton().click();
  await expect(
    workbooks.dialog().getByText('Pārāk garš: ne vairāk kā 120 rakstzīmes.'),
  ).toBeVisible();
  await expect(
    workbooks.dialog().getByText('Lūdzu, izlabojiet atzīmētos laukus.', { exact: false }),
  ).toBeVisible();

  // Nothing was saved, and a reload keeps what was typed.
  await page.keyboard.press('Escape');
  await expect(workbooks.cards()).toHaveCount(0);
  await page.waitForTimeout(400); // the draft is written a moment after the last keystroke
  await page.reload();
  await expect(workbooks.heading()).toHaveText('Jūsu kopienas');
  await expect(workbooks.cards()).toHaveCount(0);
  await workbooks.createButton().click();
  await expect(workbooks.dialog().getByText('Atjaunots nesaglabātais melnraksts.')).toBeVisible();
  await expect(workbooks.descriptionInput()).toHaveValue('Apraksts, ko nedrīkst pazaudēt.');
  await expect(workbooks.nameInput()).toHaveValue(tooLong);

  // The same refusal in English.
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await page.getByRole('radio', { name: 'English' }).click();
  await workbooks.gotoList();
  await workbooks.createButton().click();
  await workbooks.submitButton().click();
  await expect(workbooks.dialog().getByText('Too long: at most 120 characters.')).toBeVisible();

  // Fixing the name saves it, with the description typed before the reload.
  await workbooks.nameInput().fill('Ķekavas Rīgas iela');
  await expect(workbooks.dialog().getByText('Too long', { exact: false })).toHaveCount(0);
  await workbooks.submitButton().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ķekavas Rīgas iela');
  await expect(page.getByText('Apraksts, ko nedrīkst pazaudēt.')).toBeVisible();
});

test('workbooks can be archived and restored, and the keyboard reaches everything', async ({
  app,
}) => {
  const { page } = app;
  const workbooks = new WorkbooksPage(page);
  await expect(workbooks.heading()).toHaveText('Jūsu kopienas');

  // Create with the keyboard only.
  await workbooks.createButton().focus();
  await page.keyboard.press('Enter');
  await expect(workbooks.nameInput()).toBeFocused();
  await page.keyboard.type('Baložu kopiena');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Baložu kopiena');

  await workbooks.gotoList();
  await workbooks
    .card('Baložu kopiena')
    .getByRole('button', { name: /Darbības/ })
    .click();
  await page.getByRole('menuitem', { name: 'Arhivēt' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Arhivēt' }).click();
  await expect(workbooks.cards()).toHaveCount(0);
  await page.getByRole('button', { name: 'Arhivētās kopienas (1)' }).click();
  await page.getByRole('button', { name: 'Atjaunot', exact: true }).click();
  await expect(workbooks.card('Baložu kopiena')).toBeVisible();
});

test('the page runs under a CSP that refuses injected scripts', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain('unsafe-eval');
  // A script injected into the page (as hostile synced HTML would try) is refused.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((resolve) => {
        const marker = window as unknown as { injectedRan?: boolean };
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ ran: marker.injectedRan === true, violated: event.effectiveDirective }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true;';
        document.body.append(script);
        setTimeout(() => resolve({ ran: marker.injectedRan === true, violated: '' }), 2000);
      }),
  );
  expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
});
