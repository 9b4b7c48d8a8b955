import { expect, type Locator, type Page } from '@playwright/test';

/** The list of community workbooks and its dialogs, in either language. */
export class WorkbooksPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  createButton(label: RegExp = /Jauna kopiena|New community/): Locator {
    return this.page.getByRole('button', { name: label }).first();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  nameInput(): Locator {
    return this.dialog().getByRole('textbox', { name: /Kopienas nosaukums|Community name/ });
  }

  descriptionInput(): Locator {
    return this.dialog().getByRole('textbox', { name: /Apraksts|Description/ });
  }

  neighbourhoodInput(): Locator {
    return this.dialog().getByRole('textbox', { name: /Apkaime|Neighbourhood/ });
  }

  submitButton(): Locator {
    return this.dialog().getByRole('button', { name: /^(Izveidot|Create|Saglabāt|Save)$/ });
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  cards(): Locator {
    return this.page.getByRole('article');
  }

  async gotoList(): Promise<void> {
    await this.page.getByRole('link', { name: /Visas kopienas|All communities/ }).click();
    await expect(this.heading()).toHaveText(/Jūsu kopienas|Your communities/);
  }

  async create(profile: {
    name: string;
    municipality?: RegExp;
    neighbourhood?: string;
    description?: string;
  }) {
    await this.createButton().click();
    await expect(this.nameInput()).toBeVisible();
    await this.nameInput().fill(profile.name);
    if (profile.municipality) {
      await this.dialog().getByRole('combobox').click();
      await this.page.getByRole('option', { name: profile.municipality }).click();
    }
    if (profile.neighbourhood) await this.neighbourhoodInput().fill(profile.neighbourhood);
    if (profile.description) await this.descriptionInput().fill(profile.description);
    await this.submitButton().click();
    await expect(this.dialog()).toBeHidden();
  }

  async open(name: string): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: /^(Atvērt|Open)/ })
      .click();
  }
}
