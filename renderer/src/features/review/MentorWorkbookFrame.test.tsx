import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../app/i18n';
import { useSyncStore } from '../../db/sync/syncStore';
import { MentorWorkbookFrame } from './MentorNote';

const asRole = (role: 'leader' | 'mentor' | null) =>
  act(() =>
    useSyncStore.getState().set({ communities: role ? [{ communityId: 'ogre', role }] : [] }),
  );

function renderFrame() {
  render(
    <MentorWorkbookFrame communityId="ogre">
      <input aria-label="Nosaukums" defaultValue="Svētki" />
      <input type="checkbox" aria-label="Saistīta vajadzība" />
      <div contentEditable suppressContentEditableWarning aria-label="Piezīmes">
        Teksts
      </div>
      <section data-mentor-writable="">
        <textarea aria-label="Jūsu komentārs" />
      </section>
    </MentorWorkbookFrame>,
  );
}

beforeAll(async () => {
  await initI18n('lv');
});
afterEach(() => asRole(null));

describe('a mentor in the leader’s workbook', () => {
  it('sees the note, and the leader’s fields cannot be typed into', () => {
    asRole('mentor');
    renderFrame();
    expect(screen.getByRole('note').textContent).toContain('Jūs esat šīs kopienas mentors');
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Nosaukums' });
    expect(title.readOnly).toBe(true);
    expect(fireEvent.keyDown(title, { key: 'x' })).toBe(false);
    expect(fireEvent.keyDown(title, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(screen.getByLabelText('Piezīmes'), { key: 'Enter' })).toBe(false);
    expect(fireEvent.paste(title)).toBe(false);
    const box = screen.getByRole<HTMLInputElement>('checkbox');
    fireEvent.click(box);
    expect(box.checked).toBe(false);
  });

  it('still writes comments', () => {
    asRole('mentor');
    renderFrame();
    const comment = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Jūsu komentārs' });
    expect(comment.readOnly).toBe(false);
    expect(fireEvent.keyDown(comment, { key: 'x' })).toBe(true);
  });

  it('leaves everything editable for the leader, and gives fields back when the role changes', () => {
    asRole('mentor');
    renderFrame();
    asRole('leader');
    expect(screen.queryByRole('note')).toBeNull();
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Nosaukums' });
    expect(title.readOnly).toBe(false);
    expect(fireEvent.keyDown(title, { key: 'x' })).toBe(true);
    const box = screen.getByRole<HTMLInputElement>('checkbox');
    fireEvent.click(box);
    expect(box.checked).toBe(true);
  });
});
