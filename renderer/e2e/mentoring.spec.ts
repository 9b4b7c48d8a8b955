import { expect, test } from './fixtures';
import { MentoringPage } from './pages/MentoringPage';
import { WorkbooksPage } from './pages/WorkbooksPage';

/** A day relative to today, as `YYYY-MM-DD` in local time (the browser runs on this machine). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('a session with notes and actions: overdue stands out everywhere, open actions carry over, feedback stays', async ({
  app,
}) => {
  const { page } = app;
  const workbooks = new WorkbooksPage(page);
  const mentoring = new MentoringPage(page);
  await workbooks.create({ name: 'Baložu kopiena' });

  // The first session, from the empty state.
  await mentoring.gotoSessions();
  await expect(
    page.getByRole('heading', { name: 'Vēl nav nevienas mentora sesijas' }),
  ).toBeVisible();
  await mentoring.newSession();
  await mentoring.field('Mentors').fill('Anna Kalniņa');
  await mentoring.field('Tēmas').fill('Parka talka un aptauja');
  await mentoring.notesEditor().click();
  await page.keyboard.type('Runājām par talku parkā.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Uzdevumu saraksts' }).click();
  await page.keyboard.type('Zvanīt uz domi');
  await mentoring.waitSaved();
  const firstSessionUrl = page.url();

  // Three agreed actions, one due yesterday.
  await mentoring.addAction({ title: 'Sarunāt ar domi', assignee: 'Ilze', dueDate: day(-1) });
  await mentoring.addAction({ title: 'Sagatavot aptauju', assignee: 'Jānis', dueDate: day(7) });
  await mentoring.addAction({ title: 'Uzaicināt kaimiņus' });
  const sessionActions = mentoring.sessionActions();
  await expect(mentoring.actionRow('Sarunāt ar domi', sessionActions)).toContainText('Nokavēts');
  await expect(mentoring.actionRow('Sagatavot aptauju', sessionActions)).not.toContainText(
    'Nokavēts',
  );
  await expect(sessionActions.locator('[data-overdue]')).toHaveCount(1);
  // Who and by when can be changed later.
  await sessionActions.getByRole('button', { name: 'Labot “Uzaicināt kaimiņus”' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Kurš' }).fill('Zane');
  await page.getByRole('dialog').getByRole('button', { name: 'Saglabāt' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(mentoring.actionRow('Uzaicināt kaimiņus', sessionActions)).toContainText('Zane');

  // The actions view: open, overdue, by person and by date.
  await mentoring.gotoActions();
  await expect(page.getByRole('tab', { name: /Atvērtie/ })).toContainText('3');
  await page.getByRole('tab', { name: /Nokavētie/ }).click();
  const overdueRow = mentoring.actionRow('Sarunāt ar domi');
  await expect(overdueRow).toContainText('Nokavēts');
  await expect(page.getByRole('listitem', { name: 'Sagatavot aptauju' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ilze' })).toBeVisible();
  await page.getByRole('tab', { name: /Atvērtie/ }).click();
  await page.getByRole('radio', { name: 'Pa datumiem' }).click();
  await expect(
    mentoring.actionRow('Sarunāt ar domi', page.getByRole('region', { name: 'Nokavēti' })),
  ).toBeVisible();
  await expect(
    mentoring.actionRow('Uzaicināt kaimiņus', page.getByRole('region', { name: 'Bez termiņa' })),
  ).toBeVisible();

  // The dashboard.
  await mentoring.gotoDashboard();
  const overdueOnDashboard = page.getByRole('group', { name: 'Nokavētie norunātie soļi' });
  await expect(overdueOnDashboard.getByRole('link', { name: 'Sarunāt ar domi' })).toBeVisible();
  await expect(overdueOnDashboard.getByRole('link')).toHaveCount(1);

  // The next session offers the open actions for review.
  await page.goto(firstSessionUrl);
  await expect(mentoring.notesEditor()).toContainText('Runājām par talku parkā.');
  await mentoring.startNextSession();
  const review = mentoring.carryOver();
  for (const title of ['Sarunāt ar domi', 'Sagatavot aptauju', 'Uzaicināt kaimiņus']) {
    await expect(mentoring.actionRow(title, review)).toBeVisible();
  }
  await expect(mentoring.field('Mentors')).toHaveValue('Anna Kalniņa');
  await review.getByRole('button', { name: 'Paturēt atvērtu: Sarunāt ar domi' }).click();
  await review.getByRole('button', { name: 'Izpildīts: Sagatavot aptauju' }).click();
  await expect(mentoring.actionRow('Sarunāt ar domi', review)).toHaveCount(0);
  await expect(mentoring.actionRow('Sagatavot aptauju', review)).toHaveCount(0);
  await expect(mentoring.actionRow('Uzaicināt kaimiņus', review)).toBeVisible();
  const kept = mentoring.actionRow('Sarunāt ar domi', mentoring.sessionActions());
  await expect(kept).toContainText('Pārnests');
  await expect(kept).toContainText('Nokavēts');

  // Feedback: the first comment asks for the author's name.
  await mentoring.addComment('Labs plāns! Domē zvaniet Ilzei pirmdien.', 'Anna Kalniņa');
  await expect(mentoring.comments()).toContainText('Anna Kalniņa');
  await mentoring.waitSaved().catch(() => undefined);

  // An action typed but not yet added is kept as a draft.
  await mentoring.actionForm().getByRole('textbox', { name: 'Kas jādara' }).fill('Vēl neizlemts');
  await page.waitForTimeout(400); // the draft is written a moment after the last keystroke

  // Reload: everything is there.
  await page.reload();
  await expect(mentoring.heading()).toHaveText(/^Sesija /);
  await expect(mentoring.comments()).toContainText('Labs plāns! Domē zvaniet Ilzei pirmdien.');
  await expect(mentoring.comments()).toContainText('Mentors');
  // One's own comment is never marked new.
  await expect(mentoring.comments().getByText('Jauns', { exact: true })).toHaveCount(0);
  await expect(mentoring.actionRow('Sarunāt ar domi', mentoring.sessionActions())).toContainText(
    'Pārnests',
  );
  await expect(mentoring.actionRow('Uzaicināt kaimiņus', mentoring.carryOver())).toBeVisible();
  await expect(mentoring.actionForm().getByRole('textbox', { name: 'Kas jādara' })).toHaveValue(
    'Vēl neizlemts',
  );
  await page.goto(firstSessionUrl);
  await expect(mentoring.field('Tēmas')).toHaveValue('Parka talka un aptauja');

  // The summary: in a browser the printable document opens for "Save as PDF".
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Kopsavilkums PDF' }).click();
  const summary = await popup;
  await expect(summary.locator('h1')).toHaveText('Mentora sesijas kopsavilkums');
  await expect(summary.locator('body')).toContainText('Zvanīt uz domi');
  await expect(summary.locator('table').last()).toContainText('Sarunāt ar domi');
  await summary.close();
  await expect(mentoring.notesEditor()).toContainText('Zvanīt uz domi');
  await expect(mentoring.notesEditor().locator('ul[data-type="taskList"]')).toHaveCount(1);
  await mentoring.gotoActions();
  await page.getByRole('tab', { name: /Pabeigtie/ }).click();
  await expect(mentoring.actionRow('Sagatavot aptauju')).toContainText('Izpildīts');
  await mentoring.gotoSessions();
  await expect(page.getByRole('link', { name: /^Sesija / })).toHaveCount(2);
});
