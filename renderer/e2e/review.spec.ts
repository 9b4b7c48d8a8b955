import { applyProvisioning } from '../../shared/provision';
import { startCouchServer, type CouchServer } from '../../scripts/test-support/couchServer';
import { expect, test } from './fixtures';
import { MentoringPage } from './pages/MentoringPage';
import { ReviewPage } from './pages/ReviewPage';
import { SyncSettingsPage } from './pages/SyncSettingsPage';
import { WorkbooksPage } from './pages/WorkbooksPage';
import { EventsPage } from './pages/EventsPage';
import { FiguresPage } from './pages/FiguresPage';
import { NeedsPage } from './pages/NeedsPage';

let server: CouchServer;
const community = { id: 'ogre-centrs', name: 'Ogres centra kopiena' };
const liga = { username: 'liga', password: 'liga-parole-1' };
const maris = { username: 'maris', password: 'maris-parole-1' };
const anna = { username: 'anna', password: 'anna-parole-1' };

test.beforeAll(async () => {
  server = await startCouchServer({ cors: true });
  // The coordinator's provisioning (issue #7): databases, _security, access rules, users, roles.
  await applyProvisioning({
    serverUrl: server.url,
    admin: server.admin,
    config: {
      // The browser build talks to the server from the page; CORS is set by startCouchServer.
      server: { requireValidUser: false },
      communities: [{ id: community.id, name: community.name }],
      users: [
        { name: liga.username, displayName: 'Līga', role: 'leader', password: liga.password },
        { name: maris.username, displayName: 'Māris', role: 'mentor', password: maris.password },
        { name: anna.username, displayName: 'Anna', role: 'coordinator', password: anna.password },
      ],
      assignments: [
        { community: community.id, leaders: [liga.username], mentors: [maris.username] },
      ],
    },
  });
});

test.afterAll(async () => {
  await server.stop();
});

test('a leader shares a session, the mentor reviews it and answers, the leader sees the feedback', async ({
  launchApp,
}) => {
  test.setTimeout(150_000);
  const leader = await launchApp();
  const mentor = await launchApp();

  // The leader writes a session in the community on the server and shares it.
  const leaderSync = new SyncSettingsPage(leader.page);
  await leaderSync.signIn(server.url, liga.username, liga.password);
  await leaderSync.waitUpToDate();
  const leaderBooks = new WorkbooksPage(leader.page);
  await leaderBooks.gotoList();
  await expect(leaderBooks.card(community.name).getByText('Mentors')).toHaveCount(0);
  await leaderBooks.open(community.name);
  const leaderMentoring = new MentoringPage(leader.page);
  await leaderMentoring.gotoSessions();
  await leaderMentoring.newSession();
  await leaderMentoring.field('Tēmas').fill('Jauniešu centra telpas');
  await leaderMentoring.notesEditor().fill('Runājām par telpām skolā.');
  await leaderMentoring.waitSaved();
  await leader.page.getByRole('button', { name: 'Nosūtīt mentoram' }).click();
  await expect(
    leader.page.getByText('Sesija nosūtīta mentoram. Mentors to redzēs pēc sinhronizācijas.', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(leader.page.getByRole('button', { name: 'Nosūtīt mentoram' })).toHaveCount(0);
  await leaderSync.waitUpToDate();
  // The leader moves on: feedback arriving while the session is open would be read at once.
  await leaderMentoring.gotoSessions();

  // The mentor signs in: the community shows with a "Mentor" badge, the session in the queue.
  const mentorSync = new SyncSettingsPage(mentor.page);
  await mentorSync.signIn(server.url, maris.username, maris.password);
  await mentorSync.waitUpToDate();
  const mentorBooks = new WorkbooksPage(mentor.page);
  await mentorBooks.gotoList();
  await expect(
    mentorBooks.card(community.name).getByText('Mentors', { exact: true }),
  ).toBeVisible();
  await expect(mentor.page.getByRole('link', { name: 'Atvērt izskatāmo sarakstu' })).toBeVisible();
  const review = new ReviewPage(mentor.page);
  await review.goto();
  const row = review.sharedSessions().getByRole('link').filter({ hasText: community.name });
  await expect(row).toContainText('Jauniešu centra telpas');
  await expect(review.sharedSessions().getByLabel('Skaits: 1')).toBeVisible();
  await row.click();

  // The session is the leader's: a view to read, with the mentor's note, no editors.
  await expect(mentor.page.getByRole('heading', { level: 1 })).toHaveText(/^Sesija /);
  await expect(review.mentorNote()).toBeVisible();
  await expect(mentor.page.getByText('Runājām par telpām skolā.')).toBeVisible();
  const mentorMentoring = new MentoringPage(mentor.page);
  // The notes show through the read-only view: nothing on the page can be typed into but the comment.
  await expect(mentor.page.locator('main [contenteditable="true"]')).toHaveCount(0);
  await expect(mentor.page.locator('main input')).toHaveCount(1);
  await expect(mentor.page.locator('main textarea')).toHaveCount(1);
  await expect(mentorMentoring.field('Tēmas')).toHaveCount(0);
  await expect(mentor.page.getByRole('button', { name: 'Sākt nākamo sesiju' })).toHaveCount(0);
  // A comment here is signed as the mentor's, without asking for a role.
  await expect(mentorMentoring.comments().getByRole('combobox')).toHaveCount(0);
  await mentorMentoring.addComment(
    'Labs plāns. Sarunājiet tikšanos ar skolas direktoru.',
    'Māris Ozols',
  );
  await expect(mentorMentoring.comments().getByText('Mentors', { exact: true })).toBeVisible();
  await review.markReviewedButton().click();
  await expect(mentor.page.getByText('Izskatīja Māris Ozols')).toBeVisible();
  await expect(review.markReviewedButton()).toHaveCount(0);
  const sessionId = mentor.page.url().split('/').pop()!;
  await mentorSync.waitUpToDate();

  // The server took the mentor's own documents; the leader's session is as the leader left it.
  const db = `kopspeks-${community.id}`;
  const stored = (await (await server.adminFetch(`${db}/${sessionId}`)).json()) as {
    data: Record<string, unknown>;
    updatedBy?: string;
  };
  expect(stored.data).toMatchObject({ status: 'shared' });
  expect(stored.updatedBy).toBe(liga.username);
  expect(JSON.stringify(stored.data.notes)).toContain('Runājām par telpām skolā.');
  const reviewDoc = (await (
    await server.adminFetch(`${db}/review-${maris.username}-${sessionId}`)
  ).json()) as { data: Record<string, unknown>; updatedBy?: string };
  expect(reviewDoc).toMatchObject({
    updatedBy: maris.username,
    data: { sessionDocId: sessionId, reviewerName: 'Māris Ozols' },
  });
  const comments = (await (await server.adminFetch(`${db}/_all_docs`)).json()) as {
    rows: { id: string }[];
  };
  expect(comments.rows.map((row) => row.id)).toContainEqual(
    expect.stringMatching(new RegExp(`^comment-${maris.username}-[0-9a-f-]{36}$`)),
  );
  // The sessions list is the leader's to add to.
  await mentorMentoring.gotoSessions();
  await expect(mentor.page.getByRole('button', { name: 'Jauna sesija' })).toHaveCount(0);
  // So are the needs and the event plans: nothing there offers to create one.
  await new EventsPage(mentor.page).goto();
  await expect(
    mentor.page.getByRole('button', { name: /Izveidot pirmo plānu|Jauns plāns/ }),
  ).toHaveCount(0);
  await mentor.page.getByRole('link', { name: 'Vajadzības', exact: true }).click();
  await expect(mentor.page.getByRole('heading', { level: 1 })).toHaveText('Vajadzības');
  await expect(mentor.page.getByRole('button', { name: /Jauns izvērtējums/ })).toHaveCount(0);
  await review.goto();
  await expect(review.sharedSessions()).toContainText('Neviena sesija negaida izskatīšanu.');
  await expect(mentor.page.getByText(/Serveris nepieņēma/)).toHaveCount(0);

  // The leader sees the feedback, marked new, and the reviewed status.
  await leaderMentoring.gotoSessions();
  const card = leader.page.getByRole('link', { name: /^Sesija / });
  await expect(card).toContainText('Jaunas atsauksmes: 1', { timeout: 20_000 });
  await expect(card).toContainText('Mentors izskatījis');
  await card.click();
  const thread = leaderMentoring.comments();
  const feedback = thread.getByRole('listitem').filter({ hasText: 'Labs plāns.' });
  await expect(feedback).toContainText('Jauns');
  await expect(feedback).toContainText('Māris Ozols');
  // Signed by the account the server let write it.
  await expect(feedback.getByTitle(/Servera konts/)).toHaveText(maris.username);
  // The leader's status stays the leader's; the mentor's review shows beside it.
  await expect(leader.page.getByRole('combobox', { name: 'Statuss' })).toContainText(
    'Nosūtīta mentoram',
  );
  await expect(
    leader.page.getByRole('status').filter({ hasText: 'Izskatīja Māris Ozols' }),
  ).toBeVisible();

  // Shared again after more notes: it waits for the mentor again.
  await leader.page.getByRole('button', { name: 'Nosūtīt mentoram vēlreiz' }).click();
  await expect(
    leader.page.getByText('Sesija atkal nosūtīta mentoram: tā gaida jaunu izskatīšanu.', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(leader.page.getByText('Izskatīja Māris Ozols')).toHaveCount(0);
  await leaderSync.waitUpToDate();
  await review.goto();
  await expect(review.sharedSessions().getByLabel('Skaits: 1')).toBeVisible({ timeout: 30_000 });
});

test('the coordinator reads every community and its figures, and changes nothing', async ({
  launchApp,
}) => {
  test.setTimeout(120_000);
  const leader = await launchApp();
  const coordinator = await launchApp();

  // The leader records a need in the community on the server.
  const leaderSync = new SyncSettingsPage(leader.page);
  await leaderSync.signIn(server.url, liga.username, liga.password);
  await leaderSync.waitUpToDate();
  const leaderBooks = new WorkbooksPage(leader.page);
  await leaderBooks.gotoList();
  await leaderBooks.open(community.name);
  const needs = new NeedsPage(leader.page);
  await needs.open();
  await needs.createAssessment({ title: 'Rudens sapulce', participants: '12' });
  await needs.addNeed({
    title: 'Soliņi parkā',
    urgency: 3,
    impact: 4,
    feasibility: 3,
    residents: 20,
  });
  await leaderSync.waitUpToDate();

  // The coordinator's roles name every community: it syncs, marked, read-only.
  const coordinatorSync = new SyncSettingsPage(coordinator.page);
  await coordinatorSync.signIn(server.url, anna.username, anna.password);
  await coordinatorSync.waitUpToDate();
  const books = new WorkbooksPage(coordinator.page);
  await books.gotoList();
  await expect(books.card(community.name).getByText('Koordinators')).toBeVisible();
  await books.open(community.name);
  await expect(coordinator.page.getByRole('note')).toContainText('programmas koordinators');
  await expect(coordinator.page.getByRole('button', { name: 'Kopienas profils' })).toHaveCount(0);
  await coordinator.page.getByRole('link', { name: 'Vajadzības', exact: true }).click();
  await expect(coordinator.page.getByText('Soliņi parkā').first()).toBeVisible();
  await expect(coordinator.page.getByRole('button', { name: /Jauns izvērtējums/ })).toHaveCount(0);

  // Its figures count what the leader recorded.
  const figures = new FiguresPage(coordinator.page);
  await figures.open();
  const row = await figures.row(community.name);
  expect(row[3]).toBe('1');
});
