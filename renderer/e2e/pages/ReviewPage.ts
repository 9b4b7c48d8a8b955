import { expect, type Locator, type Page } from '@playwright/test';

/** The mentor's review queue and the mentor's view of a session, in Latvian. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Jāizskata' }).click();
    await expect(this.heading()).toHaveText('Jāizskata');
  }

  /** A section of the queue by its heading ("Sesijas, kas gaida izskatīšanu", …). */
  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  sharedSessions(): Locator {
    return this.section(/^Sesijas, kas gaida izskatīšanu/);
  }

  /** The calm note a mentor sees inside a community they mentor. */
  mentorNote(): Locator {
    return this.page.getByRole('note').filter({ hasText: 'Jūs esat šīs kopienas mentors' });
  }

  markReviewedButton(): Locator {
    return this.page.getByRole('button', { name: 'Atzīmēt kā izskatītu' });
  }
}
