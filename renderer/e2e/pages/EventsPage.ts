import { expect, type Locator, type Page } from '@playwright/test';

/** The events section: list, calendar and the new-plan dialog (Latvian interface). */
export class EventsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('link', { name: /^(Pasākumi|Events)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/^(Pasākumi|Events)$/);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  async createPlan(plan: { kind: RegExp; title: string; startDate: string }): Promise<void> {
    await this.page
      .getByRole('button', {
        name: /Izveidot pirmo plānu|Jauns plāns|Create the first plan|New plan/,
      })
      .first()
      .click();
    await this.dialog().getByRole('radio', { name: plan.kind }).click();
    await this.dialog()
      .getByRole('textbox', { name: /^(Nosaukums|Title)/ })
      .fill(plan.title);
    await this.dialog()
      .getByLabel(/Pirmā diena|First day/)
      .fill(plan.startDate);
    await this.dialog()
      .getByRole('button', { name: /Izveidot plānu|Create plan/ })
      .click();
    await expect(this.dialog()).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(plan.title);
  }
}
