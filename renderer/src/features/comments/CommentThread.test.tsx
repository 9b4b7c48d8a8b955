import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readMarkerKey } from '../../../../shared/domain/comment';
import type { KopspeksDatabase } from '../../db/database';
import { insertItem } from '../../db/items';
import { getLocal } from '../../db/local';
import { createTestDatabase, renderWithApp } from '../../test/renderWithApp';
import { CommentThread } from './CommentThread';

let db: KopspeksDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const communityId = 'c1';

async function renderThread() {
  db = await createTestDatabase();
  await renderWithApp(
    <CommentThread communityId={communityId} targetDocId="session-1" targetType="session" />,
    { db },
  );
  return db;
}

describe('CommentThread', () => {
  it('marks a comment from someone else as new, then records it as read', async () => {
    const database = await renderThread();
    await insertItem(database, {
      communityId,
      docId: 'comment-from-mentor',
      type: 'comment',
      data: {
        targetDocId: 'session-1',
        targetType: 'session',
        authorName: 'Anna Kalniņa',
        authorRole: 'mentor',
        body: '<b>Labi</b> padarīts!',
        createdAt: '2026-11-26T10:00:00.000Z',
      },
    });
    const item = await screen.findByRole('listitem');
    expect(within(item).getByText('Jauns')).toBeTruthy();
    expect(within(item).getByText('Mentors')).toBeTruthy();
    // Plain text: the markup is shown, never parsed.
    expect(within(item).getByText('<b>Labi</b> padarīts!')).toBeTruthy();
    expect(item.querySelector('b')).toBeNull();
    await waitFor(
      async () =>
        expect(await getLocal(database, readMarkerKey('comment-from-mentor'))).toBeDefined(),
      { timeout: 4000 },
    );
    // Still marked while the thread stays open.
    expect(within(item).getByText('Jauns')).toBeTruthy();
  });

  it('ignores comments on other items', async () => {
    const database = await renderThread();
    await insertItem(database, {
      communityId,
      type: 'comment',
      data: {
        targetDocId: 'need-9',
        targetType: 'need',
        authorName: 'Jānis',
        authorRole: 'leader',
        body: 'Citur',
        createdAt: '2026-11-26T10:00:00.000Z',
      },
    });
    expect(await screen.findByText('Vēl nav neviena komentāra.')).toBeTruthy();
    expect(screen.queryByText('Citur')).toBeNull();
  });

  it('asks for a name before the first comment, remembers it, and never marks one’s own comment new', async () => {
    const database = await renderThread();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Jūsu komentārs' }), {
      target: { value: 'Paldies!' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pievienot komentāru' }));
    expect(await screen.findByText('Šis lauks ir obligāts.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Jūsu vārds' }), {
      target: { value: 'Ilze Bērziņa' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pievienot komentāru' }));
    const item = await screen.findByRole('listitem');
    expect(within(item).getByText('Paldies!')).toBeTruthy();
    expect(within(item).getByText('Ilze Bērziņa')).toBeTruthy();
    expect(within(item).queryByText('Jauns')).toBeNull();
    expect(await getLocal(database, 'user')).toEqual({ name: 'Ilze Bērziņa', role: 'leader' });
    // The name is known now: no more asking.
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Jūsu vārds' })).toBeNull());
    expect(screen.getByText(/Komentēsiet kā Ilze Bērziņa/)).toBeTruthy();
  });
});
