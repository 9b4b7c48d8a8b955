import {
  createCommunityDatabase,
  startCouchServer,
  type CouchServer,
} from '../../scripts/test-support/couchServer';
import { expect, test } from './fixtures';
import { SyncSettingsPage } from './pages/SyncSettingsPage';
import { WorkbooksPage } from './pages/WorkbooksPage';
import type { Page } from '@playwright/test';

let server: CouchServer;
const liga = { username: 'liga', password: 'liga-parole', roles: ['kopspeks:leader:olaine'] };
// A second leader: both edit the profile, which a mentor may not do (ACCESS-CONTRACT.md, issue #7).
const maris = { username: 'maris', password: 'maris-parole', roles: ['kopspeks:leader:olaine'] };

test.beforeAll(async () => {
  server = await startCouchServer({ cors: true });
  await createCommunityDatabase(server, 'olaine', [liga, maris]);
  // The coordinator's set-up gives each community its profile on the server.
  const now = new Date().toISOString();
  await server.adminFetch('kopspeks-olaine/profile', {
    method: 'PUT',
    body: JSON.stringify({
      type: 'community',
      dataVersion: 0,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
      data: {
        name: 'Olaines kopiena',
        municipality: 'olaine',
        neighbourhood: 'Jaunolaine',
        description: 'Sākums',
      },
    }),
  });
});

test.afterAll(async () => {
  await server.stop();
});

async function openSharedWorkbook(page: Page, user: { username: string; password: string }) {
  const sync = new SyncSettingsPage(page);
  await sync.signIn(server.url, user.username, user.password);
  await sync.waitUpToDate();
  const workbooks = new WorkbooksPage(page);
  await workbooks.gotoList();
  await workbooks.open('Olaines kopiena');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olaines kopiena');
  return sync;
}

async function editDescription(page: Page, text: string) {
  await page.getByRole('button', { name: 'Kopienas profils' }).click();
  const description = page.getByRole('dialog').getByRole('textbox', { name: /Apraksts/ });
  await description.fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Saglabāt' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

test('two users sync through the server: live, offline, and a conflict resolved on screen', async ({
  launchApp,
}) => {
  test.setTimeout(120_000);
  const a = await launchApp();
  const b = await launchApp();
  const syncA = await openSharedWorkbook(a.page, liga);
  const syncB = await openSharedWorkbook(b.page, maris);

  // Live: an edit in one shows in the other within 5 seconds.
  await editDescription(a.page, 'Parks un apgaismojums');
  await expect(b.page.getByText('Parks un apgaismojums')).toBeVisible({ timeout: 5_000 });

  // Offline: edits keep working and wait; online again, they arrive.
  await a.context.setOffline(true);
  await expect(syncA.status()).toHaveAttribute('data-phase', 'offline');
  await editDescription(a.page, 'Rakstīts bezsaistē');
  await expect(a.page.getByText('Rakstīts bezsaistē')).toBeVisible();
  await expect(syncA.status()).toContainText('1 izmaiņa gaida augšupielādi');
  await a.context.setOffline(false);
  await expect(b.page.getByText('Rakstīts bezsaistē')).toBeVisible({ timeout: 15_000 });
  await syncA.waitUpToDate();

  // Both offline, the same field edited differently: both versions are kept.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editDescription(a.page, 'Līdera versija');
  await editDescription(b.page, 'Mentora versija');
  await a.context.setOffline(false);
  await syncA.waitUpToDate();
  await b.context.setOffline(false);
  const conflictLink = b.page.getByRole('link', { name: /konflikts jāizšķir/ });
  await expect(conflictLink).toBeVisible({ timeout: 20_000 });
  await conflictLink.click();
  const card = b.page.getByRole('article', { name: 'Olaines kopiena' });
  await expect(card.getByText('Līdera versija')).toBeVisible();
  await expect(card.getByText('Mentora versija')).toBeVisible();
  await expect(syncB.status()).toBeVisible();

  // Resolving it on one side syncs the result to both.
  await card
    .locator('[data-side]')
    .filter({ hasText: 'Līdera versija' })
    .getByRole('button')
    .click();
  await expect(b.page.getByText('Nav neviena konflikta', { exact: false })).toBeVisible({
    timeout: 10_000,
  });
  await a.page.getByRole('link', { name: 'Pārskats' }).click();
  await expect(a.page.getByText('Līdera versija')).toBeVisible();
  await expect(a.page.getByRole('link', { name: /konflikt/ })).toHaveCount(0, { timeout: 15_000 });
  const workbooksB = new WorkbooksPage(b.page);
  await workbooksB.gotoList();
  await workbooksB.open('Olaines kopiena');
  await expect(b.page.getByText('Līdera versija')).toBeVisible({ timeout: 10_000 });
});
