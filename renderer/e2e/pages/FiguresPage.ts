import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The programme's figures page, in Latvian. */
export class FiguresPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** From the sidebar, wherever the user is. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Galvenā navigācija' })
      .getByRole('link', { name: 'Programmas rādītāji' })
      .click();
    await expect(this.heading()).toHaveText('Programmas rādītāji');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Rādītāji pa kopienām' });
  }

  /**
   * A community's row as text: municipality, events, participants, needs
   * identified, addressed, solved, sessions, actions on time, late, overdue.
   */
  async row(community: string): Promise<string[]> {
    const row = this.table()
      .locator('tbody')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: community, exact: true }) });
    return row.getByRole('cell').allInnerTexts();
  }

  /** The totals row, without its municipality column. */
  async totals(): Promise<string[]> {
    return this.table().locator('tfoot').getByRole('cell').allInnerTexts();
  }

  /** A summary card, by its label. */
  card(label: string): Locator {
    return this.page
      .getByRole('list', { name: 'Kopsavilkums' })
      .getByRole('listitem')
      .filter({ hasText: label });
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  async choosePeriod(label: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Periods' })
      .getByRole('radio', { name: label })
      .click();
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Eksportēt CSV' }).click();
    return download;
  }
}
