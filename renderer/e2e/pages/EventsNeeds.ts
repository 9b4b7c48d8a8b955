import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The few steps of the needs feature the events tests rely on: adding a
 * need through the Needs UI, and finding it in the needs list.
 */
export async function createNeedThroughNeedsUi(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Vajadzības', exact: true }).click();
  await page.getByRole('button', { name: 'Jauns izvērtējums' }).first().click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: /^Nosaukums/ })
    .fill('Pavasara sapulce');
  await page.getByRole('dialog').getByRole('button', { name: 'Izveidot' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Pievienot vajadzību' }).first().click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: /^Vajadzība/ })
    .fill(title);
  await page.getByRole('dialog').getByRole('button', { name: 'Pievienot' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** The need's entry in the ranked needs list (the needs page's first view). */
export function needsListRow(page: Page, title: string): Locator {
  return page
    .getByRole('list', { name: 'Sarindotās vajadzības' })
    .getByRole('listitem')
    .filter({ hasText: title });
}
