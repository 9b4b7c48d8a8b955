import { expect, test } from './fixtures';
import { EventPlanPage } from './pages/EventPlanPage';
import { EventsPage } from './pages/EventsPage';
import { createNeedThroughNeedsUi, needsListRow } from './pages/EventsNeeds';
import { WorkbooksPage } from './pages/WorkbooksPage';

test('a “Dižkūre” plan from its template keeps agenda, budget, tasks, linked need and report across reloads', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbooksPage(page).create({ name: 'Baložu kopiena' });
  await createNeedThroughNeedsUi(page, 'Ielu apgaismojums pie skolas');

  const events = new EventsPage(page);
  await events.goto();
  await expect(page.getByRole('heading', { name: 'Vēl nav neviena pasākuma plāna' })).toBeVisible();
  await events.createPlan({ kind: /Dižkūre/, title: 'Dižkūre 2030', startDate: '2030-05-14' });

  const plan = new EventPlanPage(page);
  // Two days of agenda from the template.
  await plan.open('Darba kārtība');
  await expect(plan.agendaDay(1)).toBeVisible();
  await expect(plan.agendaDay(2)).toBeVisible();
  await expect(plan.agendaTitles(1).nth(2)).toHaveValue('Komandas darbs: darbnīca');
  await expect(plan.agendaTitles(2).nth(1)).toHaveValue('Kopienu rezultātu prezentācijas');
  await expect(plan.agendaDay(3)).toHaveCount(0);
  await expect(page.getByText('Pārklājas', { exact: false })).toHaveCount(0);

  // Reorder with the buttons: the page warns that the order and the clock disagree.
  await page.getByRole('button', { name: 'Pārvietot “Atklāšana” augstāk' }).click();
  await expect(plan.agendaTitles(1).first()).toHaveValue('Atklāšana');
  await expect(page.getByRole('button', { name: 'Pārvietot “Atklāšana” augstāk' })).toBeFocused();
  await expect(plan.agendaItems(1).nth(1)).toContainText('Sākas agrāk nekā iepriekšējais punkts');
  // Reorder with the keyboard: pick up, move down, drop.
  await page.getByRole('button', { name: 'Pārvietot “Atklāšana”', exact: true }).focus();
  // dnd-kit measures the list between keys, as it would between a person's key presses.
  await page.keyboard.press('Space');
  await expect(page.getByText('Punkts “Atklāšana” tagad ir 1. vietā no 8.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Punkts “Atklāšana” tagad ir 2. vietā no 8.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(plan.agendaTitles(1).first()).toHaveValue('Ierašanās un reģistrācija');
  await expect(plan.agendaTitles(1).nth(1)).toHaveValue('Atklāšana');
  // An overlap is pointed out beside the item.
  await plan.agendaItems(1).first().getByRole('textbox', { name: 'Beigas' }).fill('10:45');
  await expect(plan.agendaItems(1).nth(1)).toContainText(
    'Pārklājas ar “Ierašanās un reģistrācija” (15 min).',
  );

  // A budget line, in exact cents.
  await plan.open('Budžets');
  await page.getByRole('button', { name: 'Pievienot pozīciju' }).click();
  await page.getByRole('textbox', { name: 'Pozīcija' }).fill('Kafijas pauze');
  await page.getByRole('textbox', { name: 'Daudzums' }).fill('40');
  await page.getByRole('textbox', { name: 'Vienības cena, €' }).fill('3,35');
  await page.getByRole('textbox', { name: 'Faktiski, €' }).fill('130.10');
  await expect(plan.budgetRow('Kafijas pauze')).toContainText('134,00');
  await expect(page.getByTestId('budget-total-planned')).toHaveText(/134,00\s€/);
  await expect(page.getByTestId('budget-total-actual')).toHaveText(/130,10\s€/);

  // Tick a task.
  await plan.open('Uzdevumi');
  await plan.task('Rezervēt norises vietu divām dienām').click();
  await expect(page.getByText('1 no 11 uzdevumiem izdarīti').first()).toBeVisible();

  // Link the need.
  await plan.open('Plāns');
  await plan.needCheckbox('Ielu apgaismojums pie skolas').click();
  await expect(plan.needCheckbox('Ielu apgaismojums pie skolas')).toBeChecked();

  // Everything is there after a reload.
  await plan.reload();
  await expect(plan.needCheckbox('Ielu apgaismojums pie skolas')).toBeChecked();
  await plan.open('Darba kārtība');
  await expect(plan.agendaTitles(1).nth(1)).toHaveValue('Atklāšana');
  await expect(plan.agendaItems(1).first().getByRole('textbox', { name: 'Beigas' })).toHaveValue(
    '10:45',
  );
  await expect(plan.agendaTitles(2).first()).toHaveValue('Otrās dienas ievads');
  await plan.open('Uzdevumi');
  await expect(plan.task('Rezervēt norises vietu divām dienām')).toBeChecked();
  await plan.open('Budžets');
  await expect(
    plan.budgetRow('Kafijas pauze').getByRole('textbox', { name: 'Vienības cena, €' }),
  ).toHaveValue('3,35');
  await expect(page.getByTestId('budget-total-planned')).toHaveText(/134,00\s€/);

  // The report, and the need moved forward from it.
  await plan.open('Atskaite');
  await page.getByRole('textbox', { name: 'Dalībnieku skaits' }).fill('86');
  await page.getByRole('textbox', { name: 'Rezultāti' }).click();
  await page.keyboard.type('Sešas kopienas parādīja savus rezultātus.');
  await page
    .getByRole('button', { name: '“Ielu apgaismojums pie skolas”: atzīmēt kā Atrisināta' })
    .click();
  await expect(
    page.getByText('Vajadzība “Ielu apgaismojums pie skolas”: Atrisināta.', { exact: true }),
  ).toBeVisible();
  await plan.reload();
  await plan.open('Atskaite');
  await expect(page.getByRole('textbox', { name: 'Dalībnieku skaits' })).toHaveValue('86');
  await expect(page.getByRole('textbox', { name: 'Rezultāti' })).toContainText(
    'Sešas kopienas parādīja savus rezultātus.',
  );

  // The needs list shows the need solved.
  await page.getByRole('navigation').getByRole('link', { name: 'Vajadzības', exact: true }).click();
  await expect(needsListRow(page, 'Ielu apgaismojums pie skolas')).toContainText('Atrisināta');
});

test('the plan shows in the calendar and on the dashboard, and English works throughout', async ({
  app,
}) => {
  const { page } = app;
  await new WorkbooksPage(page).create({ name: 'Olaines kopiena' });
  const events = new EventsPage(page);
  await events.goto();
  await events.createPlan({
    kind: /Ideju skrejceļš/,
    title: 'Forums par satiksmi',
    startDate: '2031-03-06',
  });
  const plan = new EventPlanPage(page);
  await plan.open('Plāns');
  await expect(page.getByRole('textbox', { name: 'Partneris' }).nth(1)).toHaveValue(
    'Valsts iestādes pārstāvis',
  );
  await plan.waitSaved();

  await page.getByRole('link', { name: 'Visi pasākumi' }).click();
  await expect(events.card('Forums par satiksmi')).toContainText('2031. gada 6. marts');
  await page.getByRole('tab', { name: 'Kalendārs' }).click();
  await expect(page.getByRole('heading', { name: /2031\. g\. marts/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /6. marts: 1/ })).toContainText(
    'Forums par satiksmi',
  );
  await page.getByRole('navigation').getByRole('link', { name: 'Pārskats', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Gaidāmie pasākumi' })).toContainText(
    'Forums par satiksmi',
  );

  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.goBack();
  await page.getByRole('navigation').getByRole('link', { name: 'Events', exact: true }).click();
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(events.card('Forums par satiksmi')).toContainText('6 March 2031');
  await expect(events.card('Forums par satiksmi')).toContainText(
    'Resident forum “Ideju skrejceļš”',
  );
});
