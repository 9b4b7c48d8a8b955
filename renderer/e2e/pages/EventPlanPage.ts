import { expect, type Locator, type Page } from '@playwright/test';

/** One event plan's editor, in Latvian. */
export class EventPlanPage {
  constructor(readonly page: Page) {}

  tab(name: 'Plāns' | 'Darba kārtība' | 'Uzdevumi' | 'Budžets' | 'Atskaite' | 'Idejas'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async open(name: Parameters<EventPlanPage['tab']>[0]): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  saveState(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /Saglabāts|Saglabā…|Nav saglabāts/ });
  }

  /** Waits until every change has been written to the database. */
  async waitSaved(): Promise<void> {
    await expect(this.saveState()).toHaveText('Saglabāts');
  }

  /** The agenda list of day `number` (1-based). */
  agendaDay(number: number): Locator {
    return this.page.getByRole('list', { name: new RegExp(`^${number}\\. diena`) });
  }

  agendaItems(number: number): Locator {
    return this.agendaDay(number).locator(':scope > li');
  }

  agendaTitles(number: number): Locator {
    return this.agendaItems(number).getByRole('textbox', { name: 'Kas notiek' });
  }

  budgetRow(item: string): Locator {
    return this.page.getByRole('row', { name: item });
  }

  task(title: string): Locator {
    return this.page.getByRole('checkbox', { name: `Izdarīts: ${title}` });
  }

  needCheckbox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title });
  }

  async reload(): Promise<void> {
    await this.waitSaved();
    await this.page.reload();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }
}
