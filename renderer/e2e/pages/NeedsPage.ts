import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type NeedInput = {
  title: string;
  description?: string;
  urgency: number;
  impact: number;
  feasibility: number;
  residents: number;
  quotes?: string;
};

/** The needs section in Latvian: assessments, needs, weights, tallies and exports. */
export class NeedsPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Vajadzības', exact: true }).click();
    await expect(this.heading()).toHaveText('Vajadzības');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async createAssessment(input: { title: string; participants: string; area?: string }) {
    await this.page.getByRole('button', { name: 'Jauns izvērtējums' }).first().click();
    await this.dialog()
      .getByRole('textbox', { name: /Nosaukums/ })
      .fill(input.title);
    await this.dialog()
      .getByRole('textbox', { name: 'Dalībnieku skaits' })
      .fill(input.participants);
    if (input.area)
      await this.dialog()
        .getByRole('textbox', { name: /Teritorija/ })
        .fill(input.area);
    await this.dialog().getByRole('button', { name: 'Izveidot' }).click();
    await expect(this.dialog()).toBeHidden();
    await expect(this.heading()).toHaveText(input.title);
  }

  async rate(name: 'Steidzamība' | 'Ietekme' | 'Īstenojamība', value: number) {
    await this.dialog()
      .getByRole('radiogroup', { name })
      .getByRole('radio', { name: String(value), exact: true })
      .click();
  }

  async addNeed(need: NeedInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Pievienot vajadzību' }).click();
    await this.dialog()
      .getByRole('textbox', { name: /^Vajadzība/ })
      .fill(need.title);
    if (need.description)
      await this.dialog()
        .getByRole('textbox', { name: /^Apraksts/ })
        .fill(need.description);
    await this.rate('Steidzamība', need.urgency);
    await this.rate('Ietekme', need.impact);
    await this.rate('Īstenojamība', need.feasibility);
    await this.dialog()
      .getByRole('textbox', { name: 'Skarto iedzīvotāju skaits' })
      .fill(String(need.residents));
    if (need.quotes)
      await this.dialog()
        .getByRole('textbox', { name: /Iedzīvotāju citāti/ })
        .fill(need.quotes);
    await this.dialog().getByRole('button', { name: 'Pievienot', exact: true }).click();
    await expect(this.dialog()).toBeHidden();
    await expect(this.assessmentNeeds().getByRole('button', { name: need.title })).toBeVisible();
  }

  assessmentNeeds(): Locator {
    return this.page.getByRole('table', { name: 'Šī izvērtējuma vajadzības' });
  }

  /** The titles in the ranked list, top first. */
  async rankedTitles(): Promise<string[]> {
    const buttons = this.page
      .getByRole('list', { name: 'Sarindotās vajadzības' })
      .getByRole('button', { name: /^Atvērt “/ });
    const labels = await buttons.evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label') ?? ''),
    );
    return labels.map((label) => label.replace(/^Atvērt “|”$/g, ''));
  }

  async expectRanking(titles: string[]): Promise<void> {
    await expect.poll(() => this.rankedTitles()).toEqual(titles);
  }

  weight(part: string): Locator {
    return this.page.getByRole('spinbutton', { name: `Svars: ${part}` });
  }

  async setWeight(part: string, value: number): Promise<void> {
    await this.weight(part).fill(String(value));
    await expect(this.weight(part)).toHaveValue(String(value));
  }

  async choose(scope: Locator | Page, label: string | RegExp, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async openNeed(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Atvērt “${title}”` }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Eksportēt CSV' }).click();
    return download;
  }
}
