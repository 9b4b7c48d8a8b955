import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyCommunityProfile } from '../../../../shared/domain/community';
import { AppError } from '../../../../shared/errors';
import type { KopspeksDatabase } from '../../db/database';
import { loadDraft } from '../../db/drafts';
import { createTestDatabase, renderWithApp } from '../../test/renderWithApp';
import { WorkbookForm } from './WorkbookForm';

let db: KopspeksDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function renderForm(onSave: (profile: unknown) => Promise<void>, locale: 'lv' | 'en' = 'lv') {
  db = await createTestDatabase();
  await renderWithApp(
    <WorkbookForm
      draftKey="workbook:new"
      initial={emptyCommunityProfile}
      submitLabel="Izveidot"
      onSave={onSave}
      onCancel={() => undefined}
    />,
    { db, locale },
  );
  return db;
}

describe('WorkbookForm', () => {
  it('keeps everything typed, and the draft, when saving fails', async () => {
    const onSave = vi.fn(() => Promise.reject(new AppError('db.saveFailed')));
    const database = await renderForm(onSave);
    fireEvent.change(await screen.findByRole('textbox', { name: /Kopienas nosaukums/ }), {
      target: { value: 'Mārupes jaunieši' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Apraksts/ }), {
      target: { value: 'Skeitparks' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Izveidot' }));

    expect(await screen.findByText(/Neizdevās saglabāt/)).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({
      name: 'Mārupes jaunieši',
      municipality: 'marupe',
      neighbourhood: '',
      description: 'Skeitparks',
    });
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: /Kopienas nosaukums/ }).value,
    ).toBe('Mārupes jaunieši');
    await waitFor(async () =>
      expect(await loadDraft(database, 'workbook:new')).toMatchObject({
        description: 'Skeitparks',
      }),
    );
  });

  it('does not call save for an invalid name and says why in English', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    await renderForm(onSave, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Izveidot' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('forgets the draft after a successful save', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const database = await renderForm(onSave);
    fireEvent.change(await screen.findByRole('textbox', { name: /Kopienas nosaukums/ }), {
      target: { value: 'Olaine' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Izveidot' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    await waitFor(async () => expect(await loadDraft(database, 'workbook:new')).toBeUndefined());
  });
});
