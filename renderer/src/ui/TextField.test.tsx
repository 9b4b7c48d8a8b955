import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from './TextField';

describe('TextField', () => {
  it('labels its input, reports changes and ties the error to it for screen readers', () => {
    const onChange = vi.fn();
    render(
      <TextField
        label="Nosaukums"
        value="Soliņi"
        onChange={onChange}
        error="Ierakstiet nosaukumu."
        maxLength={10}
        required
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Nosaukums' });
    expect(input).toHaveProperty('value', 'Soliņi');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('maxlength')).toBe('10');
    const errorId = input.getAttribute('aria-describedby');
    expect(errorId && document.getElementById(errorId)?.textContent).toBe('Ierakstiet nosaukumu.');
    fireEvent.change(input, { target: { value: 'Galdi' } });
    expect(onChange).toHaveBeenCalledWith('Galdi');
  });

  it('leaves out what was not asked for', () => {
    render(<TextField label="Termiņš" type="date" value="" onChange={() => undefined} />);
    const input = screen.getByLabelText('Termiņš');
    expect(input.getAttribute('type')).toBe('date');
    expect(input.hasAttribute('aria-required')).toBe(false);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});
