import { expect, type Page } from '@playwright/test';

/** Settings → Sync and the sync status in the sidebar. */
export class SyncSettingsPage {
  constructor(readonly page: Page) {}

  status() {
    return this.page.getByRole('navigation').getByRole('status');
  }

  async signIn(serverUrl: string, username: string, password: string): Promise<void> {
    await this.page.getByRole('link', { name: /Iestatījumi|Settings/ }).click();
    const section = this.page.getByRole('region', { name: /Sinhronizācija|Sync/ });
    await section.getByRole('textbox', { name: /Servera adrese|Server address/ }).fill(serverUrl);
    await section.getByRole('textbox', { name: /Lietotājvārds|User name/ }).fill(username);
    await section.getByLabel(/Parole|Password/).fill(password);
    await section.getByRole('button', { name: /Pierakstīties|Sign in/ }).click();
    await expect(
      section.getByText(new RegExp(`(Pierakstījies kā|Signed in as) ${username}`)),
    ).toBeVisible();
  }

  async waitUpToDate(): Promise<void> {
    await expect(this.status()).toHaveAttribute('data-phase', 'upToDate', { timeout: 20_000 });
  }
}
