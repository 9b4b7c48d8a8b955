import { expect, type Locator, type Page } from '@playwright/test';

/** Mentoring sessions, agreed actions and comment threads, in Latvian. */
export class MentoringPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async gotoSessions(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Mentorings' }).click();
    await expect(this.heading()).toHaveText('Mentorings');
  }

  async gotoActions(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Norunātie soļi' }).click();
    await expect(this.heading()).toHaveText('Norunātie soļi');
  }

  async gotoDashboard(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Pārskats' }).click();
  }

  /** Starts a session from the list (or its empty state) and waits for its page. */
  async newSession(): Promise<void> {
    await this.page.getByRole('button', { name: 'Jauna sesija' }).first().click();
    await expect(this.heading()).toHaveText(/^Sesija /);
  }

  async startNextSession(): Promise<void> {
    const before = this.page.url();
    await this.page.getByRole('button', { name: 'Sākt nākamo sesiju' }).click();
    await expect(this.page).not.toHaveURL(before);
  }

  /** A session field by its label (optional ones carry "(nav obligāts)" after it). */
  field(name: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^${name}`) });
  }

  notesEditor(): Locator {
    return this.page.getByRole('textbox', { name: 'Piezīmes' });
  }

  /** Waits until what was typed is written to the database. */
  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saglabāts$/ })).toBeVisible();
  }

  actionForm(): Locator {
    return this.page.getByRole('form', { name: 'Jauns solis' });
  }

  async addAction(action: { title: string; assignee?: string; dueDate?: string }): Promise<void> {
    const form = this.actionForm();
    await form.getByRole('textbox', { name: 'Kas jādara' }).fill(action.title);
    if (action.assignee) await form.getByRole('textbox', { name: 'Kurš' }).fill(action.assignee);
    if (action.dueDate) await form.getByLabel('Līdz kuram datumam').fill(action.dueDate);
    await form.getByRole('button', { name: 'Pievienot soli' }).click();
    await expect(this.actionRow(action.title)).toBeVisible();
  }

  /** An agreed action's row, wherever it is listed. */
  actionRow(title: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole('listitem', { name: title, exact: true });
  }

  sessionActions(): Locator {
    return this.page.getByRole('region', { name: 'Norunātie soļi' });
  }

  carryOver(): Locator {
    return this.page.getByRole('region', { name: 'Neizpildītie soļi no iepriekšējām sesijām' });
  }

  comments(): Locator {
    return this.page.getByRole('region', { name: /Mentora atsauksmes un komentāri/ });
  }

  async addComment(text: string, author?: string): Promise<void> {
    const thread = this.comments();
    if (author) await thread.getByRole('textbox', { name: 'Jūsu vārds' }).fill(author);
    await thread.getByRole('textbox', { name: 'Jūsu komentārs' }).fill(text);
    await thread.getByRole('button', { name: 'Pievienot komentāru' }).click();
    await expect(thread.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }
}
