import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The workbook's Backups page and the restore preview, in Latvian. */
export class BackupsPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Rezerves kopijas', exact: true }).click();
    await expect(this.heading()).toHaveText('Rezerves kopijas');
  }

  autoBackups(): Locator {
    return this.page.getByRole('table', { name: 'Automātiskās rezerves kopijas' });
  }

  async exportBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Saglabāt rezerves kopiju' }).click();
    return download;
  }

  /** Chooses a file in the hidden file input behind "Restore from a file…" or the picker's button. */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByTestId('backup-file-input').setInputFiles(file);
  }

  previewRow(kind: string): Locator {
    return this.dialog().getByRole('row', { name: new RegExp(`^${kind}`) });
  }

  /** A notification (also read out by a live region, hence the first match). */
  notice(text: RegExp): Locator {
    return this.page.getByText(text).first();
  }

  async confirmRestore(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Atjaunot', exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }
}
