import { expect, type Locator, type Page } from '@playwright/test';

/** The Ctrl+K search palette, in Latvian. */
export class SearchPalette {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Meklēt darba burtnīcā' });
  }

  input(): Locator {
    return this.dialog().getByRole('combobox', { name: 'Ko meklējat?' });
  }

  results(): Locator {
    return this.dialog().getByRole('listbox', { name: 'Meklēšanas rezultāti' });
  }

  /** The results under one kind's heading ("Vajadzības", "Mentora sesijas", …). */
  group(kind: string): Locator {
    return this.results().getByRole('group', { name: new RegExp(`^${kind}`) });
  }

  options(): Locator {
    return this.results().getByRole('option');
  }

  activeOption(): Locator {
    return this.results().locator('[role="option"][aria-selected="true"]');
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.settled();
  }

  async openWithButton(): Promise<void> {
    await this.page.getByRole('button', { name: /^Meklēt/ }).click();
    await this.settled();
  }

  /**
   * Open and ready for keys. Radix focuses the input in the dialog's first
   * render but listens for Escape only from the next one, so a key pressed
   * at once (faster than a person) could be missed: wait two frames.
   */
  private async settled(): Promise<void> {
    await expect(this.input()).toBeFocused();
    await this.page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        ),
    );
  }

  /** Types letter by letter, as a person does. */
  async type(text: string): Promise<void> {
    await this.input().pressSequentially(text);
  }
}
