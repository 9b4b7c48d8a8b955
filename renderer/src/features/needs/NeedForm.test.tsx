import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KopspeksDatabase } from '../../db/database';
import { loadDraft } from '../../db/drafts';
import { createTestDatabase, renderWithApp } from '../../test/renderWithApp';
import { emptyNeedDraft } from './needDraft';
import { NeedForm } from './NeedForm';

// jsdom has no ResizeObserver; Radix's radio group measures its items with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let db: KopspeksDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function renderForm(onSave: () => Promise<void>) {
  db = await createTestDatabase();
  await renderWithApp(
    <NeedForm
      draftKey="need:new:a1"
      initial={emptyNeedDraft}
      ratingLegend="Vērtējums"
      submitLabel="Pievienot"
      onSave={onSave}
      onCancel={() => undefined}
    />,
    { db },
  );
  return db;
}

describe('NeedForm', () => {
  it('says what range the residents count must be in, saves nothing, and keeps the draft', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const database = await renderForm(onSave);
    fireEvent.change(await screen.findByRole('textbox', { name: /^Vajadzība/ }), {
      target: { value: 'Ielu apgaismojums' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Skarto iedzīvotāju skaits' }), {
      target: { value: 'daudz' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pievienot' }));
    expect(await screen.findByText('Ievadiet veselu skaitli no 0 līdz 1000000.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    await waitFor(async () =>
      expect(await loadDraft(database, 'need:new:a1')).toMatchObject({
        title: 'Ielu apgaismojums',
        residents: 'daudz',
      }),
    );
  });

  it('passes the rating and quotes one per line to save', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    await renderForm(onSave);
    fireEvent.change(await screen.findByRole('textbox', { name: /^Vajadzība/ }), {
      target: { value: 'Soliņi' },
    });
    fireEvent.click(screen.getAllByRole('radio', { name: '5' })[0]!);
    fireEvent.change(screen.getByRole('textbox', { name: /Iedzīvotāju citāti/ }), {
      target: { value: 'Nav kur apsēsties\n\n  Vajag ēnu  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pievienot' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Soliņi',
        quotes: ['Nav kur apsēsties', 'Vajag ēnu'],
        rating: { urgency: 5, impact: 3, feasibility: 3, residentsAffected: 0 },
      }),
    );
  });
});
